import { isMetaCdnUrl } from "../cdn-url.js";
import {
  type FlowMediaOptions,
  type ResolvedFlowMediaOptions,
  resolveFlowMediaOptions,
} from "../options.js";

/** 100 MiB: Meta's largest media file (a document), the default `maxSize` of Cloud API media. */
export const DEFAULT_MAX_CLOUD_MEDIA_SIZE = 100 * 1024 * 1024;

/**
 * Options of a Cloud API media download (`downloadMedia`, `getMediaBytes`, `streamMedia`); each
 * has a default. The transport, timeouts, restarts, `signal`, `tempDir` and `fsync` work as for
 * flow media.
 */
export interface MediaDownloadOptions extends Omit<FlowMediaOptions, "maxSize" | "allowUrl"> {
  /**
   * The largest file accepted, in bytes. Default 100 MiB (104 857 600), Meta's largest media
   * (a document). A larger `file_size` or `Content-Length` is refused before the body is read,
   * and the download stops as soon as more bytes arrive.
   */
  maxSize?: number | undefined;
  /**
   * Decides which URLs (and redirects) may be fetched; others are refused with a
   * `MediaDownloadFailed` whose reason is `url-not-allowed`, before any connection. Default
   * {@link isMetaCdnUrl}: https on Meta's CDN hosts. Your access token is sent only to the
   * URL's own origin (and to Meta's hosts on a redirect), never to another host a redirect
   * leads to. Widen it for a test CDN: `allowUrl: (url) => url.hostname === "127.0.0.1"`.
   */
  allowUrl?: ((url: URL) => boolean) | undefined;
  /**
   * The SHA-256 to check a URL's file against, hex or base64. Only for a bare URL: a media id
   * or a `getMediaUrl` answer brings Meta's own.
   */
  sha256?: string | undefined;
}

/** The options with defaults applied. */
export interface ResolvedMediaDownloadOptions extends ResolvedFlowMediaOptions {
  sha256: string | undefined;
}

/**
 * Applies the defaults and checks the numbers.
 *
 * @throws TypeError naming the option and the accepted values.
 */
export function resolveMediaDownloadOptions(
  options: MediaDownloadOptions = {},
): ResolvedMediaDownloadOptions {
  const maxSize = options.maxSize ?? DEFAULT_MAX_CLOUD_MEDIA_SIZE;
  const resolved = resolveFlowMediaOptions({ ...options, maxSize }, "media download");
  // Cloud API media is served as is: the file on the CDN is the file.
  return {
    ...resolved,
    maxFileSize: maxSize,
    allowUrl: options.allowUrl ?? isMetaCdnUrl,
    sha256: options.sha256,
  };
}
