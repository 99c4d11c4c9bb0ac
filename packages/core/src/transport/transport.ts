import { type Logger, silentLogger } from "../logging.js";
import { VERSION } from "../version.js";
import { CallDeadline } from "./call-deadline.js";
import { defaultFetch, type FetchLike } from "./default-fetch.js";
import { WhatsAppNetworkError, WhatsAppTimeoutError } from "./network-errors.js";
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, type RetryPolicy } from "./retry.js";

/** Options of {@link HttpTransport}. */
export interface TransportOptions {
  /** The fetch-compatible function for every call. Default: the global `fetch` with keep-alive. */
  fetch?: FetchLike | undefined;
  /** The time one attempt may take, from sending to the end of the body, in ms. Default 30 s. */
  timeout?: number | undefined;
  /**
   * The time a whole call may take, every attempt, retry wait and the body included, in ms.
   * Default 60 s; `Infinity` for none.
   */
  deadline?: number | undefined;
  /** Retry behaviour; fields left out keep their defaults. */
  retry?: Partial<RetryPolicy> | undefined;
  /** Appended to the `User-Agent` (`tswa/<version> node/<version> <yours>`). */
  userAgent?: string | undefined;
  /** Where retries are logged (warn). Default: silent. */
  logger?: Logger | undefined;
}

/** One call through the transport. */
export interface TransportRequest {
  /** The HTTP method. */
  method: string;
  /** The full URL. */
  url: string;
  /** Request headers; a `user-agent` naming tswa is added. */
  headers?: Record<string, string> | undefined;
  /**
   * The body, or a function that makes it: use a function for a body that can be read only once
   * (a stream), so each attempt gets a fresh one.
   */
  body?: BodyInit | (() => BodyInit) | undefined;
  /**
   * Whether repeating the call is harmless. Default: true for GET and HEAD only. A call that is
   * not idempotent is retried only when it certainly did not reach the server, or when
   * `isTransient` says the server asks for a retry.
   */
  idempotent?: boolean | undefined;
  /** Overrides the transport's timeout for this call (ms); `Infinity` for none. */
  timeout?: number | undefined;
  /** Overrides the transport's deadline for this call (ms); `Infinity` for none. */
  deadline?: number | undefined;
  /** Aborts the call (and any retry wait). */
  signal?: AbortSignal | undefined;
  /**
   * What fetch does with a redirect. Default `"follow"`; `"manual"` returns the 3xx answer, for
   * a caller that checks each hop (media downloads check every URL against `allowUrl`).
   */
  redirect?: RequestRedirect | undefined;
  /** Identifies the call in log lines. */
  requestId?: string | undefined;
  /** Reads a failed response and says whether the server marked the failure as transient. */
  isTransient?: ((response: Response) => Promise<boolean>) | undefined;
}

/**
 * The HTTP layer under the Graph client and the media downloader: a fetch-compatible function,
 * a per-attempt timeout, and bounded retries with jittered exponential backoff that honour
 * `Retry-After`.
 *
 * Retried: network failures and timeouts of idempotent calls; failures of any call that never
 * reached the server (connection refused, DNS); 429 and 5xx of idempotent calls; and any response
 * `isTransient` marks (Graph's `is_transient`). Not retried: a POST that may have reached the
 * server, since Graph has no idempotency key and a repeat could send a message twice.
 *
 * @example
 * ```ts
 * import { HttpTransport } from "@tswa/core";
 *
 * const transport = new HttpTransport({ timeout: 10_000, retry: { maxRetries: 4 } });
 * const response = await transport.send({ method: "GET", url: "https://example.com/file" });
 * ```
 */
export class HttpTransport {
  readonly #fetch: FetchLike;
  readonly #timeout: number;
  readonly #deadline: number;
  readonly #retry: RetryPolicy;
  readonly #userAgent: string;
  readonly #logger: Logger;

