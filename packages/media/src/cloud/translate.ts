import { FlowMediaUrlNotAllowed } from "../cdn-url.js";
import { FlowMediaDownloadError, FlowMediaDownloadTimeout, FlowMediaTooLarge } from "../errors.js";
import {
  MediaDownloadFailed,
  MediaDownloadTimeout,
  MediaDownloadTooLarge,
  MediaNotFound,
} from "./errors.js";

/** The statuses of an expired (or never valid) media URL: the id is resolved again once. */
const EXPIRED = new Set([401, 404]);

/** The status of a download that failed because its URL expired, else `undefined`. */
export function expiredStatus(error: unknown): number | undefined {
  return error instanceof FlowMediaDownloadError &&
    error.status !== undefined &&
    EXPIRED.has(error.status)
    ? error.status
    : undefined;
}

/**
 * Turns the shared download machinery's errors (named for flow media, where it began) into the
 * {@link MediaDownloadFailed} family; anything else (an abort reason, a file system error, a
 * Graph error of `getMediaUrl`) passes as is.
 */
export function toMediaDownloadError(error: unknown, resolvedAgain: boolean): unknown {
  if (error instanceof MediaDownloadFailed) return error;
  if (error instanceof FlowMediaTooLarge)
    return new MediaDownloadTooLarge(undefined, error.limit, "maxSize");
  if (error instanceof FlowMediaUrlNotAllowed) {
    return new MediaDownloadFailed(
      "url-not-allowed",
      `the media download refused ${error.origin}: not an https URL on Meta's CDN (pass allowUrl to allow other hosts)`,
      { url: error.origin },
    );
  }
  if (error instanceof FlowMediaDownloadTimeout) {
    return new MediaDownloadTimeout(error.message, error.timeout, error.idle, {
      url: error.url,
      cause: error.cause,
    });
  }
  if (!(error instanceof FlowMediaDownloadError)) return error;
  const { url, status, code } = error;
  if (status !== undefined && EXPIRED.has(status))
    return new MediaNotFound(url, status, resolvedAgain);
  if (status !== undefined) {
    return new MediaDownloadFailed("http-error", error.message, { url, status, cause: error });
  }
  return new MediaDownloadFailed("connection-reset", error.message, {
    url,
    code,
    cause: error.cause,
  });
}
