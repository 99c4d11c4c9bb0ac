import { WhatsAppError } from "@tswa/core";

/**
 * The root of every error of encrypted flow media: catch it to handle any failed download or
 * check. When one is thrown, no plaintext was handed over and no file was left behind.
 *
 * @example
 * ```ts
 * import { FlowMediaError, FlowMediaVerificationError, flowRequestMediaDecryptor } from "@tswa/media";
 *
 * declare const encryptedMedia: unknown; // one item of a PhotoPicker's data_exchange value
 * try {
 *   const { data } = await flowRequestMediaDecryptor(encryptedMedia);
 * } catch (error) {
 *   if (error instanceof FlowMediaVerificationError) console.warn("tampered upload:", error.check);
 *   else if (error instanceof FlowMediaError) console.warn("upload not available:", error.message);
 *   else throw error;
 * }
 * ```
 */
export class FlowMediaError extends WhatsAppError {}

/**
 * The encrypted media object is not what WhatsApp sends: a field is missing, is not padded
 * base64, or decodes to the wrong length (16-byte IV, 32-byte keys and hashes).
 */
export class FlowMediaMetadataError extends FlowMediaError {
  /** The paths of the invalid fields, such as `encryption_metadata.iv`. */
  readonly fields: readonly string[];

  constructor(fields: readonly string[], details: readonly string[]) {
    super(`the encrypted media object is invalid: ${details.join("; ")}`);
    this.fields = fields;
  }
}

/**
 * Why {@link FlowMediaNotFound} was thrown; pywa raises ValueError, KeyError and IndexError.
 * `not-media` is for a flow completion's item that is not a media object.
 */
export type FlowMediaNotFoundReason =
  | "no-data"
  | "missing-key"
  | "not-a-list"
  | "index-out-of-range"
  | "not-media";

/**
 * `FlowRequest.decryptMedia(key, index)` or `FlowCompletion.getMedia(key, index)` found no media
 * at that place: the request has no data, the key is missing, its value is not a list, the
 * index is past its end, or the item there is not a media object.
 */
export class FlowMediaNotFound extends FlowMediaError {
  /** The data key that was asked for. */
  readonly key: string;
  /** The index that was asked for. */
  readonly index: number;
  /** What is missing. */
  readonly reason: FlowMediaNotFoundReason;

  constructor(
    key: string,
    index: number,
    reason: FlowMediaNotFoundReason,
    source: "request" | "completion" = "request",
  ) {
    const data =
      source === "request" ? "the flow request's data" : "the flow completion's response";
    const messages: Record<FlowMediaNotFoundReason, string> = {
      "no-data": `the flow ${source} has no data`,
      "missing-key": `${data} has no key "${key}"`,
      "not-a-list": `${data}["${key}"] is not a list of media`,
      "index-out-of-range": `${data}["${key}"] has no media at index ${index}`,
      "not-media": `${data}["${key}"][${index}] is not a media object with an id`,
    };
    super(messages[reason]);
    this.key = key;
    this.index = index;
    this.reason = reason;
  }
}

/**
 * The CDN answered with an error status, or the connection failed or broke off. Nothing was
 * kept; calling again downloads the file again.
 */
export class FlowMediaDownloadError extends FlowMediaError {
  /** The CDN URL without its query string (which carries access tokens): origin and path. */
  readonly url: string;
  /** The HTTP status when the CDN answered with an error; `undefined` when no status came. */
  readonly status: number | undefined;
  /** The system or undici code of a network failure, such as `ECONNRESET` or `UND_ERR_SOCKET`. */
  readonly code: string | undefined;

  constructor(
    url: string,
    message: string,
    options: { status?: number | undefined; code?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.url = url;
    this.status = options.status;
    this.code = options.code;
  }
}

/**
 * The download took longer than `timeout` (one attempt, first byte sent to last byte read), or
 * no byte arrived for `idleTimeout`.
 */
export class FlowMediaDownloadTimeout extends FlowMediaDownloadError {
  /** The timeout that expired, in ms. */
  readonly timeout: number;
  /** `true` when the stream stalled (`idleTimeout`), `false` when the whole attempt ran out. */
  readonly idle: boolean;

  constructor(url: string, timeout: number, idle: boolean, cause?: unknown) {
    super(
      url,
      idle
        ? `the media download from ${url} stalled: no data for ${timeout} ms`
        : `the media download from ${url} timed out after ${timeout} ms`,
      { cause },
    );
    this.timeout = timeout;
    this.idle = idle;
  }
}

/**
 * The file is larger than `maxSize` allows: the CDN declared a larger `Content-Length`, or sent
 * more bytes than a file of that size can have. The download is stopped at that point.
 */
export class FlowMediaTooLarge extends FlowMediaError {
  /** The `maxSize` in force: the largest decrypted file accepted, in bytes. */
  readonly limit: number;

  constructor(limit: number) {
    super(`the media file is larger than the limit of ${limit} bytes (maxSize)`);
    this.limit = limit;
  }
}

/** The check that failed, in the order they run. */
export type FlowMediaCheck = "encrypted-hash" | "hmac" | "padding" | "plaintext-hash";

/**
 * A downloaded file failed one of the four checks: it was corrupted, truncated or tampered
 * with, or the metadata does not belong to it. Retrying the download rarely helps.
 */
export class FlowMediaVerificationError extends FlowMediaError {
  /** Which check failed. */
  readonly check: FlowMediaCheck;

  constructor(check: FlowMediaCheck, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.check = check;
  }
}

/** SHA-256 of the downloaded file differs from `encrypted_hash`: corrupted or truncated. */
export class FlowMediaEncryptedHashMismatch extends FlowMediaVerificationError {
  constructor() {
    super("encrypted-hash", "the downloaded media file does not match its encrypted_hash");
  }
}

/** The 10-byte HMAC-SHA256 over IV and ciphertext at the end of the file is wrong. */
export class FlowMediaHmacMismatch extends FlowMediaVerificationError {
  constructor() {
    super("hmac", "the media file's HMAC does not match: wrong hmac_key or iv, or a tampered file");
  }
}

/**
 * AES-256-CBC decryption gave invalid PKCS#7 padding, or the ciphertext is not a whole number of
 * 16-byte blocks: the wrong `encryption_key` or a file that was encrypted wrongly.
 */
export class FlowMediaPaddingError extends FlowMediaVerificationError {
  constructor(cause?: unknown) {
    super("padding", "the media file does not decrypt to valid PKCS#7 padding", { cause });
  }
}

/** SHA-256 of the decrypted file differs from `plaintext_hash`: a wrong key or IV. */
export class FlowMediaPlaintextHashMismatch extends FlowMediaVerificationError {
  constructor() {
    super("plaintext-hash", "the decrypted media file does not match its plaintext_hash");
  }
}
