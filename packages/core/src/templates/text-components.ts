import { checkTemplateText } from "./checks.js";
import type { ExpectedParams, ParameterizedComponent, TemplateParams } from "./component.js";
import type { TemplateLimitName } from "./limits.js";
import {
  fillPlaceholders,
  placeholdersOf,
  readExamples,
  type TextExample,
  type TextExamples,
} from "./placeholders.js";
import { type NamedTextParams, TextParams, type TextParamValue } from "./text-params.js";
import { TemplateValidationError } from "./validation-error.js";

/** What a text header and a body share: text with `{{placeholders}}` and an example for each. */
abstract class TextComponent implements ParameterizedComponent {
  abstract readonly kind: "HeaderText" | "BodyText";
  /** The text, with `{{1}}` or `{{name}}` placeholders. */
  readonly text: string;
  /** The placeholders' examples and their format (`POSITIONAL`, `NAMED`, or none). */
  readonly examples: TextExamples;

  protected constructor(
    kind: "HeaderText" | "BodyText",
    limit: TemplateLimitName,
    text: string,
    examples: readonly unknown[],
  ) {
    this.text = checkTemplateText(kind, "text", text, limit);
    this.examples = readExamples(kind, text, examples);
  }

  /** The parameter format of the placeholders, or `undefined` without any. */
  get paramFormat(): "POSITIONAL" | "NAMED" | undefined {
    return this.examples.format;
  }

  /** The text with the examples (or the values given) in place of the placeholders. */
  preview(values?: readonly TextExample[] | Readonly<Record<string, TextExample>>): string {
    const { values: examples } = this.examples;
    if (examples === undefined) return this.text;
    if (values === undefined) return fillPlaceholders(this.text, examples);
    if (Array.isArray(values)) {
      const given = (values as readonly TextExample[]).map(String);
      return fillPlaceholders(
        this.text,
        (examples as readonly string[]).map((e, i) => given[i] ?? e),
      );
    }
    const named = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
    return fillPlaceholders(this.text, { ...(examples as Record<string, string>), ...named });
  }

  /** What this component takes at send time. */
  expectedParams(): ExpectedParams | undefined {
    if (this.examples.format === undefined) return undefined;
    return { kind: this.kind, required: true, check: (p) => this.checkParams(p) };
  }

  /** Throws when send-time parameters do not fit the placeholders (count, names). */
  checkParams(params: TemplateParams): void {
    const { format, values } = this.examples;
    if (!(params instanceof TextParams) || format === undefined) {
      throw new TemplateValidationError(
        this.kind,
        "params",
        "takes no parameters: the text has no placeholders",
      );
    }
    if (format === "POSITIONAL") {
      const want = (values as readonly string[]).length;
      if (params.positional === undefined || params.positional.length !== want) {
        throw new TemplateValidationError(
          this.kind,
          "params",
          `takes ${want} positional value(s), got ${params.positional ? params.positional.length : "named ones"}`,
        );
      }
      return;
    }
    const want = Object.keys(values as Record<string, string>);
    const got = Object.keys(params.named ?? {});
    const missing = want.filter((n) => !got.includes(n));
    const extra = got.filter((n) => !want.includes(n));
    if (params.named === undefined || missing.length || extra.length) {
      throw new TemplateValidationError(
        this.kind,
        "params",
        params.named === undefined
          ? `takes named values (${want.join(", ")}), got positional ones`
          : [
              missing.length ? `misses ${missing.join(", ")}` : "",
              extra.length ? `has unknown ${extra.join(", ")}` : "",
            ]
              .filter(Boolean)
              .join("; "),
      );
    }
  }

  /** The component as Graph expects it. */
  abstract toJSON(): Record<string, unknown>;

  protected exampleJSON(prefix: "header" | "body"): Record<string, unknown> | undefined {
    const { format, values } = this.examples;
    if (format === "POSITIONAL") {
      return { [`${prefix}_text`]: prefix === "body" ? [values] : values };
    }
    if (format === "NAMED") {
      return {
        [`${prefix}_text_named_params`]: Object.entries(
          values as Readonly<Record<string, string>>,
        ).map(([param_name, example]) => ({
          param_name,
          example,
        })),
      };
    }
    return undefined;
  }
}

