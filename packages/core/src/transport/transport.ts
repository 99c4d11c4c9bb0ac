import { type Logger, silentLogger } from "../logging.js";
import { VERSION } from "../version.js";
import { fetchInit, runAttempt } from "./attempt.js";
import { CallDeadline } from "./call-deadline.js";
import { type ChunkBody, chunkStream, isChunkBody } from "./chunk-body.js";
import { defaultFetch, type FetchLike } from "./default-fetch.js";
import { globalFetchIsNative } from "./native-fetch.js";
import { WhatsAppNetworkError, WhatsAppTimeoutError } from "./network-errors.js";
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, type RetryPolicy } from "./retry.js";
import { sharedAgent } from "./shared-agent.js";
import { type BodyReader, StreamExchange, type StreamedResponse } from "./stream-exchange.js";
import { TextExchange } from "./text-exchange.js";
import { type TextResponse, textResponseFrom } from "./text-response.js";

/** Options of {@link HttpTransport}. */
export interface TransportOptions {
  /**
   * The fetch-compatible function for every call. Default: the global `fetch` on tswa's
   * keep-alive Agent, except that {@link HttpTransport.sendText} skips fetch and sends through
   * that Agent directly while the global `fetch` is Node's own (not msw's or another wrapper).
   */
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
   * (a stream), so each attempt gets a fresh one. The function may also make an async iterable
   * of byte chunks, read only as fast as the connection takes them.
   */
  body?: BodyInit | (() => BodyInit | ChunkBody) | undefined;
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

/** One call through {@link HttpTransport.sendText}, whose answer is read whole as text. */
export interface TextTransportRequest extends Omit<TransportRequest, "isTransient"> {
  /** Says whether a failed answer was marked transient by the server (Graph's `is_transient`). */
  isTransient?: ((answer: TextResponse) => boolean) | undefined;
}

/** One call through {@link HttpTransport.sendStreamed}, whose body is read as it arrives. */
export type StreamedTransportRequest = Omit<TransportRequest, "isTransient">;

/** How the retry loop reads one kind of answer. */
interface AnswerReader<R> {
  status(answer: R): number;
  retryAfter(answer: R): string | null;
  isTransient(answer: R): boolean | Promise<boolean>;
  /** Lets go of an answer that will not be returned (its connection goes back to the pool). */
  release(answer: R): void;
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
  /** Whether no fetch was given, so {@link HttpTransport.sendText} may skip the global one. */
  readonly #mayDispatch: boolean;
  readonly #timeout: number;
  readonly #deadline: number;
  readonly #retry: RetryPolicy;
  readonly #userAgent: string;
  readonly #logger: Logger;

  constructor(options: TransportOptions = {}) {
    this.#fetch = options.fetch ?? defaultFetch;
    this.#mayDispatch = options.fetch === undefined;
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
   * @returns The last response, whatever its status (the caller turns errors into types). Its
   *   body is still to be read, within the attempt's timeout and the call's deadline.
   * @throws {@link WhatsAppTimeoutError} when the last attempt timed out or the deadline
   *   passed, {@link WhatsAppNetworkError} when it got no response, or the signal's reason when
   *   aborted.
   */
  send(request: TransportRequest): Promise<Response> {
    const { method, timeout, call, headers } = this.#start(request);
    const reader: AnswerReader<Response> = {
      status: (response) => response.status,
      retryAfter: (response) => response.headers.get("retry-after"),
      isTransient: async (response) => (await request.isTransient?.(response.clone())) ?? false,
      // Not awaited, since some fetch wrappers never settle cancel().
      release: (response) => void response.body?.cancel().catch(() => undefined),
    };
    return this.#retrying(method, request, call, reader, () =>
      this.#fetchAttempt(method, request, headers, call, timeout, makeBody(request), (r) => r),
    );
  }

