/**
 * A component of a template as you create it (`BodyText`, `Buttons`, `HeaderImage`…): it
 * serializes to the JSON Meta documents, key for key.
 */
export interface TemplateComponent {
  /** The builder's name (`"BodyText"`), which send-time parameters refer to. */
  readonly kind: string;
  /** The component as Graph expects it in `components`. */
  toJSON(): Record<string, unknown>;
}

/** What a component expects at send time, for checking parameters against a template. */
export interface ExpectedParams {
  /** The `component` of the parameters that fill it. */
  readonly kind: string;
  /** Whether the template cannot be sent without them. */
  readonly required: boolean;
  /** Throws when the parameters do not fit the component (count, names). */
  check?(params: TemplateParams): void;
}

/** A component that takes parameters at send time. */
export interface ParameterizedComponent extends TemplateComponent {
  /** What it expects, or `undefined` when it takes none as defined. */
  expectedParams(): ExpectedParams | undefined;
}

/**
 * Send-time parameters of one template component (`BodyText.params(…)`, `URLButton.params(…)`):
 * what fills its placeholders, media, codes or buttons when you send the template.
 */
export abstract class TemplateParams {
  /** The builder these parameters fill, such as `BodyText` or `URLButton`. */
  abstract readonly component: string;
  /** The button's position among the template's buttons (button parameters only). */
  readonly index: number | undefined = undefined;
  /** The parameters as Graph expects them in the message's `template.components`. */
  abstract toJSON(): Record<string, unknown>;
}

/** Whether a component says what parameters it takes. */
export const isParameterized = (component: unknown): component is ParameterizedComponent =>
  typeof (component as ParameterizedComponent | undefined)?.expectedParams === "function";
