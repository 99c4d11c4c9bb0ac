import {
  createDecipheriv,
  createHash,
  createHmac,
  type Decipher,
  type Hash,
  type Hmac,
  timingSafeEqual,
} from "node:crypto";
import {
  FlowMediaEncryptedHashMismatch,
  FlowMediaHmacMismatch,
  FlowMediaPaddingError,
  FlowMediaPlaintextHashMismatch,
} from "./errors.js";
import type { FlowMediaKeys } from "./metadata.js";

/** The CDN file ends with the first 10 bytes of HMAC-SHA256(hmac_key, iv ‖ ciphertext). */
const MAC_BYTES = 10;
const EMPTY = Buffer.alloc(0);

/**
 * Checks and decrypts one CDN file in a single pass, fed in pieces of any size.
 *
 * Every byte goes to SHA-256 of the whole file; all but the last 10 (the MAC, not known to be
 * the last until the file ends) go to the HMAC and to AES-256-CBC; the plaintext goes to its own
 * SHA-256 and to `emit`. Plaintext from `emit` is unverified until {@link final} returns: spool
 * it, and release it only then.
 */
export class FlowMediaVerifier {
  readonly #keys: FlowMediaKeys;
  readonly #emit: (plaintext: Buffer) => void;
  readonly #fileHash: Hash = createHash("sha256");
  readonly #plainHash: Hash = createHash("sha256");
  readonly #hmac: Hmac;
  readonly #decipher: Decipher;
  /** The last (up to 10) bytes seen: the MAC if the file ends here. */
  #tail: Buffer = EMPTY;
  #received = 0;
  #plaintextSize = 0;

  constructor(keys: FlowMediaKeys, emit: (plaintext: Buffer) => void) {
    this.#keys = keys;
    this.#emit = emit;
    this.#hmac = createHmac("sha256", keys.hmac_key).update(keys.iv);
    this.#decipher = createDecipheriv("aes-256-cbc", keys.encryption_key, keys.iv);
  }

  /** Bytes of the CDN file fed so far. */
  get received(): number {
    return this.#received;
  }

  /** Bytes of plaintext emitted so far (all of it once {@link final} returned). */
  get plaintextSize(): number {
    return this.#plaintextSize;
  }

  /** Feeds the next piece of the CDN file. */
  update(piece: Uint8Array): void {
    this.#received += piece.byteLength;
    this.#fileHash.update(piece);
    if (piece.byteLength >= MAC_BYTES) {
      const cut = piece.byteLength - MAC_BYTES;
      if (this.#tail.length > 0) this.#ciphertext(this.#tail);
      if (cut > 0) this.#ciphertext(piece.subarray(0, cut));
      // A copy: the caller may reuse the piece's memory.
      this.#tail = Buffer.from(piece.subarray(cut));
    } else {
      const joined = Buffer.concat([this.#tail, piece]);
      const cut = Math.max(0, joined.length - MAC_BYTES);
      if (cut > 0) this.#ciphertext(joined.subarray(0, cut));
      this.#tail = joined.subarray(cut);
    }
  }

  /**
   * Ends the file and runs the checks in order: SHA-256 of the file, the HMAC (constant time),
   * the PKCS#7 padding, SHA-256 of the plaintext. Emits the last plaintext only if all pass.
   *
   * @throws {@link FlowMediaEncryptedHashMismatch}, {@link FlowMediaHmacMismatch},
   *   {@link FlowMediaPaddingError} or {@link FlowMediaPlaintextHashMismatch}: the first that fails.
   */
  final(): void {
    if (!timingSafeEqual(this.#fileHash.digest(), this.#keys.encrypted_hash)) {
      throw new FlowMediaEncryptedHashMismatch();
    }
    const mac = this.#hmac.digest().subarray(0, MAC_BYTES);
    // A file shorter than the MAC has no MAC to match.
    if (this.#tail.length !== MAC_BYTES || !timingSafeEqual(mac, this.#tail)) {
      throw new FlowMediaHmacMismatch();
    }
    let last: Buffer;
    try {
      last = this.#decipher.final();
    } catch (cause) {
      throw new FlowMediaPaddingError(cause);
    }
    this.#plainHash.update(last);
    if (!timingSafeEqual(this.#plainHash.digest(), this.#keys.plaintext_hash)) {
      throw new FlowMediaPlaintextHashMismatch();
    }
    if (last.length > 0) this.#out(last);
  }

  #ciphertext(ciphertext: Buffer | Uint8Array): void {
    this.#hmac.update(ciphertext);
    const plaintext = this.#decipher.update(ciphertext);
    if (plaintext.length === 0) return;
    this.#plainHash.update(plaintext);
    this.#out(plaintext);
  }

  #out(plaintext: Buffer): void {
    this.#plaintextSize += plaintext.length;
    this.#emit(plaintext);
  }
}
