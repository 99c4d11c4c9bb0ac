import type { Update } from "../updates/kinds.js";

/**
 * A filter that, when it passes, proves the update is also an `N` (`filters.image` proves
 * `{ type: "image"; image: ImageMedia }`): an `on…` handler registered with it receives the
 * narrowed type, as with grammY's filter queries. It works on any update type `U`.
 */
export type Guard<N> = <U>(update: U) => update is U & N;

/** A synchronous filter that works on any update and proves nothing about its type. */
export type Check = <U>(update: U) => boolean;

/** Any filter a combinator takes: sync or async, on some update type. */
// biome-ignore lint/suspicious/noExplicitAny: a filter's parameter type is contravariant, so only `any` accepts every filter.
export type AnyFilter = (update: any) => boolean | Promise<boolean>;

/** What a filter proves when it passes: its type predicate, or `unknown` for a plain filter. */
// biome-ignore lint/suspicious/noExplicitAny: a type predicate must fit its parameter, so only `any` matches every guard.
export type Narrowing<F> = F extends (update: any) => update is infer V ? V : unknown;

/**
 * What every filter of a list proves together (arrays of filters mean AND): the intersection
 * of their {@link Narrowing}s. A list whose element types are not known one by one proves
 * nothing.
 */
export type NarrowingAll<F> = F extends readonly []
  ? unknown
  : F extends readonly [infer Head, ...infer Tail]
    ? Narrowing<Head> & NarrowingAll<Tail>
    : F extends readonly unknown[]
      ? unknown
      : Narrowing<F>;

/** The update type a handler receives after filters `F` (one filter or a list) passed on `U`. */
export type Narrowed<U, F> = U & NarrowingAll<F>;

/** Makes a {@link Guard} from a test over typed updates; the test sees any update kind. */
export const guard = <N>(test: (update: Update) => boolean): Guard<N> => test as Guard<N>;

/** Makes a {@link Check} from a test over typed updates; the test sees any update kind. */
export const check = (test: (update: Update) => boolean): Check => test as Check;
