import type { IncomingHttpHeaders } from "node:http";
import type { Dispatcher } from "undici";
import { targetOf } from "./dispatch-target.js";

/** Reads a body piece by piece, as a web stream's reader does. */
export interface BodyReader {
  /** The next piece, or `done` at the end. Rejects when the body broke off or was aborted. */
  read(): Promise<ReadableStreamReadResult<Uint8Array>>;
  /**
   * Stops reading: the rest of the body is not downloaded, and a read pending then or made
   * later ends (`done`) unless the body had already failed. Never rejects.
   */
  cancel(reason?: unknown): Promise<void>;
}

/** An answer of {@link HttpTransport.sendStreamed}: its body is read as it arrives. */
export interface StreamedResponse {
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The body. Read it to the end or cancel it, so its connection is freed. */
  readonly body: BodyReader;
}

/** Bytes held between the socket and the reader before the socket is paused. */
const HIGH_WATER_MARK = 1024 * 1024;

const DONE: ReadableStreamReadResult<Uint8Array> = { done: true, value: undefined };

/**
 * One request sent straight to an undici dispatcher, its body handed to the reader piece by
 * piece: no `Response`, web stream or Node stream in between. The socket is paused while more
 * than {@link HIGH_WATER_MARK} bytes wait for the reader, so memory does not grow with the body.
 */
export class StreamExchange implements Dispatcher.DispatchHandler, BodyReader {
  #resolveStart: (answer: StreamedResponse) => void = () => undefined;
  #rejectStart: (error: unknown) => void = () => undefined;
  #controller: Dispatcher.DispatchController | undefined;
  #aborted = false;
  #reason: unknown;
  #started = false;
  #ended = false;
  #cancelled = false;
  #failure: { error: unknown } | undefined;
  #queue: Buffer[] = [];
  #queued = 0;
  #paused = false;
  /** Reads waiting for the next piece, oldest first (a caller may read again before one settles). */
  #waiting: {
    resolve: (result: ReadableStreamReadResult<Uint8Array>) => void;
    reject: (error: unknown) => void;
  }[] = [];

  /** Sends the request; the promise settles once the answer's headers arrived, or it failed. */
  send(
    dispatcher: Dispatcher,
    url: string,
    method: string,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
  ): Promise<StreamedResponse> {
    return new Promise<StreamedResponse>((resolve, reject) => {
      this.#resolveStart = resolve;
      this.#rejectStart = reject;
      if (this.#aborted) return reject(this.#reason);
      const { origin, path } = targetOf(url);
      try {
        dispatcher.dispatch(
          { origin, path, method: method as Dispatcher.HttpMethod, headers, body },
          this,
        );
      } catch (error) {
        reject(error);
      }
    });
  }

  /**
   * Aborts the exchange with `reason`: the send promise rejects when the answer has not
   * started, else the pending and later reads do. Nothing happens once the body ended.
   */
  abort(reason: unknown): void {
    if (this.#aborted || this.#ended || this.#failure) return;
    this.#aborted = true;
    this.#reason = reason;
    // undici hands over its controller only once the request has a connection: a caller
    // waiting for a free one (or for the connect) hears at once, and the request is dropped
    // unsent when its turn comes.
    if (!this.#started) this.#rejectStart(reason);
    this.#controller?.abort(reason as Error);
  }

  read(): Promise<ReadableStreamReadResult<Uint8Array>> {
    if (this.#cancelled) return Promise.resolve(DONE);
    const piece = this.#queue.shift();
    if (piece !== undefined) {
      this.#queued -= piece.byteLength;
      if (this.#paused && this.#queued <= HIGH_WATER_MARK / 2) this.#resume();
      return Promise.resolve({ done: false, value: piece });
    }
    if (this.#failure) return Promise.reject(this.#failure.error);
    if (this.#ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      // Waiting first: resuming may hand over the next pieces, or the end, at once.
      if (this.#paused) this.#resume();
    });
  }

  /**
   * As a web stream reader's cancel: the pending read and every later one see the end (a body
   * that already failed keeps failing), and the connection is closed unless the body ended.
   */
  async cancel(reason?: unknown): Promise<void> {
    if (this.#failure) return;
    this.#cancelled = true;
    this.#queue = [];
    this.#queued = 0;
    for (const waiting of this.#waiting.splice(0)) waiting.resolve(DONE);
    this.abort(reason ?? new DOMException("The body was cancelled", "AbortError"));
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#aborted) controller.abort(this.#reason as Error);
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: IncomingHttpHeaders,
  ): void {
    // 1xx answers come before the real one.
    if (statusCode < 200) return;
    this.#started = true;
    this.#resolveStart({ status: statusCode, headers: headersOf(headers), body: this });
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    const waiting = this.#waiting.shift();
    if (waiting) {
      waiting.resolve({ done: false, value: chunk });
      return;
    }
    this.#queue.push(chunk);
    this.#queued += chunk.byteLength;
    if (this.#queued > HIGH_WATER_MARK && !this.#paused) {
      this.#paused = true;
      controller.pause();
    }
  }

  onResponseEnd(): void {
    this.#ended = true;
    for (const waiting of this.#waiting.splice(0)) waiting.resolve(DONE);
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    const reason = this.#aborted ? this.#reason : error;
    if (!this.#started) {
      this.#rejectStart(reason);
      return;
    }
    this.#failure = { error: reason };
    this.#queue = [];
    this.#queued = 0;
    for (const waiting of this.#waiting.splice(0)) waiting.reject(reason);
  }

  #resume(): void {
    this.#paused = false;
    this.#controller?.resume();
  }
}

/** undici's header object (lowercase names, repeated ones as arrays) as a `Headers`. */
function headersOf(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else headers.append(name, value);
  }
  return headers;
}
