import { type StreamedResponse, WhatsAppNetworkError, WhatsAppTimeoutError } from "@tswa/core";
import { checkCdnUrl } from "./cdn-url.js";
import { mediaTransport } from "./core.js";
import {
  FlowMediaDownloadError,
  FlowMediaDownloadTimeout,
  FlowMediaError,
  FlowMediaTooLarge,
} from "./errors.js";
import type { ResolvedFlowMediaOptions } from "./options.js";

/** What a download needs of the options (flow media's and Cloud API media's alike). */
export type DownloadSettings = Pick<
  ResolvedFlowMediaOptions,
  | "transport"
  | "fetch"
  | "maxSize"
  | "maxFileSize"
  | "timeout"
  | "idleTimeout"
  | "signal"
  | "allowUrl"
>;

/** What receives a download: told the declared size first, then given every piece in order. */
export interface DownloadReceiver {
  /** Told the declared size and the response headers; may throw to refuse the body unread. */
  begin(contentLength: number | undefined, headers: Headers): void;
  /** Takes one piece; a returned promise holds the next read back (backpressure). */
  write(piece: Uint8Array): Promise<void> | undefined;
}

/** Redirects followed at most, as fetch does by default. */
const MAX_REDIRECTS = 20;

/** Failures that happened after the body started: another attempt may well succeed. */
const brokeOff = new WeakSet<FlowMediaDownloadError>();

/** Whether a failed download broke off or stalled mid-body, so starting again may help. */
export function isMidBodyFailure(error: unknown): boolean {
  return error instanceof FlowMediaDownloadError && brokeOff.has(error);
}

/** The URL without its query string and fragment, which carry the CDN's access tokens. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * Downloads the CDN file through the transport and hands its pieces to `receiver` as they come.
 * Refuses a declared size over `maxFileSize` before reading, stops (and closes the connection)
 * as soon as more bytes arrive, and turns every failure into a typed error without the URL's
 * query string. `headersFor` adds request headers per hop (a bearer token for Meta's hosts).
 */