  constructor(options: TransportOptions = {}) {
    this.#fetch = options.fetch ?? defaultFetch;
    this.#timeout = options.timeout ?? 30_000;
    this.#deadline = options.deadline ?? 60_000;
    this.#retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.#logger = options.logger ?? silentLogger;
    this.#userAgent = [`tswa/${VERSION}`, `node/${process.version}`, options.userAgent]
      .filter(Boolean)
      .join(" ");
    if (!(this.#timeout > 0)) throw new TypeError("HttpTransport: timeout must be positive");
    if (!(this.#deadline > 0)) throw new TypeError("HttpTransport: deadline must be positive");
    if (!Number.isInteger(this.#retry.maxRetries) || this.#retry.maxRetries < 0) {
      throw new TypeError("HttpTransport: retry.maxRetries must be a whole number >= 0");
    }
  }

  /**
   * Sends a call, retrying as described above.
   *
   * @returns The last response, whatever its status (the caller turns errors into types).
   * @throws {@link WhatsAppTimeoutError} when the last attempt timed out or the deadline
   *   passed, {@link WhatsAppNetworkError} when it got no response, or the signal's reason when
   *   aborted.
   */
  async send(request: TransportRequest): Promise<Response> {
    const method = request.method.toUpperCase();
    const idempotent = request.idempotent ?? (method === "GET" || method === "HEAD");
    const timeout = request.timeout ?? this.#timeout;
    const call = new CallDeadline(method, request, request.deadline ?? this.#deadline);
    const headers = { "user-agent": this.#userAgent, ...request.headers };
    for (let retry = 0; ; retry++) {
      const canRetry = retry < this.#retry.maxRetries;
      let response: Response;
      try {
        response = await this.#attempt(method, request, headers, timeout, call);
      } catch (error) {
        const retryable =
          error instanceof WhatsAppNetworkError &&
          (idempotent || (error.neverSent && !(error instanceof WhatsAppTimeoutError)));
        const delay = backoffDelay(retry, this.#retry);
        if (!canRetry || !retryable || !call.allows(delay)) throw error;
        this.#logRetry(method, request, retry, delay, error.code ?? error.name);
        await call.sleep(delay);
        continue;
      }
      if (response.ok || !canRetry) return response;
      const wanted =
        (idempotent && (response.status === 429 || response.status >= 500)) ||
        ((await request.isTransient?.(response.clone())) ?? false);
      if (!wanted) return response;
      const after = parseRetryAfter(response.headers.get("retry-after"));
      if (after !== undefined && after > this.#retry.maxRetryAfter) return response;
      const delay = after ?? backoffDelay(retry, this.#retry);
      // A wait that would end past the deadline is not worth starting: answer with what came.
      if (!call.allows(delay)) return response;
      // Release the connection; not awaited, since some fetch wrappers never settle cancel().
      response.body?.cancel().catch(() => undefined);
      this.#logRetry(method, request, retry, delay, `HTTP ${response.status}`);
      await call.sleep(delay);
    }
  }

  #logRetry(
    method: string,
    request: TransportRequest,
    retry: number,
    delay: number,
    reason: string,
  ) {
    const url = new URL(request.url);
    // Only origin and path: CDN URLs carry access tokens in their query.
    this.#logger.warn("retrying", {
      requestId: request.requestId,
      method,
      url: `${url.origin}${url.pathname}`,
      attempt: retry + 2,
      delayMs: Math.round(delay),
      reason,
    });
  }

  async #attempt(
    method: string,
    request: TransportRequest,
    headers: Record<string, string>,
    timeout: number,
    call: CallDeadline,
  ): Promise<Response> {
    const { signal, timedOut } = call.attempt(timeout);
    const body = typeof request.body === "function" ? request.body() : request.body;
    try {
      return await this.#fetch(request.url, {
        method,
        headers,
        body,
        signal,
        ...(request.redirect ? { redirect: request.redirect } : {}),
        ...(isStream(body) ? { duplex: "half" } : {}),
      } as RequestInit);
    } catch (error) {
      call.throwIfOver(error);
      if (timedOut()) throw new WhatsAppTimeoutError(method, request.url, timeout, error);
      throw new WhatsAppNetworkError(method, request.url, error);
    }
  }
}

function isStream(body: unknown): boolean {
  return (
    typeof body === "object" &&
    body !== null &&
    typeof (body as ReadableStream).getReader === "function"
  );
}
