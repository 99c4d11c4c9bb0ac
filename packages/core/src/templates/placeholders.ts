import { TemplateValidationError } from "./validation-error.js";

/** One example value of a placeholder (numbers are sent as text). */
export type TextExample = string | number;

/** The examples of a text with placeholders: by position, or by name, or none. */
export interface TextExamples {
  /** `POSITIONAL` (`{{1}}`…), `NAMED` (`{{first_name}}`…), or `undefined` without placeholders. */
  readonly format: "POSITIONAL" | "NAMED" | undefined;
  /** The examples in order (positional), by name (named), or `undefined`. */
  readonly values: readonly string[] | Readonly<Record<string, string>> | undefined;
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const NAME = /^[a-z_][a-z0-9_]*$/;

/** The placeholder names of a text, in order of appearance (`1`, `2`, or `first_name`). */
export const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);

const isNamedExamples = (value: unknown): value is Readonly<Record<string, TextExample>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads the examples given with a text and checks them against its placeholders: numbered
 * placeholders run from `{{1}}` without gaps, one example each; named ones (lowercase letters,
 * digits, underscores) have an example each and no other; the two are never mixed.
 */
export function readExamples(
  component: string,
  text: string,
  examples: readonly unknown[],
): TextExamples {
  const found = placeholdersOf(text);
  const distinct = [...new Set(found)];
  const numbered = distinct.filter((p) => /^\d+$/.test(p));
  const named = distinct.filter((p) => !/^\d+$/.test(p));
  if (numbered.length > 0 && named.length > 0) {
    throw new TemplateValidationError(component, "text", "mixes numbered and named placeholders");
  }
  if (examples.length === 1 && isNamedExamples(examples[0])) {
    const given = examples[0];
    const bad = named.find((p) => !NAME.test(p));
    if (numbered.length > 0 || bad !== undefined) {
      throw new TemplateValidationError(
        component,
        "text",
        "takes named examples, so its placeholders must be names of lowercase letters, digits and underscores",
      );
    }
    const missing = named.filter((p) => !(p in given));
    const extra = Object.keys(given).filter((k) => !named.includes(k));
    if (missing.length > 0 || extra.length > 0) {
      throw new TemplateValidationError(
        component,
        "examples",
        [
          missing.length ? `has no example for ${missing.map((p) => `{{${p}}}`).join(", ")}` : "",
          extra.length ? `has examples for no placeholder: ${extra.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join("; "),
      );
    }
    const values = Object.fromEntries(named.map((p) => [p, exampleText(component, p, given[p])]));
    return { format: "NAMED", values };
  }
  if (examples.length === 0) {
    if (distinct.length > 0) {
      throw new TemplateValidationError(
        component,
        "examples",
        `has placeholders but no examples: give one example for each of ${distinct.map((p) => `{{${p}}}`).join(", ")}`,
      );
    }
    return { format: undefined, values: undefined };
  }
  if (named.length > 0) {
    throw new TemplateValidationError(
      component,
      "text",
      "has named placeholders but positional examples: pass the examples as one object",
    );
  }
  const expected = examples.map((_, i) => String(i + 1));
  const same = numbered.length === expected.length && expected.every((n) => numbered.includes(n));
  if (!same) {
    throw new TemplateValidationError(
      component,
      "text",
      `must number its placeholders {{1}} to {{${examples.length}}} without gaps, one per example (found ${numbered.map((p) => `{{${p}}}`).join(", ") || "none"})`,
    );
  }
  return {
    format: "POSITIONAL",
    values: examples.map((e, i) => exampleText(component, `examples[${i}]`, e)),
  };
}

function exampleText(component: string, field: string, value: unknown): string {
  if ((typeof value !== "string" || value === "") && typeof value !== "number") {
    throw new TemplateValidationError(component, field, "must be a non-empty string or a number");
  }
  return String(value);
}

/** Fills a text's placeholders: the preview of a message. */
export function fillPlaceholders(
  text: string,
  values: readonly string[] | Readonly<Record<string, string>>,
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Array.isArray(values)
      ? (values as readonly string[])[Number(name) - 1]
      : (values as Readonly<Record<string, string>>)[name];
    return value ?? whole;
  });
}
