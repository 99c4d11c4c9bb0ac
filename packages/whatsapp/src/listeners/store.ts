/** A value, or a promise of it: stores answer synchronously when they can. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Who waits for a user: what a {@link ListenerStore} keeps per user id. Plain data, so a store
 * shared between processes can hold it.
 */
export interface ListenerRecord {
  /** The listener's id, unique across processes. */
  readonly id: string;
  /** The business phone number id it listens on, or `undefined` for any. */
  readonly phoneId: string | undefined;
  /** When it times out (ms since the epoch), or `undefined` without a timeout. */
  readonly expiresAt: number | undefined;
}

/**
 * Where the client records which listener waits for which user: one listener per user id
 * (a phone number or a BSUID), as in pywa. The waiting itself (the promise, the filters) stays
 * in the process that called `wa.waitForUpdate`; the store says who waits, so a store shared
 * between processes can route an update to the process that waits for it.
 *
 * Methods may answer synchronously or with a promise. The default, {@link MemoryListenerStore},
 * answers synchronously, so an update for a user nobody waits for costs one `Map` lookup and no
 * microtask.
 *
 * @example
 * ```ts
 * import { type ListenerRecord, type ListenerStore, WhatsApp } from "tswa";
 *
 * // A store that logs what it records, around the in-memory one.
 * const records = new Map<string, ListenerRecord>();
 * const store: ListenerStore = {
 *   put(user, record) {
 *     const previous = records.get(user);
 *     records.set(user, record);
 *     console.log(`listener ${record.id} waits for ${user}`);
 *     return previous;
 *   },
 *   get: (user) => records.get(user),
 *   delete(user, id) {
 *     if (records.get(user)?.id === id) records.delete(user);
 *   },
 * };
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…", listenerStore: store });
 * ```
 */
export interface ListenerStore {
  /** Records `record` as the listener for `user`; returns the record it replaced, if any. */
  put(user: string, record: ListenerRecord): MaybePromise<ListenerRecord | undefined>;
  /** The listener waiting for `user`, if any. */
  get(user: string): MaybePromise<ListenerRecord | undefined>;
  /** Forgets `user`'s listener if it is still the one with `id` (a newer one stays). */
  delete(user: string, id: string): MaybePromise<void>;
}

/** The default {@link ListenerStore}: a `Map` in this process's memory. */
export class MemoryListenerStore implements ListenerStore {
  readonly #records = new Map<string, ListenerRecord>();

  /** The number of users waited for. */
  get size(): number {
    return this.#records.size;
  }

  put(user: string, record: ListenerRecord): ListenerRecord | undefined {
    const previous = this.#records.get(user);
    this.#records.set(user, record);
    return previous;
  }

  get(user: string): ListenerRecord | undefined {
    return this.#records.get(user);
  }

  delete(user: string, id: string): void {
    if (this.#records.get(user)?.id === id) this.#records.delete(user);
  }
}
