import { WhatsAppTimeoutError } from "./network-errors.js";

/** The largest delay `setTimeout` takes; longer ones fire at once. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * The deadline of one whole call through the transport: every attempt, retry wait and body
 * read included. It aborts the attempt in flight (or the retry wait) when the caller's signal
 * aborts or the deadline passes, whichever comes first.
 *
 * Built from plain callbacks and timers: `AbortSignal.any` costs about 60 µs per call on
 * Node 20, a fifth of a whole send to a local server (measured in `bench/send.ts`), and even
 * one `AbortController` about 10 µs, so the attempt's caller decides what aborting means.
 */
export class CallDeadline {
  readonly #method: string;
  readonly #url: string;
  readonly #ms: number;
  readonly #ends: number;
  readonly #caller: AbortSignal | undefined;
  #expired = false;
  /** Aborts what runs now: the attempt in flight, or the retry wait. */
  #current: ((reason: unknown) => void) | undefined;
  #deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  #attemptTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #onAbort = () => this.#current?.(this.#caller?.reason);

  constructor(
    method: string,
    request: { url: string; signal?: AbortSignal | undefined },
    ms: number,
  ) {
    this.#method = method;
    this.#url = request.url;
    this.#ms = ms;
    this.#ends = performance.now() + ms;
    this.#caller = request.signal;
    if (Number.isFinite(ms)) {
      this.#deadlineTimer = setTimeout(
        () => {
          this.#expired = true;
          this.#current?.(timeoutReason());
        },
        Math.min(ms, MAX_TIMER),
      ).unref();
    }
    this.#caller?.addEventListener("abort", this.#onAbort, { once: true });
  }

  /**
   * Starts one attempt: `onAbort` is called once, with the reason, after `timeout` ms (a
   * `TimeoutError`), on the caller's signal, or at the deadline (at once when one of them
   * already ended the call). `timedOut()` tells whether the attempt's own timeout fired.
   */
  attempt(timeout: number, onAbort: (reason: unknown) => void): { timedOut: () => boolean } {
    let aborted = false;
    let timedOut = false;
    const abort = (reason: unknown) => {
      if (this.#current === abort) this.#current = undefined;
      if (aborted) return;
      aborted = true;
      onAbort(reason);
    };
    if (this.#caller?.aborted) abort(this.#caller.reason);
    else if (this.#expired) abort(timeoutReason());
    else {
      this.#current = abort;
      if (Number.isFinite(timeout)) {
        clearTimeout(this.#attemptTimer);
        this.#attemptTimer = setTimeout(
          () => {
            timedOut = !aborted;
            abort(timeoutReason());
          },
          Math.min(timeout, MAX_TIMER),
        ).unref();
      }
    }
    return { timedOut: () => timedOut };
  }

  /**
   * Ends the call once its answer is read whole: stops its timers and lets go of the caller's
   * signal, so neither outlives the call (a long-lived signal shared by many calls would
   * otherwise collect one listener per call).
   */
  finish(): void {
    clearTimeout(this.#deadlineTimer);
    clearTimeout(this.#attemptTimer);
    this.#current = undefined;
    this.#caller?.removeEventListener("abort", this.#onAbort);
  }

  /** Whether a wait of `ms` still ends before the deadline. */
  allows(ms: number): boolean {
    return performance.now() + ms < this.#ends;
  }

  /**
   * Throws the caller's abort reason, or a {@link WhatsAppTimeoutError} naming the deadline,
   * when either ended the call; returns otherwise.
   */
  throwIfOver(cause?: unknown): void {
    if (this.#caller?.aborted) throw this.#caller.reason;
    if (this.#expired) throw new WhatsAppTimeoutError(this.#method, this.#url, this.#ms, cause);
  }

  /** Waits `ms`, unless the caller aborts or the deadline passes first. */
  sleep(ms: number): Promise<void> {
    this.throwIfOver();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#current = undefined;
        resolve();
      }, ms);
      this.#current = (reason) => {
        clearTimeout(timer);
        this.#current = undefined;
        reject(reason);
      };
    }).catch((error: unknown) => {
      this.throwIfOver(error);
      throw error;
    });
  }
}

function timeoutReason(): DOMException {
  return new DOMException("The operation was aborted due to timeout", "TimeoutError");
}
