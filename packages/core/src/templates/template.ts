import type { LibraryBodyInputs } from "./authentication.js";
import type { LibraryButtonInput } from "./button-params.js";
import { json } from "./buttons.js";
import { checkTemplateText } from "./checks.js";
import type { TemplateComponent } from "./component.js";
import { CreativeFeaturesSpec, DegreesOfFreedomSpec } from "./creative-features.js";
import type { ParamFormat, TemplateCategory } from "./enums.js";
import type { TemplateLanguage } from "./languages.js";
import { parseTemplateComponents } from "./parse.js";
import { snakeCaseFields } from "./snake-case.js";
import { TemplateValidationError } from "./validation-error.js";

/** A component of a template: a builder, or Graph's JSON for one tswa does not model. */
export type TemplateComponentInput = TemplateComponent | Record<string, unknown>;

/** Options of {@link Template}. */
export interface TemplateOptions {
  /** Lowercase letters, digits and underscores; at most 512 characters. */
  name: string;
  /** The language code, such as `TemplateLanguage.ENGLISH_US` (`"en_US"`). */
  language: TemplateLanguage;
  /** `MARKETING`, `UTILITY` or `AUTHENTICATION`. */
  category: TemplateCategory;
  /** The components: at most one header, a body, a footer, buttons, a carousel, an offer. */
  components: readonly TemplateComponentInput[];
  /** `POSITIONAL` or `NAMED`; read from the texts' examples when not given. */
  parameterFormat?: ParamFormat | undefined;
  /** How long Meta tries to deliver a sent message before dropping it, in seconds. */
  messageSendTtlSeconds?: number | undefined;
  /** The creative optimizations Meta may apply (marketing templates). */
  degreesOfFreedomSpec?: DegreesOfFreedomSpec | undefined;
}

const ONCE = new Set(["HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER"]);

/** Checks a template name: lowercase letters, digits and underscores, at most 512. */
export function checkTemplateName(component: string, name: unknown): string {
  const value = checkTemplateText(component, "name", name, "name");
  if (!/^[a-z0-9_]+$/.test(value)) {
    throw new TemplateValidationError(
      component,
      "name",
      "may hold only lowercase letters, digits and underscores",
      "name",
    );
  }
  return value;
}

/**
 * A message template to create: its name, language, category and components. Its JSON is
 * exactly what Meta documents, so `JSON.stringify(template)` is the body of `createTemplate`.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * const t = templates;
 * const template = new t.Template({
 *   name: "seasonal_promotion",
 *   language: t.TemplateLanguage.ENGLISH_US,
 *   category: t.TemplateCategory.MARKETING,
 *   components: [
 *     new t.HeaderText("Our {{1}} is on!", "Summer Sale"),
 *     new t.BodyText("Use code {{1}} to get {{2}} off.", "25OFF", "25%"),
 *     new t.FooterText({ text: "Tap below to stop promotions" }),
 *     new t.Buttons({ buttons: [new t.QuickReplyButton({ text: "Unsubscribe" })] }),
 *   ],
 * });
 * ```
 */
export class Template {
  /** The name. */
  readonly name: string;
  /** The language code. */
  readonly language: TemplateLanguage;
  /** The category. */
  readonly category: TemplateCategory;
  /** The components, in order. */
  readonly components: readonly TemplateComponentInput[];
  /** The parameter format, if given. */
  readonly parameterFormat: ParamFormat | undefined;
  /** The delivery time-to-live, in seconds. */
  readonly messageSendTtlSeconds: number | undefined;
  /** The creative optimizations. */
  readonly degreesOfFreedomSpec: DegreesOfFreedomSpec | undefined;

  constructor(options: TemplateOptions) {
    this.name = checkTemplateName("Template", options.name);
    this.language = checkTemplateText("Template", "language", options.language);
    this.category = checkTemplateText("Template", "category", options.category);
    this.components = checkComponents("Template", options.components);
    this.parameterFormat = options.parameterFormat;
    const ttl = options.messageSendTtlSeconds;
    if (ttl !== undefined && (!Number.isInteger(ttl) || ttl <= 0)) {
      throw new TemplateValidationError(
        "Template",
        "messageSendTtlSeconds",
        "must be a whole number of seconds > 0",
      );
    }
    this.messageSendTtlSeconds = ttl;
    this.degreesOfFreedomSpec = options.degreesOfFreedomSpec;
  }

