import { checkIndex } from "./checks.js";
import { TemplateParams } from "./component.js";

/**
 * The send-time parameters of one template button (`URLButton.params`, `CopyCodeButton.params`,
 * `QuickReplyButton.params`…): its index among the template's buttons and what fills it.
 */
export class ButtonParams extends TemplateParams {
  /** The button builder these parameters fill, such as `URLButton`. */
  readonly component: string;
  /** The button's position among the template's buttons, from 0. */
  override readonly index: number;
  /** Graph's `sub_type` (`url`, `quick_reply`, `copy_code`, `catalog`, `mpm`, `flow`…). */
  readonly subType: string;
  /** Graph's `parameters`, if the button takes any. */
  readonly parameters: readonly Record<string, unknown>[] | undefined;

  constructor(
    component: string,
    subType: string,
    index: number,
    parameters?: readonly Record<string, unknown>[],
  ) {
    super();
    this.component = component;
    this.subType = subType;
    this.index = checkIndex(component, index);
    this.parameters = parameters;
  }

  /** The button component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      type: "button",
      sub_type: this.subType,
      index: String(this.index),
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

/** An input of a Template Library template's button (`URLButton.libraryInput(…)`…). */
export interface LibraryButtonInput {
  /** The input as Graph expects it in `library_template_button_inputs`. */
  toJSON(): Record<string, unknown>;
}

/** A library input from its JSON. */
export const libraryInput = (json: Record<string, unknown>): LibraryButtonInput => ({
  toJSON: () => json,
});
