import { isPlainObject } from "../codec.js";
import { ValidationContext } from "./context.js";
import type { FlowJsonValidationError } from "./errors.js";
import { checkActions } from "./rules/actions.js";
import { checkComponents } from "./rules/components.js";
import { checkDocument } from "./rules/document.js";
import { checkFooters } from "./rules/footer.js";
import { checkForms } from "./rules/forms.js";
import { checkMediaPickers } from "./rules/media.js";
import { checkComponentOptions } from "./rules/options.js";
import { checkReferences } from "./rules/references.js";
import { checkRouting } from "./rules/routing.js";
import { checkScreenLimits } from "./rules/screen-limits.js";
import { checkScreens } from "./rules/screens.js";

/** The rule families, in the order their errors are listed. */
const RULES: readonly ((ctx: ValidationContext) => void)[] = [
  checkDocument,
  checkScreens,
  checkComponents,
  checkComponentOptions,
  checkForms,
  checkActions,
  checkScreenLimits,
  checkFooters,
  checkMediaPickers,
  checkReferences,
  checkRouting,
];

/**
 * Checks a Flow JSON document for what Meta would reject, before you upload it: required and
 * unknown properties, components and properties newer than the flow's version, character and
 * item limits, per-screen limits, Footer rules, the routing model, references to undeclared
 * data or inputs, the reserved `SUCCESS` id, data declarations, Data API and endpoint settings,
 * media pickers. Returns `[]` when it finds nothing.
 *
 * The errors are shaped like Meta's `validation_errors` (`error`, `errorType`, `message`,
 * `path`). Meta stays the authority: it may check more than this, and a version newer than tswa
 * knows is checked as the newest known one, without reporting unknown keys.
 *
 * @param input a {@link FlowJSON}, a parsed document, or its JSON text.
 *
 * @example
 * ```ts
 * import { validateFlowJson } from "@tswa/flows/json";
 *
 * const errors = validateFlowJson({ version: "7.1", screens: [] });
 * // [{ error: "MIN_ITEMS_REQUIRED", errorType: "JSON_SCHEMA_ERROR",
 * //    message: "a flow needs at least one screen", path: "screens" }, …]
 * ```
 */
export function validateFlowJson(input: unknown): FlowJsonValidationError[] {
  let doc: unknown = input;
  if (typeof input === "string") {
    try {
      doc = JSON.parse(input);
    } catch {
      return [invalid("the Flow JSON is not valid JSON")];
    }
  } else if (input !== null && typeof input === "object" && "toJSON" in input) {
    doc = JSON.parse(JSON.stringify(input));
  }
  if (!isPlainObject(doc)) return [invalid("the Flow JSON must be a JSON object")];
  const ctx = new ValidationContext(doc);
  for (const rule of RULES) rule(ctx);
  return ctx.errors;
}

function invalid(message: string): FlowJsonValidationError {
  return { error: "INVALID_FLOW_JSON", errorType: "JSON_SCHEMA_ERROR", message, path: "" };
}
