import { randomUUID } from "node:crypto";
import type { WhatsAppError } from "@tswa/core";
import type { Update } from "../updates/kinds.js";
import type { User } from "../updates/user.js";
import { WebhookHandlerError } from "../webhook/errors.js";
import type { UpdateFilter } from "../webhook/handlers.js";
import type { Filters } from "../webhook/on-signatures.js";
import { ListenerStopped, ListenerStoreError } from "./errors.js";
import { isListenable, type ListenableUpdate } from "./listenable.js";
import { offerTo } from "./offer.js";
import type { WaitForUpdateOptions } from "./options.js";
import { PendingListener } from "./pending-listener.js";
import type { ListenerRecord, ListenerStore, MaybePromise } from "./store.js";

/** `setTimeout`'s limit: longer timeouts would fire at once. */
const MAX_TIMEOUT = 2_147_483_647;

/**
 * A delivery in progress whose handlers may start waiting for its user (see `whileHandling`).
 * Deliveries for one user at once chain through `previous`.
 */
interface Hold {
  released: boolean;
  done: boolean;
  onRelease: (() => void) | undefined;
  previous: Hold | undefined;
}

/** What {@link UpdateListeners} needs from its client. */
export interface UpdateListenersOptions {
  /** Where who-waits-for-whom is recorded. */
  store: ListenerStore;
  /** The client's `continueHandling`: then an update a listener took reaches the handlers too. */
  continueHandling: boolean;
  /** Receives the store's failures. */
  report: (error: WhatsAppError) => void;
}

/**
 * The listeners of a client (pywa's `wa.listen`): at most one per user, each waiting for the
 * first update from that user that its filters pass. The webhook dispatch offers each update
 * here before the handlers; an update a listener takes does not reach them.
 */
export class UpdateListeners {
  readonly #live = new Map<string, PendingListener>();
  readonly #options: UpdateListenersOptions;
  readonly #settled = (listener: PendingListener): void => this.#forget(listener);
  /** The deliveries in progress, the latest per user (by `preferredId`). */
  readonly #holds = new Map<string, Hold>();
  #closed = false;

  constructor(options: UpdateListenersOptions) {
    this.#options = options;
  }

  /** The listeners waiting in this process. */
  get size(): number {
    return this.#live.size;
  }