/**
 * A text header (at most 60 characters) with at most one placeholder, and its example.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * const header = new templates.HeaderText("Our {{1}} is on!", "Summer Sale");
 * const named = new templates.HeaderText("Hi {{name}}", { name: "Pablo" });
 * const atSendTime = header.params("Winter Sale");
 * ```
 */
export class HeaderText extends TextComponent {
  /** The builder's name. */
  readonly kind = "HeaderText" as const;

  constructor(text: string, ...examples: readonly TextExample[]);
  constructor(text: string, named: Readonly<Record<string, TextExample>>);
  constructor(text: string, ...examples: readonly unknown[]) {
    super("HeaderText", "headerText", text, examples);
    const count = placeholdersOf(text).length;
    if (count > 1) {
      throw new TemplateValidationError(
        "HeaderText",
        "text",
        `has ${count} placeholders; a text header takes at most 1`,
        "headerTextParams",
      );
    }
  }

  /** The values of the placeholders at send time (checked against this header). */
  params(...values: readonly TextParamValue[]): TextParams;
  params(named: NamedTextParams): TextParams;
  params(...values: readonly unknown[]): TextParams {
    const params = new TextParams("HeaderText", values);
    this.checkParams(params);
    return params;
  }

  /** The values of a text header's placeholders at send time, unchecked. */
  static params(...values: readonly TextParamValue[]): TextParams;
  static params(named: NamedTextParams): TextParams;
  static params(...values: readonly unknown[]): TextParams {
    return new TextParams("HeaderText", values);
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    const example = this.exampleJSON("header");
    return { type: "HEADER", format: "TEXT", text: this.text, ...(example ? { example } : {}) };
  }
}

/**
 * The body (at most 1,024 characters) with `{{1}}`… or `{{name}}` placeholders and an example
 * for each.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * const body = new templates.BodyText("Use code {{1}} to get {{2}} off!", "25OFF", "25%");
 * const atSendTime = body.params("SUMMER", "30%");
 * ```
 */
export class BodyText extends TextComponent {
  /** The builder's name. */
  readonly kind = "BodyText" as const;

  constructor(text: string, ...examples: readonly TextExample[]);
  constructor(text: string, named: Readonly<Record<string, TextExample>>);
  constructor(text: string, ...examples: readonly unknown[]) {
    super("BodyText", "bodyText", text, examples);
    // Graph refuses a body that starts or ends with a placeholder (error 2388299).
    const trimmed = text.trim();
    if (/^\{\{[^{}]+\}\}/.test(trimmed) || /\{\{[^{}]+\}\}$/.test(trimmed)) {
      throw new TemplateValidationError(
        "BodyText",
        "text",
        "starts or ends with a placeholder, which Meta refuses: put words before and after it",
      );
    }
  }

  /** The values of the placeholders at send time (checked against this body). */
  params(...values: readonly TextParamValue[]): TextParams;
  params(named: NamedTextParams): TextParams;
  params(...values: readonly unknown[]): TextParams {
    const params = new TextParams("BodyText", values);
    this.checkParams(params);
    return params;
  }

  /** The values of a body's placeholders at send time, unchecked. */
  static params(...values: readonly TextParamValue[]): TextParams;
  static params(named: NamedTextParams): TextParams;
  static params(...values: readonly unknown[]): TextParams {
    return new TextParams("BodyText", values);
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    const example = this.exampleJSON("body");
    return { type: "BODY", text: this.text, ...(example ? { example } : {}) };
  }
}

/** A footer: plain text, at most 60 characters. */
export class FooterText {
  /** The builder's name. */
  readonly kind = "FooterText" as const;
  /** The text. */
  readonly text: string;

  constructor(options: { text: string }) {
    this.text = checkTemplateText("FooterText", "text", options.text, "footerText");
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "FOOTER", text: this.text };
  }
}
