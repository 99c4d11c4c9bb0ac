import { FORM_OPTIONAL_MIN_VERSION } from "../../version-table.js";
import type { ValidationContext } from "../context.js";

const FORM_INPUTS = new Set([
  "TextInput",
  "TextArea",
  "CheckboxGroup",
  "RadioButtonsGroup",
  "OptIn",
  "Dropdown",
  "DatePicker",
]);

/** Before Flow JSON 4.0, input components must sit inside a `Form` (spec 6.1). */
export function checkForms(ctx: ValidationContext): void {
  if (ctx.atLeast(FORM_OPTIONAL_MIN_VERSION)) return;
  for (const [component] of ctx.components()) {
    if (FORM_INPUTS.has(component.type) && !component.inForm) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        component.path,
        `before Flow JSON ${FORM_OPTIONAL_MIN_VERSION} a ${component.type} must be inside a Form; this flow is ${ctx.version}`,
      );
    }
  }
}
