import { createHash, type Hash } from "node:crypto";
import { MediaDownloadFailed } from "./errors.js";
import { HashWorker } from "./hash-worker.js";

/** SHA-256 of a download, fed piece by piece. */
export interface MediaHash {
  /** Takes the next piece (copied or hashed now: the caller may reuse it); a promise holds the download back. */
  update(piece: Uint8Array): Promise<void> | undefined;
  /** The SHA-256 of everything fed. */
  digest(): Promise<Buffer>;
  /** Gives up: frees what the hash holds. */
  abort(): void;
}

/** Bodies from this size on are hashed on the worker thread; smaller ones on this thread. */
export const OFF_THREAD_MIN_SIZE = 8 * 1024 * 1024;

/** The hash for a body of `size` bytes (`undefined`: not known before it ends). */
export function createMediaHash(size: number | undefined): MediaHash {
  return size !== undefined && size >= Number(process.env.TSWA_OFF_THREAD_MIN ?? OFF_THREAD_MIN_SIZE)
    ? new OffThreadSha256(HashWorker.shared())
    : new InlineSha256();
}

/** Hashes on this thread, as the bytes come. */
class InlineSha256 implements MediaHash {
  readonly #hash: Hash = createHash("sha256");

  update(piece: Uint8Array): undefined {
    this.#hash.update(piece);
  }

  async digest(): Promise<Buffer> {
    return this.#hash.digest();
  }

  abort(): void {}
}

/** Bytes per batch sent to the worker: few messages, little memory. */
const BATCH = 4 * 1024 * 1024;
/** Batches on their way or being hashed at most, before the download waits for the worker. */
const IN_FLIGHT = 2;

/**
 * Hashes on the shared {@link HashWorker}, so SHA-256 runs beside the network and the disk
 * instead of between them. Pieces are copied into batches of 2 MiB whose memory is moved to the
 * worker and back; with at most 4 out, memory stays flat whatever the file's size.
 */
class OffThreadSha256 implements MediaHash {
  readonly #worker: HashWorker;
  readonly #id: number;
  readonly #free: ArrayBuffer[] = [];
  #batch: Uint8Array | undefined;
  #filled = 0;
  #inFlight = 0;
  #error: MediaDownloadFailed | undefined;
  #wake: { resolve(): void; reject(error: unknown): void } | undefined;
  #result: { resolve(digest: Buffer): void; reject(error: unknown): void } | undefined;

  constructor(worker: HashWorker) {
    this.#worker = worker;
    this.#id = worker.open({
      returned: (buffer) => {
        this.#inFlight--;
        this.#free.push(buffer);
        this.#wake?.resolve();
        this.#wake = undefined;
      },
      digest: (digest) => this.#result?.resolve(digest),
      failed: (cause) => {
        this.#error = new MediaDownloadFailed(
          "hash-failed",
          "the SHA-256 of the media could not be computed: the hashing thread failed",
          { cause },
        );
        this.#wake?.reject(this.#error);
        this.#result?.reject(this.#error);
      },
    });
  }

  update(piece: Uint8Array): Promise<void> | undefined {
    if (this.#error) return Promise.reject(this.#error);
    let offset = 0;
    while (offset < piece.byteLength) {
      this.#batch ??= new Uint8Array(this.#free.pop() ?? new ArrayBuffer(BATCH));
      const take = Math.min(BATCH - this.#filled, piece.byteLength - offset);
      this.#batch.set(piece.subarray(offset, offset + take), this.#filled);
      this.#filled += take;
      offset += take;
      if (this.#filled === BATCH) this.#send();
    }
    if (this.#inFlight < IN_FLIGHT) return undefined;
    return new Promise<void>((resolve, reject) => {
      this.#wake = { resolve, reject };
    });
  }

  digest(): Promise<Buffer> {
    if (this.#error) return Promise.reject(this.#error);
    if (this.#filled > 0) this.#send();
    return new Promise<Buffer>((resolve, reject) => {
      this.#result = { resolve, reject };
      this.#worker.end(this.#id);
    });
  }

  abort(): void {
    this.#worker.abort(this.#id);
    this.#free.length = 0;
    this.#batch = undefined;
  }

  #send(): void {
    const batch = this.#batch!;
    this.#worker.update(this.#id, batch.buffer as ArrayBuffer, this.#filled);
    this.#inFlight++;
    this.#batch = undefined;
    this.#filled = 0;
  }
}
