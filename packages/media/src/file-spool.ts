import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Spool } from "./spool.js";

/** 1 MiB: the write buffer before backpressure holds the download back. */
const HIGH_WATER_MARK = 4 * 1024 * 1024;

/** `.<name>.<random>.part` beside `path`: same folder, so the final rename is atomic. */
export function partPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.part`);
}

/**
 * Writes bytes to a temporary file, created exclusively (`wx`) so no other file is ever
 * overwritten. Memory stays at the write buffer whatever the file's size.
 */
export class FileSpool implements Spool {
  /** The temporary file's path. */
  readonly path: string;
  readonly #stream: WriteStream;
  #error: unknown;
  #full = false;

  private constructor(path: string, stream: WriteStream) {
    this.path = path;
    this.#stream = stream;
    stream.on("error", (error) => {
      this.#error ??= error;
    });
  }

  /**
   * Creates the file, failing (with `ENOENT`, `EACCES`…) before anything is downloaded.
   *
   * @param options.mode For the new file (0o600 keeps a spool in a shared folder private).
   * @param options.fsync Flush the data to disk before the file is closed.
   */
  static async create(path: string, options: { mode?: number; fsync?: boolean } = {}) {
    const stream = createWriteStream(path, {
      flags: "wx",
      mode: options.mode,
      flush: options.fsync ?? false,
      highWaterMark: HIGH_WATER_MARK,
    });
    await once(stream, "ready");
    return new FileSpool(path, stream);
  }

  expect(): void {}

  write(piece: Buffer): void {
    if (!this.#stream.write(piece)) this.#full = true;
  }

  ready(): Promise<void> | undefined {
    if (this.#error !== undefined) return Promise.reject(this.#error);
    if (!this.#full) return undefined;
    return new Promise<void>((resolve, reject) => {
      const done = (error?: unknown) => {
        this.#stream.off("drain", done).off("error", done);
        this.#full = false;
        if (error === undefined) resolve();
        else reject(error);
      };
      this.#stream.on("drain", done).on("error", done);
    });
  }

  /** Writes out everything (and `fsync`s when asked at creation), then closes the file. */
  close(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.#error !== undefined) return reject(this.#error);
      this.#stream
        .once("error", reject)
        .once("close", () => resolve())
        .end();
    });
  }

  /** Stops writing, waits for writes in flight, closes and deletes the file. Never rejects. */
  async discard(): Promise<void> {
    if (!this.#stream.closed) {
      const closed = new Promise<void>((resolve) => this.#stream.once("close", () => resolve()));
      this.#stream.destroy();
      await closed;
    }
    await removeFile(this.path);
  }
}

/** Deletes a file; a file that is already gone is fine, and other failures are not the caller's. */
export async function removeFile(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}
