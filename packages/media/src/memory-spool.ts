import type { Spool } from "./spool.js";

/**
 * Keeps the bytes in memory until they are verified. When the size is known from the CDN's
 * `Content-Length`, one buffer of that size is filled in place, so the file is never held twice.
 */
export class MemorySpool implements Spool {
  #buffer: Buffer | undefined;
  #pieces: Buffer[] = [];
  #size = 0;

  expect(size: number | undefined): void {
    // Zeroed, so the bytes past what was written never expose old memory.
    if (size !== undefined) this.#buffer = Buffer.alloc(size);
  }

  write(piece: Buffer): void {
    const buffer = this.#buffer;
    if (buffer && this.#size + piece.length <= buffer.length) {
      piece.copy(buffer, this.#size);
    } else {
      // More than declared (a CDN that lied): fall back to a list of pieces.
      if (buffer) this.#pieces.push(buffer.subarray(0, this.#size));
      this.#buffer = undefined;
      this.#pieces.push(piece);
    }
    this.#size += piece.length;
  }

  ready(): undefined {
    return undefined;
  }

  async discard(): Promise<void> {
    this.#buffer = undefined;
    this.#pieces = [];
  }

  /** The verified bytes. */
  data(): Buffer {
    if (this.#buffer) return this.#buffer.subarray(0, this.#size);
    return this.#pieces.length === 1 ? this.#pieces[0]! : Buffer.concat(this.#pieces, this.#size);
  }
}
