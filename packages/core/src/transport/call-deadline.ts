import { WhatsAppTimeoutError } from "./network-errors.js";

/**
 * The deadline of one whole call through the transport: every attempt, retry wait and body
 * read included. Its `signal` aborts on the caller's signal or at the deadline, whichever
 * comes first.
 */
export class CallDeadline {
  /** Aborts on the caller's signal or at the deadline; `undefined` when there is neither. */
  readonly signal: AbortSignal | undefined;
  readonly #method: string;
  readonly #url: string;
  readonly #ms: number;
  readonly #ends: number;
  readonly #caller: AbortSignal | undefined;
  readonly #timer: AbortSignal | undefined;

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
    this.#timer = Number.isFinite(ms) ? AbortSignal.timeout(Math.min(ms, 2 ** 31 - 1)) : undefined;
    const signals = [this.#caller, this.#timer].filter((s): s is AbortSignal => s !== undefined);
    this.signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
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
    if (this.#timer?.aborted) {
      throw new WhatsAppTimeoutError(this.#method, this.#url, this.#ms, cause);
    }
  }

  /** Waits `ms`, unless the caller aborts or the deadline passes first. */
  async sleep(ms: number): Promise<void> {
    try {
      await sleep(ms, this.signal);
    } catch (error) {
      this.throwIfOver(error);
      throw error;
    }
  }
}

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
