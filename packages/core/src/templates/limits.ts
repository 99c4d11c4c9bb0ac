/**
 * Every limit tswa checks before creating a template, with where Meta documents it. Meta refuses
 * a template over these only after the round trip (error 2388xxx, or a rejection in review);
 * tswa throws a {@link TemplateValidationError} naming the component and field at once.
 */

import type { TemplateValidationError } from "./validation-error.js";

/** One documented template limit. */
export interface TemplateLimit {
  /** The smallest allowed count or value. */
  readonly min?: number;
  /** The largest allowed length (characters), count or value. */
  readonly max: number;
  /** Where Meta (or, failing that, pywa) documents it. */
  readonly source: string;
}

const COMPONENTS = "Meta, Template components";
const AUTH = "Meta, Authentication templates";

/** The name of a limit in {@link TEMPLATE_LIMITS}, as {@link TemplateValidationError} reports it. */
export type TemplateLimitName =
  | "name"
  | "headerText"
  | "headerTextParams"
  | "bodyText"
  | "footerText"
  | "buttons"
  | "urlButtons"
  | "phoneNumberButtons"
  | "copyCodeButtons"
  | "buttonText"
  | "url"
  | "phoneNumber"
  | "copyCodeExample"
  | "carouselCards"
  | "carouselCardBody"
  | "carouselCardButtons"
  | "limitedTimeOfferText"
  | "codeExpirationMinutes"
  | "supportedApps";

/** The template limits by name. */
export const TEMPLATE_LIMITS: Readonly<Record<TemplateLimitName, TemplateLimit>> = {
  name: { max: 512, source: "Meta, Templates: name (lowercase letters, digits, underscores)" },
  headerText: { max: 60, source: `${COMPONENTS}: text header` },
  headerTextParams: { max: 1, source: `${COMPONENTS}: a text header takes one parameter` },
  bodyText: { max: 1024, source: `${COMPONENTS}: body` },
  footerText: { max: 60, source: `${COMPONENTS}: footer` },
  buttons: { max: 10, source: `${COMPONENTS}: buttons (up to 10 in all)` },
  urlButtons: { max: 2, source: `${COMPONENTS}: URL buttons (up to 2)` },
  phoneNumberButtons: { max: 1, source: `${COMPONENTS}: phone number buttons (up to 1)` },
  copyCodeButtons: { max: 1, source: `${COMPONENTS}: copy code buttons (up to 1)` },
  buttonText: { max: 25, source: `${COMPONENTS}: button label` },
  url: { max: 2000, source: `${COMPONENTS}: URL button url` },
  phoneNumber: { max: 20, source: `${COMPONENTS}: phone number button` },
  copyCodeExample: { max: 15, source: `${COMPONENTS}: copy code button example` },
  carouselCards: { min: 2, max: 10, source: "Meta, Media card carousel templates: 2 to 10 cards" },
  carouselCardBody: { max: 160, source: "Meta, Media card carousel templates: card body" },
  carouselCardButtons: {
    min: 1,
    max: 2,
    source: "Meta, Media card carousel templates: card buttons",
  },
  limitedTimeOfferText: { max: 16, source: "Meta, Limited-time offer templates: offer text" },
  codeExpirationMinutes: { min: 1, max: 90, source: `${AUTH}: code_expiration_minutes` },
  supportedApps: { min: 1, max: 5, source: `${AUTH}: supported_apps (up to 5)` },
};
