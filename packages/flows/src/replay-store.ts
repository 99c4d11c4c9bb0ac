/**
 * Where a flow endpoint remembers the requests it answered, so that the same captured request
 * posted again is refused (HTTP 421) instead of running its handler twice. WhatsApp draws a
 * fresh AES key for every request; a repeated key means a replay, and answering it would
 * encrypt a second answer under the same key and IV, which leaks the XOR of the two answers.
 *
 * The endpoint keeps one {@link MemoryReplayStore} by default, which protects one process.
 * Processes behind one load balancer share a store: implement `claim` on Redis or a database
 * (`SET <id> 1 NX PX <window>` in Redis is the whole implementation) and pass it to each.
 *
 * @example
 * ```ts
 * import type { FlowReplayStore } from "@tswa/flows";
 *
 * // With any Redis client that has `set(key, value, options)`:
 * declare const redis: {
 *   set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null>;
 * };
 * const replayStore: FlowReplayStore = {
 *   claim: async (id) => (await redis.set(`tswa:flow:${id}`, "1", { NX: true, PX: 15 * 60_000 })) === "OK",
 * };
 * ```
 */
export interface FlowReplayStore {
  /**
   * Records `id` (a digest of the request's encrypted AES key). Resolves `true` when it was
   * not recorded yet, `false` when it was: a replay. Must be atomic, so that two processes
   * given the same id at once cannot both get `true`. A rejection fails the request (500).
   */
  claim(id: string): Promise<boolean>;
}

/** Options of {@link MemoryReplayStore}. */
export interface MemoryReplayStoreOptions {
  /** How long an id is remembered, in ms. Default 15 minutes. */
  window?: number | undefined;
  /**
   * The most ids remembered; past it the oldest are forgotten first, so memory stays bounded
   * (about 100 bytes an id) under any load. Default 100 000.
   */
  maxEntries?: number | undefined;
}

/**
 * A {@link FlowReplayStore} in this process's memory: each id is remembered for `window` ms,
 * and at most `maxEntries` ids at once (the oldest go first), whichever is reached first.
 *
 * @example
 * ```ts
 * import { createFlowEndpoint, MemoryReplayStore } from "@tswa/flows";
 *
 * const endpoint = createFlowEndpoint({
 *   path: "/flow",
 *   privateKey: process.env.PRIVATE_KEY ?? "",
 *   replayStore: new MemoryReplayStore({ window: 60 * 60_000, maxEntries: 500_000 }),
 * });
 * ```
 */
export class MemoryReplayStore implements FlowReplayStore {
  /** How long an id is remembered, in ms. */
  readonly window: number;
  /** The most ids remembered at once. */
  readonly maxEntries: number;
  /** Id to expiry time, for the look-up. */
  readonly #seen = new Map<string, number>();
  /**
   * The same ids in arrival order (which is expiry order), as a ring: the oldest is evicted
   * in O(1). Iterating a Map from its start after many deletions is not O(1) in V8.
   */
  readonly #order: { id: string; expires: number }[] = [];
  #oldest = 0;
  #count = 0;

  constructor(options: MemoryReplayStoreOptions = {}) {
    this.window = options.window ?? 15 * 60_000;
    this.maxEntries = options.maxEntries ?? 100_000;
    if (!(this.window > 0))
      throw new TypeError("MemoryReplayStore: window must be a positive number of ms");
    if (!Number.isSafeInteger(this.maxEntries) || this.maxEntries < 1) {
      throw new TypeError("MemoryReplayStore: maxEntries must be a whole number >= 1");
    }
  }

  /** The ids remembered now. */
  get size(): number {
    return this.#count;
  }

  /** Records `id`; `false` when it was recorded within the window (a replay). */
  claim(id: string): Promise<boolean> {
    const now = performance.now();
    this.#evict(now, this.maxEntries);
    const expires = this.#seen.get(id);
    if (expires !== undefined && expires > now) return Promise.resolve(false);
    this.#evict(now, this.maxEntries - 1);
    const entry = { id, expires: now + this.window };
    this.#seen.set(id, entry.expires);
    this.#order[(this.#oldest + this.#count) % this.maxEntries] = entry;
    this.#count++;
    return Promise.resolve(true);
  }

  /** Forgets expired ids, and the oldest ones while more than `keep` are remembered. */
  #evict(now: number, keep: number): void {
    while (this.#count > 0) {
      const oldest = this.#order[this.#oldest] as { id: string; expires: number };
      if (oldest.expires > now && this.#count <= keep) return;
      if (this.#seen.get(oldest.id) === oldest.expires) this.#seen.delete(oldest.id);
      this.#oldest = (this.#oldest + 1) % this.maxEntries;
      this.#count--;
    }
  }
}