  /**
   * Waits for the first update from `from` that `filters` pass. A listener already waiting for
   * the same user is stopped (`reason: "replaced"`): one listener per user, the newest wins.
   * Updates that arrived before the call are not seen. After {@link UpdateListeners.close}, it
   * rejects at once with {@link ListenerStopped}.
   *
   * @throws TypeError (synchronously) for a `from`, `timeout` or filter that cannot be used.
   */
  wait(options: WaitForUpdateOptions<Filters<ListenableUpdate>>): Promise<ListenableUpdate> {
    const user = userOf(options.from);
    const timeout = checkTimeout(options.timeout);
    const filters = filterList("filters", options.filters);
    const cancelers = filterList("cancelers", options.cancelers);
    const { signal } = options;
    // No webhook reaches a closed client: waiting would only wait for the timeout.
    if (this.#closed) return Promise.reject(new ListenerStopped("closed"));
    if (signal?.aborted)
      return Promise.reject(new ListenerStopped("aborted", { cause: signal.reason }));
    const listener = new PendingListener({
      id: randomUUID(),
      user,
      phoneId: options.phoneId,
      filters,
      cancelers,
      ignoreUpdates: options.ignoreUpdates ?? false,
      timeout,
      signal,
      onSettled: this.#settled,
    });
    this.#live.set(listener.id, listener);
    const record: ListenerRecord = {
      id: listener.id,
      phoneId: listener.phoneId,
      expiresAt: timeout === undefined ? undefined : Date.now() + timeout,
    };
    let previous: MaybePromise<ListenerRecord | undefined>;
    try {
      previous = this.#options.store.put(user, record);
    } catch (error) {
      listener.reject(error);
      return listener.promise;
    }
    if (previous instanceof Promise) {
      previous.then(
        (replaced) => this.#registered(listener, replaced),
        (error: unknown) => listener.reject(error),
      );
    } else {
      this.#registered(listener, previous);
    }
    this.#release(user);
    return listener.promise;
  }

  /**
   * Runs the handlers of `update` (`dispatch`) so that a handler that starts waiting for the
   * update's user frees the delivery: the promise returned resolves (`true`, handled) as soon
   * as the handler waits, while the handler goes on in the background (a failure of it then
   * goes to `report`). So a conversation waiting for its user's answer neither holds back the
   * updates after it in the same webhook (the answer among them) nor counts toward
   * `maxPendingUpdates` while it waits.
   */
  whileHandling(
    update: Update,
    dispatch: () => boolean | Promise<boolean>,
  ): boolean | Promise<boolean> {
    if (!isListenable(update)) return dispatch();
    const user = update.from.preferredId;
    const hold: Hold = {
      released: false,
      done: false,
      onRelease: undefined,
      previous: this.#holds.get(user),
    };
    this.#holds.set(user, hold);
    let handled: boolean | Promise<boolean>;
    try {
      handled = dispatch();
    } catch (error) {
      this.#unhold(update, hold);
      throw error;
    }
    if (typeof handled === "boolean") {
      this.#unhold(update, hold);
      return handled;
    }
    const done = handled.finally(() => this.#unhold(update, hold));
    if (hold.released) return this.#detach(update, done);
    return new Promise<boolean>((resolve, reject) => {
      hold.onRelease = () => resolve(this.#detach(update, done));
      done.then(resolve, reject);
    });
  }

  /**
   * Offers an update to the listener waiting for its user, if any (see `offerTo`). With no
   * listener in this process it costs one size check.
   *
   * @returns Whether the handlers must not see the update; a promise only when the store or a
   *   filter answered with one.
   */
  offer(update: Update): boolean | Promise<boolean> {
    if (this.#live.size === 0 || !isListenable(update)) return false;
    let record: MaybePromise<ListenerRecord | undefined>;
    try {
      record = this.#lookup(update.from.waId, update.from.userId);
    } catch (error) {
      return this.#storeFailed(error);
    }
    return record instanceof Promise
      ? record.then((found) => this.#offer(found, update), this.#storeFailed)
      : this.#offer(record, update);
  }

  /**
   * Stops the listener waiting for `from`, which rejects with {@link ListenerStopped}.
   *
   * @returns Whether one was waiting (in this process).
   */
  async stop(from: string | User, reason?: string): Promise<boolean> {
    const record =
      typeof from === "string"
        ? await this.#options.store.get(userOf(from))
        : await this.#lookup(from.waId, from.userId);
    const listener = record && this.#live.get(record.id);
    if (!listener || listener.settled) return false;
    listener.stop(reason);
    return true;
  }

  /**
   * The client is closing: stops every listener of this process (`ListenerStopped`, reason
   * `"closed"`), and every later one at once.
   */
  close(): void {
    this.#closed = true;
    for (const listener of [...this.#live.values()]) listener.stop("closed");
  }

  /**
   * A listener now waits for `user`: their deliveries in progress are free to go on (the one
   * whose handler waits among them; the others only stop being waited for).
   */
  #release(user: string): void {
    for (let hold = this.#holds.get(user); hold; hold = hold.previous) {
      if (hold.released || hold.done) continue;
      hold.released = true;
      hold.onRelease?.();
    }
  }

  #unhold(update: ListenableUpdate, hold: Hold): void {
    hold.done = true;
    const user = update.from.preferredId;
    if (this.#holds.get(user) !== hold) return;
    let latest = hold.previous;
    while (latest?.done) latest = latest.previous;
    if (latest) this.#holds.set(user, latest);
    else this.#holds.delete(user);
  }

  /** The handlers go on in the background; what they throw is reported, as the receiver would. */
  #detach(update: ListenableUpdate, done: Promise<boolean>): true {
    done.catch((error: unknown) => this.#options.report(new WebhookHandlerError(update, error)));
    return true;
  }

  #registered(listener: PendingListener, replaced: ListenerRecord | undefined): void {
    // It ended while an async store recorded it: take the record back out.
    if (listener.settled) this.#forget(listener);
    else if (replaced && replaced.id !== listener.id) this.#live.get(replaced.id)?.stop("replaced");
  }

  #lookup(
    waId: string | undefined,
    userId: string | undefined,
  ): MaybePromise<ListenerRecord | undefined> {
    const { store } = this.#options;
    const first = waId === undefined ? undefined : store.get(waId);
    if (userId === undefined) return first;
    if (first instanceof Promise) return first.then((found) => found ?? store.get(userId));
    return first ?? store.get(userId);
  }

  #offer(record: ListenerRecord | undefined, update: ListenableUpdate): boolean | Promise<boolean> {
    const listener = record && this.#live.get(record.id);
    if (!listener || listener.settled) return false;
    if (listener.phoneId !== undefined && listener.phoneId !== update.metadata.phoneNumberId)
      return false;
    return offerTo(listener, update, this.#options.continueHandling);
  }

  #forget(listener: PendingListener): void {
    this.#live.delete(listener.id);
    try {
      const deleted = this.#options.store.delete(listener.user, listener.id);
      if (deleted instanceof Promise) deleted.catch(this.#storeFailed);
    } catch (error) {
      this.#storeFailed(error);
    }
  }

  readonly #storeFailed = (error: unknown): false => {
    this.#options.report(new ListenerStoreError(error));
    return false;
  };
}

function userOf(from: WaitForUpdateOptions["from"] | undefined): string {
  const user = typeof from === "string" ? from : from?.preferredId;
  if (typeof user !== "string" || user === "")
    throw new TypeError(
      "waitForUpdate: `from` must be the user's id (a phone number or a BSUID) or a User",
    );
  return user;
}

function checkTimeout(timeout: number | undefined): number | undefined {
  if (timeout === undefined) return undefined;
  if (!(typeof timeout === "number" && timeout > 0 && timeout <= MAX_TIMEOUT))
    throw new TypeError(
      `waitForUpdate: \`timeout\` must be a number of ms above 0 and at most ${MAX_TIMEOUT}`,
    );
  return timeout;
}

/** `filters` as a list, each checked to be a function. */
export function filterList<U>(
  name: string,
  filters: Filters<U> | undefined,
): readonly UpdateFilter<U>[] {
  const list: readonly UpdateFilter<U>[] =
    filters === undefined ? [] : Array.isArray(filters) ? filters : [filters as UpdateFilter<U>];
  for (const filter of list) {
    if (typeof filter !== "function")
      throw new TypeError(`waitForUpdate: every one of \`${name}\` must be a function`);
  }
  return list;
}
