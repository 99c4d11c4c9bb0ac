import { checkTemplateRange, checkTemplateText } from "./checks.js";
import type { ExpectedParams, TemplateComponent } from "./component.js";
import type { TemplateLimitName } from "./limits.js";
import { TemplateValidationError } from "./validation-error.js";

/** A template button as you create it. */
export interface TemplateButton extends TemplateComponent {
  /** What it takes at send time, or `undefined` when nothing. */
  expectedParams?(): ExpectedParams | undefined;
}

/** Buttons of one type that Meta caps, with their limit. */
const CAPPED: Readonly<Record<string, TemplateLimitName>> = {
  URL: "urlButtons",
  PHONE_NUMBER: "phoneNumberButtons",
  COPY_CODE: "copyCodeButtons",
};

/**
 * The buttons of a template: up to 10, of which at most 2 URL buttons, 1 phone number button
 * and 1 copy code button; quick replies stay grouped together.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * new templates.Buttons({
 *   buttons: [
 *     new templates.QuickReplyButton({ text: "Unsubscribe" }),
 *     new templates.CopyCodeButton({ example: "250FF" }),
 *   ],
 * });
 * ```
 */
export class Buttons {
  /** The builder's name. */
  readonly kind = "Buttons" as const;
  /** The buttons, in order. */
  readonly buttons: readonly (TemplateButton | Record<string, unknown>)[];

  constructor(options: { buttons: readonly (TemplateButton | Record<string, unknown>)[] }) {
    const buttons = options?.buttons;
    if (!Array.isArray(buttons)) {
      throw new TemplateValidationError("Buttons", "buttons", "must be an array of buttons");
    }
    checkTemplateRange("Buttons", "buttons", buttons.length, "buttons", "buttons");
    const types = buttons.map((b) => String(json(b).type));
    for (const [type, limit] of Object.entries(CAPPED)) {
      const count = types.filter((t) => t === type).length;
      if (count > 0) checkTemplateRange("Buttons", `buttons (${type})`, count, limit, "buttons");
    }
    const first = types.indexOf("QUICK_REPLY");
    const last = types.lastIndexOf("QUICK_REPLY");
    const split = types.slice(first, last + 1).findIndex((t) => t !== "QUICK_REPLY");
    if (first !== -1 && split !== -1) {
      throw new TemplateValidationError(
        "Buttons",
        `buttons[${first + split}]`,
        "splits the quick reply buttons: keep them together, before or after the others",
      );
    }
    this.buttons = buttons;
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "BUTTONS", buttons: this.buttons.map(json) };
  }
}

/** A component's JSON, whether it is a builder or already JSON. */
export const json = (c: TemplateComponent | Record<string, unknown>): Record<string, unknown> =>
  typeof c.toJSON === "function"
    ? (c as TemplateComponent).toJSON()
    : (c as Record<string, unknown>);

/** Checks a button's label (at most 25 characters). */
export const buttonText = (component: string, value: unknown): string =>
  checkTemplateText(component, "text", value, "buttonText");
