import type { AnyFilter, Check, Narrowing, NarrowingAll } from "./filter.js";

/** Whether any filter of `F` may answer with a promise (then a combination cannot narrow). */
export type HasAsync<F extends readonly AnyFilter[]> = true extends {
  [I in keyof F]: F[I] extends (update: never) => infer R
    ? R extends boolean
      ? false
      : true
    : true;
}[number]
  ? true
  : false;

/** The update type a filter accepts (`unknown` for a filter that takes no argument). */
export type ParameterOfOne<F> = F extends (update: infer P) => unknown ? P : unknown;

/** The update type every filter of `F` accepts: what a combination of them accepts. */
export type ParameterOf<F extends readonly AnyFilter[]> = {
  [I in keyof F]: (update: ParameterOfOne<F[I]>) => void;
}[number] extends (update: infer P) => void
  ? P
  : never;

/** What {@link and} returns: a guard proving every filter's narrowing, or an async filter. */
export type AndFilter<F extends readonly AnyFilter[]> =
  HasAsync<F> extends true
    ? <U extends ParameterOf<F>>(update: U) => boolean | Promise<boolean>
    : <U extends ParameterOf<F>>(update: U) => update is U & NarrowingAll<F>;

/** What {@link or} returns: a guard proving one of the filters' narrowings, or an async filter. */
export type OrFilter<F extends readonly AnyFilter[]> =
  HasAsync<F> extends true
    ? <U extends ParameterOf<F>>(update: U) => boolean | Promise<boolean>
    : <U extends ParameterOf<F>>(update: U) => update is U & Narrowing<F[number]>;

/** What {@link not} returns: the negation, sync when the filter is. */
export type NotFilter<F extends AnyFilter> = F extends (update: never) => boolean
  ? <U extends Parameters<F>[0]>(update: U) => boolean
  : <U extends Parameters<F>[0]>(update: U) => boolean | Promise<boolean>;

const isPromise = (value: unknown): value is Promise<boolean> =>
  typeof (value as Promise<boolean> | null)?.then === "function";

/**
 * Passes when every filter passes (pywa's `f1 & f2`), trying them in order and stopping at the
 * first that fails. Synchronous until a filter answers with a promise. Narrows by every filter.
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.and(filters.image, filters.forwarded), (msg) => console.log(msg.image.id));
 * ```
 */
export function and<const F extends readonly AnyFilter[]>(...filters: F): AndFilter<F> {
  checkFilters("and", filters);
  return shortCircuit(filters, false) as AndFilter<F>;
}

/**
 * Passes when any filter passes (pywa's `f1 | f2`), trying them in order and stopping at the
 * first that passes. Synchronous until a filter answers with a promise. Narrows to the union
 * of what the filters prove.
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.or(filters.image, filters.video), (msg) => msg.reply("Nice media"));
 * ```
 */
export function or<const F extends readonly AnyFilter[]>(...filters: F): OrFilter<F> {
  checkFilters("or", filters);
  return shortCircuit(filters, true) as OrFilter<F>;
}

/**
 * Passes when the filter fails (pywa's `~f`); synchronous when the filter is. It narrows
 * nothing: TypeScript cannot subtract what a filter proves.
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.not(filters.isCommand), (msg) => console.log("not a command", msg.id));
 * ```
 */
export function not<F extends AnyFilter>(filter: F): NotFilter<F> {
  checkFilters("not", [filter]);
  return ((update: unknown) => {
    const result = filter(update);
    return isPromise(result) ? result.then((ok) => !ok) : !result;
  }) as NotFilter<F>;
}

/** Passes every update (pywa's `filters.true`). */
const pass: Check = () => true;
/** Passes no update (pywa's `filters.false`). */
const fail: Check = () => false;

export { fail as false, pass as true };

/**
 * Runs the filters in order until one answers `decisive` (false for AND, true for OR), which is
 * then the answer; synchronous until a filter answers with a promise.
 */
function shortCircuit(filters: readonly AnyFilter[], decisive: boolean) {
  const from = (update: unknown, start: number): boolean | Promise<boolean> => {
    for (let i = start; i < filters.length; i++) {
      const result = (filters[i] as AnyFilter)(update);
      if (isPromise(result))
        return result.then((ok) => (Boolean(ok) === decisive ? decisive : from(update, i + 1)));
      if (Boolean(result) === decisive) return decisive;
    }
    return !decisive;
  };
  return (update: unknown) => from(update, 0);
}

function checkFilters(name: string, filters: readonly unknown[]): void {
  for (const filter of filters) {
    if (typeof filter !== "function")
      throw new TypeError(`filters.${name}: every argument must be a filter function`);
  }
}
