import { WhatsAppError } from "@tswa/core";

/** Why a Cloud API media download failed: the `reason` of every {@link MediaDownloadFailed}. */
export const MediaDownloadFailureReason = {
  /** The file's SHA-256 differs from the one Meta reported. */
  HASH_MISMATCH: "hash-mismatch",
  /** The body ended before the size Meta reported (`file_size` or `Content-Length`). */
  TRUNCATED: "truncated",
  /** The file is larger than `maxSize`, or the body ran past the size Meta reported. */
  TOO_LARGE: "too-large",
  /** The connection failed or was reset, before or in the middle of the body. */
  CONNECTION_RESET: "connection-reset",
  /** An attempt took longer than `timeout`, or the body stalled for `idleTimeout`. */
  TIMEOUT: "timeout",
  /** A 200 answer that is an error page (HTML, or Meta's error JSON), not the media. */
  ERROR_PAGE: "error-page",
  /** The CDN answered 404 or 401 (an expired URL), even after resolving the media id again. */
  NOT_FOUND: "not-found",
  /** The CDN answered another error status, or sent the file compressed although asked not to. */
  HTTP_ERROR: "http-error",
  /** The URL (or a redirect) leads outside the hosts `allowUrl` accepts; nothing was fetched. */
  URL_NOT_ALLOWED: "url-not-allowed",
} as const;

/** One of {@link MediaDownloadFailureReason}'s values. */
export type MediaDownloadFailureReason =
  (typeof MediaDownloadFailureReason)[keyof typeof MediaDownloadFailureReason];

/** What every {@link MediaDownloadFailed} may carry besides its reason. */
export interface MediaDownloadFailureDetails {
  /** The URL without its query string (which carries access tokens). */
  url?: string | undefined;
  /** The CDN's HTTP status, when it answered. */
  status?: number | undefined;
  /** The system or undici code of a network failure (`ECONNRESET`, `UND_ERR_SOCKET`). */
  code?: string | undefined;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * A Cloud API media download (`downloadMedia`, `getMediaBytes`, `streamMedia`) failed. When
 * one is thrown, no file, temporary file or byte of the media was left behind or handed over.
 * Switch on `reason`, or narrow with the subclasses. (Not `MediaDownloadError`: that is pywa's
 * name, kept, for Graph's error 131052, WhatsApp failing to download what a user sent.)
 *
 * @example
 * ```ts
 * import { MediaDownloadFailed, type MediaDownloader } from "@tswa/media";
 *
 * declare const media: MediaDownloader;
 * try {
 *   await media.downloadMedia("1234567890", { path: "/srv/media/photo.jpg" });
 * } catch (error) {
 *   if (error instanceof MediaDownloadFailed && error.reason === "not-found") {
 *     console.warn("the media is gone (users' media is kept 30 days)");
 *   } else throw error;
 * }
 * ```
 */
export class MediaDownloadFailed extends WhatsAppError {
  /** Why the download failed. */
  readonly reason: MediaDownloadFailureReason;
  /** The URL without its query string, when one was fetched. */
  readonly url: string | undefined;
  /** The CDN's HTTP status, when it answered. */
  readonly status: number | undefined;
  /** The system or undici code of a network failure. */
  readonly code: string | undefined;

  constructor(
    reason: MediaDownloadFailureReason,
    message: string,
    details: MediaDownloadFailureDetails = {},
  ) {
    super(message, { cause: details.cause });
    this.reason = reason;
    this.url = details.url;
    this.status = details.status;
    this.code = details.code;
  }
}

/** The downloaded file's SHA-256 is not the one Meta reported: corrupted or replaced. */
export class MediaHashMismatch extends MediaDownloadFailed {
  /** The SHA-256 Meta reported, hex. */
  readonly expected: string;
  /** The SHA-256 of what arrived, hex. */
  readonly actual: string;

  constructor(url: string, expected: string, actual: string) {
    super("hash-mismatch", `the media from ${url} does not match the SHA-256 Meta reported`, {
      url,
    });
    this.expected = expected;
    this.actual = actual;
  }
}

/** The body ended (or was declared to end) before the size Meta reported. */
export class MediaTruncated extends MediaDownloadFailed {
  /** The size Meta reported, in bytes. */
  readonly expected: number;
  /** The bytes that arrived (or that `Content-Length` declared). */
  readonly received: number;

  constructor(url: string, expected: number, received: number) {
    super("truncated", `the media from ${url} has ${received} of its ${expected} bytes`, { url });
    this.expected = expected;
    this.received = received;
  }
}

/**
 * The file is larger than allowed: over `maxSize`, or longer than the `file_size` Meta
 * reported. The download stops as soon as that is known.
 */
export class MediaDownloadTooLarge extends MediaDownloadFailed {
  /** The limit that was passed, in bytes. */
  readonly limit: number;
  /** Which limit: your `maxSize`, or the `fileSize` Meta reported. */
  readonly limitKind: "maxSize" | "fileSize";

  constructor(url: string | undefined, limit: number, limitKind: "maxSize" | "fileSize") {
    super(
      "too-large",
      limitKind === "maxSize"
        ? `the media is larger than the limit of ${limit} bytes (maxSize)`
        : `the media from ${url} is longer than the ${limit} bytes Meta reported`,
      { url },
    );
    this.limit = limit;
    this.limitKind = limitKind;
  }
}

/**
 * The CDN answered 200 with an error page instead of the media: HTML, or Meta's error JSON,
 * where a media type was expected. Usually a wrong or expired token, or a URL used too late.
 */
export class MediaErrorPage extends MediaDownloadFailed {
  /** The answer's `Content-Type`. */
  readonly contentType: string;

  constructor(url: string, contentType: string) {
    super(
      "error-page",
      `the CDN answered ${url} with an error page (${contentType}) instead of the media: check the token and download the media id again`,
      { url, status: 200 },
    );
    this.contentType = contentType;
  }
}

/**
 * The CDN answered 404 or 401: the URL expired (media URLs last about 5 minutes) and resolving
 * the media id again did not help, or the media was deleted (users' media is kept 30 days).
 */
export class MediaNotFound extends MediaDownloadFailed {
  constructor(url: string, status: number, resolvedAgain: boolean) {
    super(
      "not-found",
      `the CDN answered HTTP ${status} for ${url}${resolvedAgain ? " (also after resolving the media id again)" : ": the URL may have expired; pass the media id to resolve it again"}`,
      { url, status },
    );
  }
}

/** An attempt took longer than `timeout`, or no byte came for `idleTimeout`. */
export class MediaDownloadTimeout extends MediaDownloadFailed {
  /** The timeout that expired, in ms. */
  readonly timeout: number;
  /** `true` when the body stalled (`idleTimeout`), `false` when the attempt ran out. */
  readonly idle: boolean;

  constructor(
    message: string,
    timeout: number,
    idle: boolean,
    details: MediaDownloadFailureDetails,
  ) {
    super("timeout", message, details);
    this.timeout = timeout;
    this.idle = idle;
  }
}
