import type { Update } from "../updates/kinds.js";
import type { ParsedWebhook } from "../updates/parse.js";

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
 * The default {@link UpdateDedupStore}: in this process's memory, bounded and with a time
 * window. Enough for one process; several processes need a shared store.
 *
 * Keys live in two generations of at most `maxSize / 2` each: when the young one is full it
 * becomes the old one and the oldest generation is dropped whole. A key seen again moves to the
 * young generation, so it is least-recently-seen keys that go (an LRU in O(1), without the
 * cost of evicting one Map entry at a time).
 */
export class MemoryDedupStore implements UpdateDedupStore {
  #young = new Map<string, number>();
  #old = new Map<string, number>();
  readonly #generation: number;
  readonly #ttl: number;

  constructor(options: MemoryDedupStoreOptions = {}) {
    const maxSize = options.maxSize ?? 100_000;
    this.#ttl = options.ttl ?? 24 * 60 * 60 * 1000;
    if (!(maxSize >= 2) || !(this.#ttl > 0))
      throw new TypeError("MemoryDedupStore: maxSize must be at least 2 and ttl positive");
    this.#generation = Math.floor(maxSize / 2);
  }

  /** The number of keys remembered (at most `maxSize`). */
  get size(): number {
    return this.#young.size + this.#old.size;
  }

  seen(key: string): boolean {
    const now = Date.now();
    let expires = this.#young.get(key);
    if (expires === undefined) {
      // Not young: moves (back) to the young generation, which may have to start anew.
      expires = this.#old.get(key);
      if (expires !== undefined) this.#old.delete(key);
      if (this.#young.size >= this.#generation) {
        this.#old = this.#young;
        this.#young = new Map();
      }
    }
    this.#young.set(key, now + this.#ttl);
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

/**
 * The updates of a webhook not handled before, per `store`. A change whose keyed updates were
 * all seen before is skipped whole, its `RawUpdate` included. Synchronous when the store is;
 * a store that fails is reported through `onError` and its updates are handled (at least once
 * beats never).
 */
export function freshUpdates(
  parsed: ParsedWebhook,
  store: UpdateDedupStore,
  onError: (error: unknown) => void,
): Update[] | Promise<Update[]> {
  // One answer per typed update, in order: `undefined` for updates without a key.
  const answers: (boolean | Promise<boolean> | undefined)[] = [];
  let keyed = false;
  let pending = false;
  for (const change of parsed.changes) {
    for (const update of change.updates) {
      const key = dedupKey(update);
      let seen: boolean | Promise<boolean> | undefined;
      if (key !== undefined) {
        keyed = true;
        try {
          const answer = store.seen(key);
          seen = typeof answer === "boolean" ? answer : settle(answer, onError);
        } catch (error) {
          onError(error);
          seen = false;
        }
        pending ||= typeof seen !== "boolean";
      }
      answers.push(seen);
    }
  }
  if (!keyed) return parsed.updates;
  return pending
    ? Promise.all(answers).then((seen) => keepUnseen(parsed, seen))
    : keepUnseen(parsed, answers as (boolean | undefined)[]);
}

function keepUnseen(parsed: ParsedWebhook, seen: readonly (boolean | undefined)[]): Update[] {
  const fresh: Update[] = [];
  let i = 0;
  for (const change of parsed.changes) {
    const at = fresh.length;
    let keyed = 0;
    let duplicates = 0;
    fresh.push(change.raw);
    for (const update of change.updates) {
      const answer = seen[i++];
      if (answer !== undefined) keyed++;
      if (answer === true) duplicates++;
      else fresh.push(update);
    }
    // A change that was only updates handled before is left out whole.
    if (keyed > 0 && duplicates === change.updates.length) fresh.length = at;
  }
  return fresh;
}

/** An asynchronous answer of the store; a failure counts as not seen (and is reported). */
async function settle(
  answer: Promise<boolean>,
  onError: (error: unknown) => void,
): Promise<boolean> {
  try {
    return await answer;
  } catch (error) {
    onError(error);
    return false;
  }
}