export async function downloadCdnFile(
  url: string,
  settings: DownloadSettings,
  receiver: DownloadReceiver,
  headersFor?: (hop: string) => Record<string, string> | undefined,
): Promise<void> {
  const { timeout, signal } = settings;
  checkCdnUrl(url, settings.allowUrl);
  const safeUrl = redactUrl(url);
  const transport = mediaTransport(settings.transport, settings.fetch);
  const fail = (error: unknown, midBody = false) =>
    downloadError(error, { url: safeUrl, settings, midBody });
  let response: StreamedResponse;
  let target = url;
  for (let hops = 0; ; hops++) {
    try {
      // `timeout` bounds each attempt and `restarts` the whole; no overall deadline on top.
      // Redirects are followed here, so that every hop passes `allowUrl` as the first did.
      response = await transport.sendStreamed({
        method: "GET",
        url: target,
        // Compression would change the bytes and their Content-Length on the fetch path only
        // (fetch decodes, the direct path does not): ask every hop for the file as it is.
        headers: { "accept-encoding": "identity", ...headersFor?.(target) },
        timeout,
        deadline: Infinity,
        signal,
        redirect: "manual",
      });
    } catch (error) {
      throw fail(error);
    }
    const location = response.headers.get("location");
    if (response.status < 300 || response.status > 399 || location === null) break;
    await response.body.cancel();
    if (hops === MAX_REDIRECTS) {
      throw new FlowMediaDownloadError(
        safeUrl,
        `the CDN redirected more than ${MAX_REDIRECTS} times for ${safeUrl}`,
        {
          status: response.status,
        },
      );
    }
    target = new URL(location, target).toString();
    checkCdnUrl(target, settings.allowUrl);
  }
  if (response.status < 200 || response.status > 299) {
    await response.body.cancel();
    throw new FlowMediaDownloadError(
      safeUrl,
      `the CDN answered HTTP ${response.status} for ${safeUrl}`,
      { status: response.status },
    );
  }
  const encoding = response.headers.get("content-encoding")?.trim().toLowerCase();
  if (encoding && encoding !== "identity") {
    // fetch would have decoded it and the direct path would not: refuse it on both, so the
    // same CDN answer never succeeds on one path and fails a hash check on the other.
    await response.body.cancel();
    throw new FlowMediaDownloadError(
      safeUrl,
      `the CDN sent ${safeUrl} with Content-Encoding ${encoding}, not the file as is`,
      { status: response.status },
    );
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  const contentLength = Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined;
  if (contentLength !== undefined && contentLength > settings.maxFileSize) {
    await response.body.cancel();
    throw new FlowMediaTooLarge(settings.maxSize);
  }
  try {
    receiver.begin(contentLength, response.headers);
  } catch (error) {
    await response.body.cancel();
    throw error;
  }

  const reader = response.body;
  let reading = false;
  let stalled = false;
  // Armed only while a read is pending: time spent writing to a slow disk is not a stall.
  const idle = Number.isFinite(settings.idleTimeout)
    ? setTimeout(
        () => {
          if (!reading) return;
          stalled = true;
          // Settles the pending read (as done, or failed): `stalled` says why.
          reader.cancel().catch(() => undefined);
        },
        Math.min(settings.idleTimeout, 2 ** 31 - 1),
      )
    : undefined;
  let received = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array> | undefined;
      let failure: unknown;
      reading = true;
      idle?.refresh();
      try {
        chunk = await reader.read();
      } catch (error) {
        failure = error;
      } finally {
        reading = false;
      }
      if (stalled) {
        const error = new FlowMediaDownloadTimeout(safeUrl, settings.idleTimeout, true);
        brokeOff.add(error);
        throw error;
      }
      if (chunk === undefined) throw fail(failure, true);
      if (chunk.done) return;
      received += chunk.value.byteLength;
      // Whatever Content-Length said: a CDN that sends more than the limit is cut off here.
      if (received > settings.maxFileSize) throw new FlowMediaTooLarge(settings.maxSize);
      const pending = receiver.write(chunk.value);
      if (pending) await pending;
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(idle);
  }
}

/** Turns a transport or body failure into a typed error that names the URL without its query. */
function downloadError(
  error: unknown,
  context: {
    url: string;
    settings: DownloadSettings;
    midBody: boolean;
  },
): unknown {
  const { url, settings, midBody } = context;
  if (settings.signal?.aborted) return settings.signal.reason;
  if (error instanceof FlowMediaError) return error;
  // The transport's errors name the full URL: keep only their cause.
  const cause = error instanceof WhatsAppNetworkError ? error.cause : error;
  let typed: FlowMediaDownloadError;
  if (error instanceof WhatsAppTimeoutError || isTimeout(error)) {
    typed = new FlowMediaDownloadTimeout(url, settings.timeout, false, cause);
  } else {
    const root = rootCause(cause);
    // A fetch wrapper may name the URL (or a redirect's) in its message: never repeat a query
    // string, and do not keep an error that names one as the cause (`util.inspect` shows it).
    const reason = withoutQueries(root.message);
    typed = new FlowMediaDownloadError(url, `the media download from ${url} failed: ${reason}`, {
      code: root.code,
      cause: reason === root.message ? root.error : undefined,
    });
    if (midBody) brokeOff.add(typed);
  }
  return typed;
}

/** `text` with the query string and fragment of every URL in it removed. */
function withoutQueries(text: string): string {
  return text.replace(/\b(https?:\/\/[^\s?#]*)[?#][^\s]*/gi, "$1");
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === "TimeoutError";
}

function rootCause(error: unknown): { error: unknown; message: string; code: string | undefined } {
  let current = error;
  // fetch wraps the socket error: TypeError("terminated") with the real one in `cause`.
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  if (!(current instanceof Error)) return { error, message: String(current), code: undefined };
  const code = (current as { code?: unknown }).code;
  return {
    error: current,
    message: current.message,
    code: typeof code === "string" ? code : undefined,
  };
}
