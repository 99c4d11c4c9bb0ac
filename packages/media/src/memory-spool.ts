import type { PlaintextSpool } from "./decrypt.js";

/** The CDN file is the padded ciphertext plus a 10-byte MAC: the plaintext is at least 11 bytes shorter. */
const OVERHEAD = 11;

/**
 * Keeps the plaintext in memory until it is verified. When the CDN declares the file's size,
 * one buffer of that size is filled in place, so the whole file is never held twice.
 */
export class MemorySpool implements PlaintextSpool {
  #buffer: Buffer | undefined;
  #pieces: Buffer[] = [];
  #size = 0;

  expect(cdnFileSize: number | undefined): void {
    // Zeroed, so the few bytes past the plaintext never expose old memory.
    if (cdnFileSize !== undefined) this.#buffer = Buffer.alloc(Math.max(0, cdnFileSize - OVERHEAD));
  }

  write(plaintext: Buffer): void {
    const buffer = this.#buffer;
    if (buffer && this.#size + plaintext.length <= buffer.length) {
      plaintext.copy(buffer, this.#size);
    } else {
      // More than declared (a CDN that lied): fall back to a list of pieces.
      if (buffer) this.#pieces.push(buffer.subarray(0, this.#size));
      this.#buffer = undefined;
      this.#pieces.push(plaintext);
    }
    this.#size += plaintext.length;
  }

  ready(): undefined {
    return undefined;
  }

  async discard(): Promise<void> {
    this.#buffer = undefined;
    this.#pieces = [];
  }

  /** The verified plaintext. */
  data(): Buffer {
    if (this.#buffer) return this.#buffer.subarray(0, this.#size);
    return this.#pieces.length === 1 ? this.#pieces[0]! : Buffer.concat(this.#pieces, this.#size);
  }
}
