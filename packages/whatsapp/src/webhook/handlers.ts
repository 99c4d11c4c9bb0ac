import { ContinueHandling, StopHandling } from "../updates/handling.js";
import type { Update, UpdateKind, UpdateKinds } from "../updates/kinds.js";

/** A handler of one kind of update; it may be async. The second argument is the client. */
export type UpdateHandler<U, C> = (update: U, client: C) => unknown;

/** Decides whether a handler takes an update; every filter of a handler must pass. */
export type UpdateFilter<U> = (update: U) => boolean | Promise<boolean>;

/** Options of every `on…` method. */
export interface HandlerOptions {
  /**
   * Handlers with a higher priority are tried first; equal priorities keep the order they were
   * added in. Default `0`, as in pywa.
   */
  priority?: number | undefined;
}

interface Registration {
  filters: readonly UpdateFilter<never>[];
  handler: UpdateHandler<never, unknown>;
  priority: number;
}

/**
 * The webhook handlers of a client, by kind. Within a kind, handlers are tried by priority
 * (then in the order added); the first whose filters all pass takes the update, unless it
 * calls `update.continueHandling()` or the client was made with `continueHandling: true`
 * (as in pywa).
 */
export class UpdateHandlers<C> {
  readonly #byKind = new Map<UpdateKind, Registration[]>();

  /** Adds a handler for a kind of update. */
  add<K extends keyof UpdateKinds>(
    kind: K,
    filters: readonly UpdateFilter<never>[],
    handler: UpdateHandler<never, C>,
    options: HandlerOptions = {},
  ): void {
    if (typeof handler !== "function") throw new TypeError(`the ${kind} handler is not a function`);
    for (const filter of filters) {
      if (typeof filter !== "function") throw new TypeError(`a ${kind} filter is not a function`);
    }
    const priority = options.priority ?? 0;
    if (!Number.isFinite(priority))
      throw new TypeError(`the ${kind} handler's priority must be a finite number`);
    const list = this.#byKind.get(kind) ?? [];
    const at = list.findIndex((r) => r.priority < priority);
    list.splice(at === -1 ? list.length : at, 0, {
      filters,
      handler: handler as UpdateHandler<never, unknown>,
      priority,
    });
    this.#byKind.set(kind, list);
  }

  /** The number of handlers added. */
  get size(): number {
    let size = 0;
    for (const list of this.#byKind.values()) size += list.length;
    return size;
  }

  /**
   * Runs the matching handlers of the update's kind: the first, or every one with
   * `continueHandling`, until one calls `update.stopHandling()`.
   *
   * @returns Whether a handler took the update. Rejects with what a filter or handler threw.
   */
  async dispatch(update: Update, client: C, continueHandling = false): Promise<boolean> {
    const list = this.#byKind.get(update.kind);
    if (list === undefined) return false;
    let handled = false;
    for (const { filters, handler } of list) {
      const pass = passes(filters, update);
      if (!(pass === true || (pass !== false && (await pass)))) continue;
      try {
        const result = (handler as UpdateHandler<Update, C>)(update, client);
        // Await only what is a promise: a microtask per plain handler adds up at volume.
        if (isThenable(result)) await result;
      } catch (error) {
        if (error instanceof StopHandling) return true;
        if (error instanceof ContinueHandling) continue;
        throw error;
      }
      handled = true;
      if (!continueHandling) break;
    }
    return handled;
  }

  /** Whether any handler handles updates of `kind`. */
  has(kind: UpdateKind): boolean {
    return this.#byKind.has(kind);
  }
}

/** Whether every filter passes; synchronous filters cost no microtask. */
function passes(
  filters: readonly UpdateFilter<never>[],
  update: Update,
): boolean | Promise<boolean> {
  for (let i = 0; i < filters.length; i++) {
    const result = (filters[i] as UpdateFilter<Update>)(update);
    if (result === false) return false;
    if (result !== true) return passesAsync(result, filters, i + 1, update);
  }
  return true;
}

async function passesAsync(
  pending: boolean | Promise<boolean>,
  filters: readonly UpdateFilter<never>[],
  next: number,
  update: Update,
): Promise<boolean> {
  if (!(await pending)) return false;
  for (let i = next; i < filters.length; i++) {
    if (!(await (filters[i] as UpdateFilter<Update>)(update))) return false;
  }
  return true;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}
