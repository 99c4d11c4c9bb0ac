import { WhatsAppError } from "../errors.js";
import { TEMPLATE_LIMITS, type TemplateLimitName } from "./limits.js";

/**
 * A template (or its send-time parameters) breaks a rule Meta documents, found before any call:
 * the message names the component, the field and the limit, never the text itself.
 *
 * @example
 * ```ts
 * import { templates, TemplateValidationError } from "@tswa/core";
 *
 * try {
 *   new templates.BodyText("Hi {{1}}, your code is {{3}}", "Pablo", "1234");
 * } catch (error) {
 *   if (error instanceof TemplateValidationError) console.error(error.component, error.field);
 * }
 * ```
 */
export class TemplateValidationError extends WhatsAppError {
  /** The component that refused the value, such as `BodyText`, `Buttons` or `Template`. */
  readonly component: string;
  /** The field, as a path into the component's options, such as `buttons[2]` or `text`. */
  readonly field: string;
  /** The limit broken, from {@link TEMPLATE_LIMITS}, when a documented limit applies. */
  readonly limit: TemplateLimitName | undefined;

  constructor(component: string, field: string, problem: string, limit?: TemplateLimitName) {
    const source = limit === undefined ? "" : ` (${TEMPLATE_LIMITS[limit].source})`;
    super(`${component}: \`${field}\` ${problem}${source}`);
    this.component = component;
    this.field = field;
    this.limit = limit;
  }
}
