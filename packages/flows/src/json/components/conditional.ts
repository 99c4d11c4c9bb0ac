import { defineComponent } from "../builder.js";
import type { Extensible, FieldCodec } from "../codec.js";
import { componentList, isPlainObject } from "../codec.js";
import type { AnyComponent } from "../component.js";
import { Expr } from "../expressions.js";
import type { DynamicRef } from "../refs.js";

/** Options of {@link If}. */
export interface IfOptions<T extends AnyComponent, E extends AnyComponent> extends Extensible {
  /**
   * A boolean condition with at least one reference: an expression built with `eq`, `and`…
   * (written without backticks, as `If` expects), or the condition string itself.
   */
  readonly condition: Expr<"boolean"> | string;
  /** The components shown when the condition holds. */
  readonly then: readonly T[];
  /** The components shown otherwise (required when `then` has a Footer). */
  readonly else?: readonly E[] | undefined;
}

/** Options of {@link Switch}. */
export interface SwitchOptions<C extends AnyComponent> extends Extensible {
  /** The reference whose value picks the case. */
  readonly value: DynamicRef | string;
  /** The components per value; `default` is used when no other case matches. */
  readonly cases: Readonly<Record<string, readonly C[]>>;
}

const condition: FieldCodec = {
  encode: (value) => (value instanceof Expr ? value.fragment : value),
};

const cases: FieldCodec = {
  decode: (json, context) =>
    isPlainObject(json)
      ? Object.fromEntries(
          Object.entries(json).map(([key, list]) => [key, componentList.decode?.(list, context)]),
        )
      : json,
};

/**
 * Shows components depending on a condition (Flow JSON 4.0+; nested at most 3 deep). A Footer
 * inside `If` must be in both branches, and then none may be outside.
 *
 * @example
 * ```ts
 * import { eq, If, TextBody, TextInput } from "@tswa/flows/json";
 *
 * const animal = new TextInput({ name: "animal", label: "Animal" });
 * new If({
 *   condition: eq(animal.ref, "cat"),
 *   then: [new TextBody({ text: "A cat!" })],
 *   else: [new TextBody({ text: "Not a cat." })],
 * });
 * ```
 */
export class If<
  const T extends AnyComponent = AnyComponent,
  const E extends AnyComponent = AnyComponent,
> extends defineComponent("If", {
  condition: ["condition", condition],
  // biome-ignore lint/suspicious/noThenProperty: "then" is the branch of Meta's If component
  then: ["then", componentList],
  else: ["else", componentList],
} as const)<IfOptions<T, E>> {}

/**
 * Shows the components of the case matching a value (Flow JSON 4.0+).
 *
 * @example
 * ```ts
 * import { Switch, TextBody } from "@tswa/flows/json";
 *
 * new Switch({
 *   value: "${form.plan}",
 *   cases: { basic: [new TextBody({ text: "Basic cover" })], default: [new TextBody({ text: "Pick a plan" })] },
 * });
 * ```
 */
export class Switch<const C extends AnyComponent = AnyComponent> extends defineComponent("Switch", {
  value: "value",
  cases: ["cases", cases],
} as const)<SwitchOptions<C>> {}
