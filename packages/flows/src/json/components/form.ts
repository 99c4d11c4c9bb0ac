import { defineComponent } from "../builder.js";
import type { Extensible } from "../codec.js";
import { componentList } from "../codec.js";
import type { AnyComponent } from "../component.js";
import type { DynamicRef } from "../refs.js";

/** Options of {@link Form}. */
export interface FormOptions<C extends AnyComponent> extends Extensible {
  /** The form's name (`"form"` by convention). */
  readonly name: string;
  /** The form's components, Footer included. */
  readonly children: readonly C[];
  /** Initial values by input name (before Flow JSON 4.0 the only way to set them). */
  readonly initValues?: Readonly<Record<string, unknown>> | DynamicRef | undefined;
  /** Error messages by input name (before Flow JSON 4.0 the only way to set them). */
  readonly errorMessages?: Readonly<Record<string, string>> | DynamicRef | undefined;
}

/**
 * A wrapper of input components: required around them before Flow JSON 4.0, optional after.
 *
 * @example
 * ```ts
 * import { CompleteAction, Footer, Form, TextInput } from "@tswa/flows/json";
 *
 * const name = new TextInput({ name: "name", label: "Name" });
 * new Form({
 *   name: "form",
 *   children: [name, new Footer({ label: "Send", onClickAction: new CompleteAction({ payload: { name: name.ref } }) })],
 * });
 * ```
 */
export class Form<const C extends AnyComponent = AnyComponent> extends defineComponent("Form", {
  name: "name",
  initValues: "init-values",
  errorMessages: "error-messages",
  children: ["children", componentList],
} as const)<FormOptions<C>> {}
