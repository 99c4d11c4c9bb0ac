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
   * `continueHandling`, until one calls `update.stopHandling()`. Synchronous until a filter or
   * handler returns a promise: most handlers never await, and a microtask each adds up.
   *
   * @returns Whether a handler took the update. Throws (or rejects) with what a filter or
   *   handler threw.
   */
  dispatch(update: Update, client: C, continueHandling = false): boolean | Promise<boolean> {
    const list = this.#byKind.get(update.kind);
    if (list === undefined) return false;
    return tryFrom({ list, update, client, continueHandling }, 0, false);
  }

  /** Whether any handler handles updates of `kind`. */
  has(kind: UpdateKind): boolean {
    return this.#byKind.has(kind);
  }
}

/** One dispatch in progress. */
interface Dispatch<C> {
  list: readonly Registration[];
  update: Update;
  client: C;
  continueHandling: boolean;
}

/** Tries the handlers from `start` on; synchronous until something returns a promise. */
function tryFrom<C>(d: Dispatch<C>, start: number, handled: boolean): boolean | Promise<boolean> {
  for (let i = start; i < d.list.length; i++) {
    const pass = passes((d.list[i] as Registration).filters, d.update);
    if (pass === false) continue;
    if (pass === true) return call(d, i, handled);
    return pass.then((ok) => (ok ? call(d, i, handled) : tryFrom(d, i + 1, handled)));
  }
  return handled;
}

/** Runs handler `i`, then what follows from how it ended. */
function call<C>(d: Dispatch<C>, i: number, handled: boolean): boolean | Promise<boolean> {
  let result: unknown;
  try {
    result = (d.list[i] as Registration).handler(d.update as never, d.client);
  } catch (error) {
    return after(d, i, handled, signal(error));
  }
  if (!isThenable(result)) return after(d, i, handled, "handled");
  return Promise.resolve(result).then(
    () => after(d, i, handled, "handled"),
    (error: unknown) => after(d, i, handled, signal(error)),
  );
}

/** What follows handler `i` ending as `ended`. */
function after<C>(
  d: Dispatch<C>,
  i: number,
  handled: boolean,
  ended: "handled" | "stop" | "continue",
): boolean | Promise<boolean> {
  if (ended === "stop") return true;
  if (ended === "continue") return tryFrom(d, i + 1, handled);
  return d.continueHandling ? tryFrom(d, i + 1, true) : true;
}

/** What a thrown value means: pywa's handling signals, or a failure to pass on. */
function signal(error: unknown): "stop" | "continue" {
  if (error instanceof StopHandling) return "stop";
  if (error instanceof ContinueHandling) return "continue";
  throw error;
}

/** Whether every filter passes; synchronous filters cost no microtask. Listeners use it too. */
export function passes(
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
