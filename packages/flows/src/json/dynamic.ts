import type { Expr } from "./expressions.js";
import type { DynamicRef } from "./refs.js";

/** A nested expression written by hand: a string inside backticks (Flow JSON 6.0+). */
export type ExpressionString = `\`${string}\``;

/** A string property: literal text, a reference (a string too), or a string expression. */
export type DynamicString = string | Expr<"string">;
/** A boolean property (`visible`, `required`, `enabled`…): a literal, a reference, a condition. */
export type DynamicBoolean = boolean | DynamicRef | ExpressionString | Expr<"boolean">;
/** A number property: a literal, a reference, or a number expression. */
export type DynamicNumber = number | DynamicRef | ExpressionString | Expr<"number">;
/** A list property (`data-source`, `list-items`, `unavailable-dates`…): items or a reference. */
export type DynamicList<T> = readonly T[] | DynamicRef;
/** An enum property: one of the values (unknown future values are strings), or a reference. */
export type DynamicEnum<T extends string> = T | DynamicRef | (string & {});
