import type { FetchLike, HttpTransport } from "@tswa/core";
import { isMetaCdnUrl } from "./cdn-url.js";

/** 25 MiB: the protocol's largest upload (`max-file-size-kb` 25600), the default `maxSize`. */
export const DEFAULT_MAX_MEDIA_SIZE = 25 * 1024 * 1024;

/**
 * Options of every media download; each field has a default. `FlowRequest.decryptMedia` and the
 * flow endpoint's `mediaOptions` take the same object.
 */
export interface FlowMediaOptions {
  /**
   * The transport that downloads the file (keep-alive, retries before the body starts). The
   * `WhatsApp` facade passes its own. Default: a shared `HttpTransport` over `fetch`.
   */
  transport?: HttpTransport | undefined;
  /** With no `transport`: the fetch-compatible function to build one from. */
  fetch?: FetchLike | undefined;
  /**
   * The largest decrypted file accepted, in bytes. Default 25 MiB (26 214 400), the largest
   * file a picker can upload. The CDN file of an `n`-byte file is `n` rounded up to the next
   * multiple of 16 (at least one byte of padding) plus 10 bytes of MAC; a larger
   * `Content-Length` is refused before the body is read, and the download stops as soon as more
   * bytes arrive than that.
   */
  maxSize?: number | undefined;
  /**
   * The time one download attempt may take, from sending the request to the last byte, in ms.
   * Default 60 000. Replaces the transport's own timeout for media downloads.
   */
  timeout?: number | undefined;
  /**
   * The longest wait for the next piece of the body, in ms; a stalled download is started
   * again (see `restarts`). Default 15 000; `Infinity` for none.
   */
  idleTimeout?: number | undefined;
  /**
   * How many times a download whose body broke off or stalled is started again from its first
   * byte, after a jittered backoff. Default 2. (Failures before the body, such as a refused
   * connection or a 503, are retried by the transport.)
   */
  restarts?: number | undefined;
  /** Aborts the download; the call rejects with the signal's reason and leaves nothing behind. */
  signal?: AbortSignal | undefined;
  /**
   * Decides which `cdn_url`s may be fetched; others are refused with `FlowMediaUrlNotAllowed`
   * before any connection. Default {@link isMetaCdnUrl}: https on Meta's CDN hosts only, since
   * the URL comes from the request and a forged one could point at your internal network.
   * Widen it for a test CDN: `allowUrl: (url) => url.hostname === "127.0.0.1"`.
   */
  allowUrl?: ((url: URL) => boolean) | undefined;
  /** Stream form only: the folder of the temporary spool file. Default `os.tmpdir()`. */
  tempDir?: string | undefined;
  /** File form only: flush the file to disk (`fsync`) before it is renamed into place. Default false. */
  fsync?: boolean | undefined;
}

/** The options with defaults applied (the transport is picked when the download starts). */
export interface ResolvedFlowMediaOptions {
  transport: HttpTransport | undefined;
  fetch: FetchLike | undefined;
  maxSize: number;
  /** The largest CDN file allowed by `maxSize`, in bytes. */
  maxFileSize: number;
  timeout: number;
  idleTimeout: number;
  restarts: number;
  signal: AbortSignal | undefined;
  allowUrl: (url: URL) => boolean;
  tempDir: string | undefined;
  fsync: boolean;
}

const AES_BLOCK = 16;
const MAC_BYTES = 10;

/**
 * Applies the defaults and checks the numbers.
 *
 * @throws TypeError naming the option and the accepted values.
 */
export function resolveFlowMediaOptions(
  options: FlowMediaOptions = {},
  label = "flow media",
): ResolvedFlowMediaOptions {
  const maxSize = options.maxSize ?? DEFAULT_MAX_MEDIA_SIZE;
  const timeout = options.timeout ?? 60_000;
  const idleTimeout = options.idleTimeout ?? 15_000;
  const restarts = options.restarts ?? 2;
  if (!Number.isSafeInteger(maxSize) || maxSize < 0) {
    throw new TypeError(`${label}: maxSize must be a whole number of bytes >= 0`);
  }
  if (!(timeout > 0)) throw new TypeError(`${label}: timeout must be a positive number of ms`);
  if (!(idleTimeout > 0)) {
    throw new TypeError(`${label}: idleTimeout must be a positive number of ms (or Infinity)`);
  }
  if (!Number.isInteger(restarts) || restarts < 0) {
    throw new TypeError(`${label}: restarts must be a whole number >= 0`);
  }
  return {
    transport: options.transport,
    fetch: options.fetch,
    maxSize,
    // The largest ciphertext of a file of at most maxSize bytes, plus the MAC.
    maxFileSize: (Math.floor(maxSize / AES_BLOCK) + 1) * AES_BLOCK + MAC_BYTES,
    timeout,
    idleTimeout,
    restarts,
    signal: options.signal,
    allowUrl: options.allowUrl ?? isMetaCdnUrl,
    tempDir: options.tempDir,
    fsync: options.fsync ?? false,
  };
}
