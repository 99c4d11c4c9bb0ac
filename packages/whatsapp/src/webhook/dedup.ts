import type { Update } from "../updates/kinds.js";

/**
 * Remembers which updates were handled, so an update WhatsApp delivers twice (webhooks are
 * at least once) is handled once. Back it with Redis or a database (`SET key NX EX ttl`) to
 * share it between processes.
 *
 * @example
 * ```ts
 * import { type UpdateDedupStore, WhatsApp } from "tswa";
 *
 * declare const redis: { set(key: string, value: string, ...args: (string | number)[]): Promise<string | null> };
 * const store: UpdateDedupStore = {
 *   async seen(key) {
 *     return (await redis.set(`tswa:${key}`, "1", "EX", 86_400, "NX")) === null;
 *   },
 * };
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…", dedupStore: store });
 * ```
 */
export interface UpdateDedupStore {
  /**
   * Records `key` and tells whether it was already recorded within the store's window.
   * Must be atomic when several processes share the store.
   */
  seen(key: string): boolean | Promise<boolean>;
}

/** Options of {@link MemoryDedupStore}. */
export interface MemoryDedupStoreOptions {
  /** The most keys kept; the least recently seen go first. Default 100,000 (as pywa). */
  maxSize?: number | undefined;
  /** How long a key is remembered, in ms. Default 24 hours. */
  ttl?: number | undefined;
}

/**
 * The default {@link UpdateDedupStore}: in this process's memory, bounded (LRU) and with a
 * time window. Enough for one process; several processes need a shared store.
 */
export class MemoryDedupStore implements UpdateDedupStore {
  readonly #keys = new Map<string, number>();
  readonly #maxSize: number;
  readonly #ttl: number;

  constructor(options: MemoryDedupStoreOptions = {}) {
    this.#maxSize = options.maxSize ?? 100_000;
    this.#ttl = options.ttl ?? 24 * 60 * 60 * 1000;
    if (!(this.#maxSize >= 1) || !(this.#ttl > 0))
      throw new TypeError("MemoryDedupStore: maxSize must be at least 1 and ttl positive");
  }

  /** The number of keys remembered. */
  get size(): number {
    return this.#keys.size;
  }

  seen(key: string): boolean {
    const now = Date.now();
    const expires = this.#keys.get(key);
    // Delete then set moves the key to the end: the Map's order is least recently seen first.
    this.#keys.delete(key);
    this.#keys.set(key, now + this.#ttl);
    if (this.#keys.size > this.#maxSize) {
      const oldest = this.#keys.keys().next().value;
      if (oldest !== undefined) this.#keys.delete(oldest);
    }
    return expires !== undefined && expires > now;
  }
}

/**
 * The key that identifies an update across deliveries: the message, call or status id (with
 * the status, since one message has several). Updates without an id have none and are never
 * skipped.
 */
export function dedupKey(update: Update): string | undefined {
  switch (update.kind) {
    case "messageStatus":
    case "callStatus":
      return `${update.kind}:${update.id}:${update.status}:${update.from.preferredId}`;
    case "groupMessageStatuses":
      return `${update.kind}:${update.statuses.map((s) => `${s.id}:${s.status}:${s.from.preferredId}`).join(",")}`;
    case "userMarketingPreferences":
    case "accountUpdate":
    case "templateStatusUpdate":
    case "templateCategoryUpdate":
    case "templateQualityUpdate":
    case "templateComponentsUpdate":
    case "phoneNumberQualityUpdate":
    case "webhookErrors":
    case "flowsEvent":
    case "rawUpdate":
      return undefined;
    default:
      return `${update.kind}:${update.id}`;
  }
}