  /**
   * Sends a call like {@link HttpTransport.send} and reads the whole answer as text within the
   * attempt's timeout, for JSON APIs such as Graph. A body that fails halfway is retried as a
   * failed attempt would be (for idempotent calls).
   *
   * Without a `fetch` option, a call whose body is a string, bytes, a stream or chunks made by a
   * body function (or none) goes straight to tswa's keep-alive undici Agent, about 4x faster
   * than the global `fetch` on Node 20 for JSON and about 1.5x for a streamed upload, with the
   * same retries, timeouts and errors; it uses the global `fetch` instead whenever that is not
   * Node's own, so msw and other interceptors see every call. Forms and Blobs go through fetch.
   *
   * @throws as {@link HttpTransport.send}.
   */
  sendText(request: TextTransportRequest): Promise<TextResponse> {
    const { method, timeout, call, headers } = this.#start(request);
    const reader: AnswerReader<TextResponse> = {
      status: (answer) => answer.status,
      retryAfter: (answer) => answer.header("retry-after"),
      isTransient: (answer) => request.isTransient?.(answer) ?? false,
      release: () => {},
    };
    const dispatch = this.#mayDispatch && request.redirect === undefined && globalFetchIsNative();
    const direct = (body: DirectBody) => {
      const exchange = new TextExchange();
      return runAttempt(call, timeout, method, request.url, exchange, async () =>
        exchange.send(await sharedAgent(), request.url, method, headers, body),
      );
    };
    return this.#retrying(method, request, call, reader, () => {
      // Made per attempt, so a body function gives each attempt a fresh stream.
      const body = makeBody(request);
      return dispatch && isDirectBody(body)
        ? direct(body)
        : this.#fetchAttempt(method, request, headers, call, timeout, body, async (response) =>
            textResponseFrom(response, await response.text()),
          );
    }).finally(() => call.finish());
  }

  /**
   * Sends a call like {@link HttpTransport.send} and answers once the headers arrived, with a
   * body to read piece by piece (a download). The attempt's timeout and the call's deadline go
   * on bounding the body; the call ends when the body is read to its end, fails or is cancelled.
   *
   * Without a `fetch` option, a call with `redirect: "manual"` and a string, bytes or no body
   * goes straight to tswa's keep-alive undici Agent while the global `fetch` is Node's own: no
   * `Response` or web stream, and the socket paused while the reader is behind (about twice as
   * fast as fetch's body stream for a large file on Node 20). Anything else goes through fetch.
   * fetch asks for compression and decodes it; the direct path does neither, so send
   * `accept-encoding: identity` when the bytes must be the same on both (media downloads do).
   *
   * @throws as {@link HttpTransport.send}.
   * @example
   * ```ts
   * import { HttpTransport } from "@tswa/core";
   *
   * const transport = new HttpTransport();
   * const answer = await transport.sendStreamed({
   *   method: "GET",
   *   url: "https://example.com/video.mp4",
   *   redirect: "manual",
   * });
   * let size = 0;
   * for (let piece = await answer.body.read(); !piece.done; piece = await answer.body.read()) {
   *   size += piece.value.byteLength;
   * }
   * ```
   */
  async sendStreamed(request: StreamedTransportRequest): Promise<StreamedResponse> {
    const { method, timeout, call, headers } = this.#start(request);
    const reader: AnswerReader<StreamedResponse> = {
      status: (answer) => answer.status,
      retryAfter: (answer) => answer.headers.get("retry-after"),
      isTransient: () => false,
      release: (answer) => void answer.body.cancel().catch(() => undefined),
    };
    const dispatch = this.#mayDispatch && request.redirect === "manual" && globalFetchIsNative();
    let answer: StreamedResponse;
    try {
      answer = await this.#retrying(method, request, call, reader, () => {
        const body = makeBody(request);
        if (
          dispatch &&
          (body === undefined || typeof body === "string" || body instanceof Uint8Array)
        ) {
          const exchange = new StreamExchange();
          return runAttempt(call, timeout, method, request.url, exchange, async () =>
            exchange.send(await sharedAgent(), request.url, method, headers, body),
          );
        }
        return this.#fetchAttempt(method, request, headers, call, timeout, body, streamedFrom);
      });
    } catch (error) {
      call.finish();
      throw error;
    }
    return { ...answer, body: finishing(answer.body, call) };
  }

  /** What every attempt of a call shares: its method, timeout, deadline and headers. */
  #start(request: TransportRequest | TextTransportRequest) {
    const method = request.method.toUpperCase();
    return {
      method,
      timeout: request.timeout ?? this.#timeout,
      call: new CallDeadline(method, request, request.deadline ?? this.#deadline),
      headers: { "user-agent": this.#userAgent, ...request.headers },
    };
  }

  /** One attempt through the fetch function; `read` turns the response into the answer. */
  #fetchAttempt<R>(
    method: string,
    request: TransportRequest | TextTransportRequest,
    headers: Record<string, string>,
    call: CallDeadline,
    timeout: number,
    made: BodyInit | ChunkBody | undefined,
    read: (response: Response) => R | Promise<R>,
  ): Promise<R> {
    const body = isChunkBody(made) ? chunkStream(made) : made;
    const controller = new AbortController();
    return runAttempt(call, timeout, method, request.url, controller, async () =>
      read(
        await this.#fetch(
          request.url,
          fetchInit(method, headers, body, controller.signal, request.redirect),
        ),
      ),
    );
  }

  /** Runs attempts, retrying as the class describes, and returns the answer to keep. */
  async #retrying<R>(
    method: string,
    request: TransportRequest | TextTransportRequest,
    call: CallDeadline,
    reader: AnswerReader<R>,
    attempt: () => Promise<R>,
  ): Promise<R> {
    const idempotent = request.idempotent ?? (method === "GET" || method === "HEAD");
    for (let retry = 0; ; retry++) {
      const canRetry = retry < this.#retry.maxRetries;
      let answer: R;
      try {
        answer = await attempt();
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
      const status = reader.status(answer);
      if ((status >= 200 && status < 300) || !canRetry) return answer;
      const wanted =
        (idempotent && (status === 429 || status >= 500)) || (await reader.isTransient(answer));
      if (!wanted) return answer;
      const after = parseRetryAfter(reader.retryAfter(answer));
      if (after !== undefined && after > this.#retry.maxRetryAfter) return answer;
      const delay = after ?? backoffDelay(retry, this.#retry);
      // A wait that would end past the deadline is not worth starting: answer with what came.
      if (!call.allows(delay)) return answer;
      reader.release(answer);
      this.#logRetry(method, request, retry, delay, `HTTP ${status}`);
      await call.sleep(delay);
    }
  }

  #logRetry(
    method: string,
    request: TransportRequest | TextTransportRequest,
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
}

/** A body undici's dispatcher sends as it is: text, bytes, or chunks (a web stream is some). */
type DirectBody = string | Uint8Array | ChunkBody | undefined;

/** One attempt's body: the request's, or a fresh one from its body function. */
function makeBody(request: TransportRequest | TextTransportRequest) {
  return typeof request.body === "function" ? request.body() : request.body;
}

/** Whether the direct path can send a body; forms, `URLSearchParams` and Blobs go to fetch. */
function isDirectBody(body: BodyInit | ChunkBody | Uint8Array | undefined): body is DirectBody {
  return (
    body === undefined ||
    typeof body === "string" ||
    body instanceof Uint8Array ||
    body instanceof ReadableStream ||
    isChunkBody(body)
  );
}

/** A fetch `Response` as a {@link StreamedResponse}. */
function streamedFrom(response: Response): StreamedResponse {
  const reader = response.body?.getReader();
  return {
    status: response.status,
    headers: response.headers,
    body: {
      read: () => reader?.read() ?? Promise.resolve({ done: true, value: undefined }),
      cancel: async (reason) => {
        await reader?.cancel(reason).catch(() => undefined);
      },
    },
  };
}

/** `body`, ending `call` (its timers, its hold on the caller's signal) when the body is over. */
function finishing(body: BodyReader, call: CallDeadline): BodyReader {
  return {
    read: () =>
      body.read().then(
        (piece) => {
          if (piece.done) call.finish();
          return piece;
        },
        (error: unknown) => {
          call.finish();
          throw error;
        },
      ),
    cancel: (reason) => {
      call.finish();
      return body.cancel(reason);
    },
  };
}