  /**
   * Reads a template from Graph's JSON (a file you keep, an export): its components become the
   * builder's classes (one tswa does not model stays JSON), and every local check runs.
   *
   * @throws {@link TemplateValidationError} for a template that breaks a documented rule.
   */
  static fromJSON(json: unknown): Template {
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      throw new TemplateValidationError("Template", "json", "must be a template object");
    }
    const o = json as Record<string, unknown>;
    return new Template({
      name: o.name as string,
      language: o.language as string,
      category: o.category as string,
      components: parseTemplateComponents(o.components, true),
      parameterFormat: o.parameter_format as string | undefined,
      messageSendTtlSeconds: o.message_send_ttl_seconds as number | undefined,
      degreesOfFreedomSpec:
        typeof o.degrees_of_freedom_spec === "object" && o.degrees_of_freedom_spec !== null
          ? new DegreesOfFreedomSpec({
              creativeFeaturesSpec: CreativeFeaturesSpec.fromJSON(
                (o.degrees_of_freedom_spec as Record<string, unknown>).creative_features_spec,
              ),
            })
          : undefined,
    });
  }

  /** The template as Graph expects it (`POST /{waba-id}/message_templates`). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      language: this.language,
      category: this.category,
      ...(this.parameterFormat === undefined ? {} : { parameter_format: this.parameterFormat }),
      ...(this.messageSendTtlSeconds === undefined
        ? {}
        : { message_send_ttl_seconds: this.messageSendTtlSeconds }),
      ...(this.degreesOfFreedomSpec === undefined
        ? {}
        : { degrees_of_freedom_spec: this.degreesOfFreedomSpec.toJSON() }),
      components: this.components.map(json),
    };
  }
}

/** Checks a list of components: an array with at most one of each top-level type. */
export function checkComponents(
  component: string,
  components: unknown,
): readonly TemplateComponentInput[] {
  if (!Array.isArray(components)) {
    throw new TemplateValidationError(component, "components", "must be an array of components");
  }
  const seen = new Set<string>();
  components.forEach((c, i) => {
    if (typeof c !== "object" || c === null) {
      throw new TemplateValidationError(component, `components[${i}]`, "must be a component");
    }
    const type = String(
      (c as { toJSON?: unknown }).toJSON
        ? kindType(c as TemplateComponent)
        : (c as { type?: unknown }).type,
    );
    if (ONCE.has(type)) {
      if (seen.has(type)) {
        throw new TemplateValidationError(
          component,
          `components[${i}]`,
          `is a second ${type}; a template has at most one`,
        );
      }
      seen.add(type);
    }
  });
  return [...components];
}

// The top-level type without serializing (a media header's file is not uploaded yet).
const kindType = (c: TemplateComponent): string => {
  if (c.kind.startsWith("Header")) return "HEADER";
  if (c.kind === "BodyText" || c.kind === "AuthenticationBody") return "BODY";
  if (c.kind === "FooterText" || c.kind === "AuthenticationFooter") return "FOOTER";
  if (c.kind === "Buttons") return "BUTTONS";
  if (c.kind === "Carousel") return "CAROUSEL";
  if (c.kind === "LimitedTimeOffer") return "LIMITED_TIME_OFFER";
  return c.kind;
};

/** Options of {@link LibraryTemplate}. */
export interface LibraryTemplateOptions {
  /** Your name for the template. */
  name: string;
  /** The Template Library template's exact name, such as `delivery_update_1`. */
  libraryTemplateName: string;
  /** `UTILITY` or `AUTHENTICATION`. */
  category: TemplateCategory;
  /** The language code. */
  language: TemplateLanguage;
  /** The body's inputs (`BodyText.libraryInput(…)`, `AuthenticationBody.libraryInput(…)`). */
  libraryTemplateBodyInputs?: LibraryBodyInputs | undefined;
  /** The buttons' inputs (`URLButton.libraryInput(…)`, `PhoneNumberButton.libraryInput(…)`…). */
  libraryTemplateButtonInputs?: readonly LibraryButtonInput[] | undefined;
}

/**
 * A template from Meta's Template Library: fixed, pre-approved content with inputs you adapt
 * (links, phone number, code expiry).
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * new templates.LibraryTemplate({
 *   name: "my_delivery_update",
 *   libraryTemplateName: "delivery_update_1",
 *   category: "UTILITY",
 *   language: "en_US",
 *   libraryTemplateButtonInputs: [templates.URLButton.libraryInput({ baseUrl: "https://example.com/track" })],
 * });
 * ```
 */
export class LibraryTemplate {
  /** The options as given. */
  readonly options: Readonly<LibraryTemplateOptions>;

  constructor(options: LibraryTemplateOptions) {
    checkTemplateName("LibraryTemplate", options.name);
    checkTemplateText("LibraryTemplate", "libraryTemplateName", options.libraryTemplateName);
    this.options = { ...options };
  }

  /** The name. */
  get name(): string {
    return this.options.name;
  }

  /** The template as Graph expects it. */
  toJSON(): Record<string, unknown> {
    const o = this.options;
    const body = o.libraryTemplateBodyInputs;
    return {
      name: o.name,
      language: o.language,
      category: o.category,
      library_template_name: o.libraryTemplateName,
      ...(body === undefined
        ? {}
        : {
            library_template_body_inputs: snakeCaseFields(body),
          }),
      ...(o.libraryTemplateButtonInputs === undefined
        ? {}
        : { library_template_button_inputs: o.libraryTemplateButtonInputs.map((b) => b.toJSON()) }),
    };
  }
}
