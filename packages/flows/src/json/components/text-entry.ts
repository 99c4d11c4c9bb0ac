import { defineField } from "../builder.js";
import type { Extensible } from "../codec.js";
import type { VisibleOption } from "../component.js";
import type { DynamicBoolean, DynamicEnum, DynamicNumber, DynamicString } from "../dynamic.js";
import type { InputType, LabelVariant } from "../enums.js";

/** Options shared by {@link TextInput} and {@link TextArea}. */
export interface TextEntryOptions<N extends string> extends Extensible, VisibleOption {
  /** The input's name: its value is `${form.NAME}` and the key in payloads. */
  readonly name: N;
  /** The label; 20 characters. */
  readonly label: DynamicString;
  /** `large`: a more prominent label that may wrap (Flow JSON 7.0+). */
  readonly labelVariant?: DynamicEnum<LabelVariant> | undefined;
  /** Whether the input must be filled. */
  readonly required?: DynamicBoolean | undefined;
  /** A hint below the input; 80 characters. */
  readonly helperText?: DynamicString | undefined;
  /** Whether the input can be edited. Default `true`. */
  readonly enabled?: DynamicBoolean | undefined;
  /** The initial value (Flow JSON 4.0+; before, use the Form's `initValues`). */
  readonly initValue?: DynamicString | undefined;
  /** An error shown under the input (Flow JSON 4.0+); 30 characters. */
  readonly errorMessage?: DynamicString | undefined;
}

/** Options of {@link TextInput}. */
export interface TextInputOptions<N extends string> extends TextEntryOptions<N> {
  /** `text` (default), `number`, `email`, `password`, `passcode` or `phone`. */
  readonly inputType?: DynamicEnum<InputType> | undefined;
  /** A regular expression the value must match (Flow JSON 6.2+); needs `helperText`. */
  readonly pattern?: string | RegExp | undefined;
  /** The fewest characters accepted. */
  readonly minChars?: DynamicNumber | undefined;
  /** The most characters accepted. Default 80. */
  readonly maxChars?: DynamicNumber | undefined;
}

/** Options of {@link TextArea}. */
export interface TextAreaOptions<N extends string> extends TextEntryOptions<N> {
  /** The most characters accepted. Default 600. */
  readonly maxLength?: DynamicNumber | undefined;
}

const TEXT_INPUT_FIELDS = {
  name: "name",
  label: "label",
  labelVariant: "label-variant",
  inputType: "input-type",
  pattern: ["pattern", { encode: (v: unknown) => (v instanceof RegExp ? v.source : v) }],
  required: "required",
  minChars: "min-chars",
  maxChars: "max-chars",
  helperText: "helper-text",
  enabled: "enabled",
  visible: "visible",
  initValue: "init-value",
  errorMessage: "error-message",
} as const;

const TEXT_AREA_FIELDS = {
  name: "name",
  label: "label",
  labelVariant: "label-variant",
  required: "required",
  maxLength: "max-length",
  helperText: "helper-text",
  enabled: "enabled",
  visible: "visible",
  initValue: "init-value",
  errorMessage: "error-message",
} as const;

/**
 * A single-line text input. `input.ref` is its value for the same screen (`${form.NAME}`).
 *
 * @example
 * ```ts
 * import { InputType, TextInput } from "@tswa/flows/json";
 *
 * const email = new TextInput({ name: "email", label: "Email", inputType: InputType.EMAIL });
 * email.ref; // "${form.email}"
 * ```
 */
export class TextInput<const N extends string = string> extends defineField(
  "TextInput",
  TEXT_INPUT_FIELDS,
)<TextInputOptions<N>> {}

/**
 * A multi-line text input.
 *
 * @example
 * ```ts
 * import { TextArea } from "@tswa/flows/json";
 *
 * new TextArea({ name: "comment", label: "Comment", maxLength: 300 });
 * ```
 */
export class TextArea<const N extends string = string> extends defineField(
  "TextArea",
  TEXT_AREA_FIELDS,
)<TextAreaOptions<N>> {}
