import type { UpdateFilter } from "../webhook/handlers.js";
import { ListenerCanceled, ListenerStopped, ListenerTimeout } from "./errors.js";
import type { ListenableUpdate } from "./listenable.js";

/**
 * What a {@link PendingListener} is made from.
 *
 * @internal
 */
export interface PendingListenerInit {
  id: string;
  /** The user id it is recorded under in the store. */
  user: string;
  phoneId: string | undefined;
  filters: readonly UpdateFilter<ListenableUpdate>[];
  cancelers: readonly UpdateFilter<ListenableUpdate>[];
  /** Hold back the user's other actions from the handlers while waiting. */
  ignoreUpdates: boolean;
  timeout: number | undefined;
  signal: AbortSignal | undefined;
  /** Called once, when it resolves or rejects. */
  onSettled: (listener: PendingListener) => void;
}

/**
 * One `waitForUpdate` in progress: its promise, its filters, and the timer and signal that can
 * end it. It settles once; every way of settling clears the timer, the signal and its record.
 * No closure per listener beyond the promise's own: the timer and the signal call back into
 * the object (10,000 listeners must stay cheap).
 *
 * @internal
 */
export class PendingListener {
  readonly id: string;
  readonly user: string;
  readonly phoneId: string | undefined;
  readonly filters: readonly UpdateFilter<ListenableUpdate>[];
  readonly cancelers: readonly UpdateFilter<ListenableUpdate>[];
  readonly ignoreUpdates: boolean;
  readonly promise: Promise<ListenableUpdate>;
  #settled = false;
  #resolve!: (update: ListenableUpdate) => void;
  #reject!: (error: unknown) => void;
  readonly #timeout: number | undefined;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #signal: AbortSignal | undefined;
  readonly #onSettled: (listener: PendingListener) => void;

  constructor(init: PendingListenerInit) {
    this.id = init.id;
    this.user = init.user;
    this.phoneId = init.phoneId;
    this.filters = init.filters;
    this.cancelers = init.cancelers;
    this.ignoreUpdates = init.ignoreUpdates;
    this.#onSettled = init.onSettled;
    this.promise = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#timeout = init.timeout;
    this.#timer = init.timeout === undefined ? undefined : setTimeout(expire, init.timeout, this);
    // A waiting listener does not keep the process alive; the server does. (Runtimes whose
    // timers are numbers have no unref.)
    (this.#timer as { unref?: () => void } | undefined)?.unref?.();
    this.#signal = init.signal;
    this.#signal?.addEventListener("abort", this, { once: true });
  }

  /** Whether it resolved or rejected already. */
  get settled(): boolean {
    return this.#settled;
  }

  /** The update matched the filters. */
  resolve(update: ListenableUpdate): void {
    if (this.#settle()) this.#resolve(update);
  }

  /** The update matched the cancelers. */
  cancel(update: ListenableUpdate): void {
    this.reject(new ListenerCanceled(update));
  }

  /** Stops it with {@link ListenerStopped}. */
  stop(reason: string | undefined, cause?: unknown): void {
    this.reject(new ListenerStopped(reason, cause === undefined ? undefined : { cause }));
  }

  /** Rejects with `error` (a filter threw it, or a way of ending it). */
  reject(error: unknown): void {
    if (this.#settle()) this.#reject(error);
  }

  /** The signal aborted (EventTarget calls it). */
  handleEvent(): void {
    this.stop("aborted", this.#signal?.reason);
  }

  /** The timer fired. */
  expire(): void {
    this.reject(new ListenerTimeout(this.#timeout as number));
  }

  #settle(): boolean {
    if (this.#settled) return false;
    this.#settled = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#signal?.removeEventListener("abort", this);
    this.#onSettled(this);
    return true;
  }
}

function expire(listener: PendingListener): void {
  listener.expire();
}
