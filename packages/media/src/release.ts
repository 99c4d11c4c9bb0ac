import { randomBytes } from "node:crypto";
import { chmod, open, rename, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { FileSpool, partPathBeside, removeFile } from "./file-spool.js";

/** Unverified bytes on disk are readable by the owner only. */
const PRIVATE = 0o600;

/**
 * A spool for the file form: `.<name>.<random>.part` beside `target` (so the final rename is
 * atomic), private (0600) while unverified.
 */
export function partFileSpool(target: string, fsync: boolean): Promise<FileSpool> {
  return FileSpool.create(partPathBeside(target), { fsync, mode: PRIVATE });
}

/**
 * Hands a verified part file over: closes it, gives it the mode any new file would get (0666
 * less the umask) and renames it to `target`, replacing any file there. On failure the part
 * file is deleted and `target` is untouched.
 */
export async function releaseToFile(spool: FileSpool, target: string): Promise<void> {
  try {
    await spool.close();
    await chmod(spool.path, 0o666 & ~process.umask());
    await rename(spool.path, target);
  } catch (error) {
    await spool.discard();
    throw error;
  }
}

/** A spool for the stream form: a private (0600) temporary file in `tempDir` (default `os.tmpdir()`). */
export function tempFileSpool(tempDir: string | undefined): Promise<FileSpool> {
  const name = `tswa-media-${randomBytes(8).toString("hex")}.part`;
  return FileSpool.create(join(tempDir ?? tmpdir(), name), { mode: PRIVATE });
}

/**
 * Hands a verified temporary file over as a stream. The file is deleted as soon as the stream
 * has it open (POSIX keeps it readable), or when the stream closes where an open file cannot be
 * deleted; on failure at once.
 */
export async function releaseAsStream(spool: FileSpool): Promise<Readable> {
  try {
    await spool.close();
    const handle = await open(spool.path, "r");
    const stream = handle.createReadStream({ highWaterMark: 1024 * 1024 });
    try {
      await unlink(spool.path);
    } catch {
      stream.once("close", () => void removeFile(spool.path));
    }
    return stream;
  } catch (error) {
    await spool.discard();
    throw error;
  }
}
