import { charCount, MessageValidationError } from "../messages/validate.js";
import { TEMPLATE_LIMITS, type TemplateLimitName } from "./limits.js";
import { TemplateValidationError } from "./validation-error.js";

/** Checks a required text: a non-empty string, within its limit when one is given. */
export function checkTemplateText(
  component: string,
  field: string,
  value: unknown,
  limit?: TemplateLimitName,
): string {
  if (typeof value !== "string" || value === "") {
    throw new TemplateValidationError(component, field, "must be a non-empty string");
  }
  if (limit !== undefined) {
    const { max } = TEMPLATE_LIMITS[limit];
    const length = charCount(value);
    if (length > max) {
      throw new TemplateValidationError(
        component,
        field,
        `is ${length} characters; the limit is ${max}`,
        limit,
      );
    }
  }
  return value;
}

/** Checks an optional text: `undefined`, or as {@link checkTemplateText}. */
export function checkOptionalTemplateText(
  component: string,
  field: string,
  value: unknown,
  limit?: TemplateLimitName,
): string | undefined {
  return value === undefined ? undefined : checkTemplateText(component, field, value, limit);
}

/** Checks a count or a whole number against a limit's range. */
export function checkTemplateRange(
  component: string,
  field: string,
  value: number,
  limit: TemplateLimitName,
  what = "items",
): number {
  const entry: { min?: number; max: number } = TEMPLATE_LIMITS[limit];
  const min = entry.min ?? 0;
  if (!Number.isInteger(value) || value < min || value > entry.max) {
    throw new TemplateValidationError(
      component,
      field,
      `has ${value} ${what}; it takes ${min} to ${entry.max}`,
      limit,
    );
  }
  return value;
}

/** Checks a button's index among the template's buttons: a whole number from 0. */
export function checkIndex(component: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new TemplateValidationError(component, "index", "must be a whole number >= 0");
  }
  return value;
}

/** Runs a messages check, reporting its failure as a {@link TemplateValidationError}. */
export function asTemplateCheck<T>(component: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof MessageValidationError) {
      throw new TemplateValidationError(
        component,
        error.field,
        error.message.replace(/^[^`]*`[^`]*` /, ""),
      );
    }
    throw error;
  }
}
