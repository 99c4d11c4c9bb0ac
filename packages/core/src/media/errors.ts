import { WhatsAppError } from "../errors.js";
import type { MediaType } from "./media-types.js";
import type { MediaSizeLimitName } from "./size-limits.js";

/**
 * A file is larger than Meta takes for its kind of media (image 5 MB, video and audio 16 MB,
 * document 100 MB, sticker 100 KB static or 500 KB animated). Thrown before the upload starts
 * when the size is known (a path, bytes, a Blob, a URL with `Content-Length`), or as soon as a
 * stream of unknown length passes the limit, which aborts the upload.
 *
 * @example
 * ```ts
 * import { MediaTooLarge, type MediaApi } from "@tswa/core";
 *
 * declare const media: MediaApi;
 * try {
 *   await media.uploadMedia("./holiday.mp4");
 * } catch (error) {
 *   if (error instanceof MediaTooLarge) console.error(`${error.mediaType}: at most ${error.maxBytes} bytes`);
 * }
 * ```
 */
export class MediaTooLarge extends WhatsAppError {
  /** The kind of media the file uploads as (its MIME type decides). */
  readonly mediaType: MediaType;
  /** The MIME type of the file. */
  readonly mimeType: string;
  /** The limit broken, from `MEDIA_SIZE_LIMITS`. */
  readonly limit: MediaSizeLimitName;
  /** The largest size allowed, in bytes. */
  readonly maxBytes: number;
  /** The file's size, or for a stream the bytes read when it passed the limit. */
  readonly size: number;
  /** Whether the size is the whole file's (false: a stream, stopped when it passed the limit). */
  readonly sizeKnown: boolean;

  constructor(init: {
    mediaType: MediaType;
    mimeType: string;
    limit: MediaSizeLimitName;
    maxBytes: number;
    label: string;
    size: number;
    sizeKnown: boolean;
  }) {
    const size = init.sizeKnown ? `${init.size} bytes` : `more than ${init.maxBytes} bytes`;
    super(
      `the ${init.mediaType} (${init.mimeType}) is ${size}; WhatsApp takes at most ${init.label} (${init.maxBytes} bytes) for it: make the file smaller, or send it as a document`,
    );
    this.mediaType = init.mediaType;
    this.mimeType = init.mimeType;
    this.limit = init.limit;
    this.maxBytes = init.maxBytes;
    this.size = init.size;
    this.sizeKnown = init.sizeKnown;
  }
}

/**
 * The file at an https URL given to `uploadMedia` could not be fetched: a URL that is not
 * https (or that `allowUrl` refused), a redirect to one, an error status, or a broken
 * connection. The message names the URL's origin only (its query may carry a token).
 */
export class MediaFetchError extends WhatsAppError {
  /** The origin of the URL, such as `https://example.com`. */
  readonly origin: string;
  /** The HTTP status when the server answered with an error. */
  readonly status: number | undefined;

  constructor(origin: string, problem: string, status?: number, options?: { cause?: unknown }) {
    super(`cannot fetch the media to upload from ${origin}: ${problem}`, options);
    this.origin = origin;
    this.status = status;
  }
}
