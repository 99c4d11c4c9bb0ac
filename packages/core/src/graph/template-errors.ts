import { GraphApiError, type GraphErrorInit } from "./graph-error.js";

// The errors of creating and editing templates (`POST /{waba-id}/message_templates`,
// `POST /{template-id}`). Graph sends them as code 100 with an `error_subcode` of 2388xxx; the
// factory picks the class by that subcode. (Sending a template fails with 132xxx codes, which
// are SendMessageErrors: TemplateParamCountMismatch, TemplatePaused…)

/**
 * Graph refused to create or edit a template (subcodes 2388xxx). `details` and the
 * `error_user_msg` say which part; tswa's own checks catch most of these before the call.
 *
 * @example
 * ```ts
 * import { TemplateCreationError, type TemplatesApi, templates } from "@tswa/core";
 *
 * declare const api: TemplatesApi;
 * declare const template: templates.Template;
 * try {
 *   await api.createTemplate(template);
 * } catch (error) {
 *   if (error instanceof TemplateCreationError) console.error(error.subcode, error.details);
 *   else throw error;
 * }
 * ```
 */
export class TemplateCreationError extends GraphApiError {}

/** 2388019: the account reached its number of templates. */
export class TemplateLimitExceeded extends TemplateCreationError {}
/** 2388040: a field is over its character limit. */
export class TemplateCharacterLimitExceeded extends TemplateCreationError {}
/** 2388047: the header or body is badly formatted (pywa's TemplateHeader/BodyFormatIncorrect). */
export class TemplateFormatIncorrect extends TemplateCreationError {}
/** 2388073: the footer is badly formatted. */
export class TemplateFooterFormatIncorrect extends TemplateCreationError {}
/** 2388293: too many parameters for the text's length. */
export class TemplateParametersWordsRatioExceedsLimit extends TemplateCreationError {}
/** 2388299: a parameter at the very start or end of the text. */
export class TemplateLeadingOrTrailingParametersNotAllowed extends TemplateCreationError {}

/** The template creation errors by Graph `error_subcode`, for the error factory. */
export const TEMPLATE_CREATION_ERRORS: ReadonlyMap<
  number,
  new (
    init: GraphErrorInit,
  ) => GraphApiError
> = new Map<number, new (init: GraphErrorInit) => GraphApiError>([
  [2388019, TemplateLimitExceeded],
  [2388040, TemplateCharacterLimitExceeded],
  [2388047, TemplateFormatIncorrect],
  [2388073, TemplateFooterFormatIncorrect],
  [2388293, TemplateParametersWordsRatioExceedsLimit],
  [2388299, TemplateLeadingOrTrailingParametersNotAllowed],
]);

/** The class of a template creation error, by subcode (or a 2388xxx code), if it is one. */
export function templateCreationErrorClass(
  init: GraphErrorInit,
): (new (init: GraphErrorInit) => GraphApiError) | undefined {
  for (const code of [init.error.error_subcode, init.error.code]) {
    if (code === undefined) continue;
    const known = TEMPLATE_CREATION_ERRORS.get(code);
    if (known) return known;
    if (code >= 2388000 && code < 2389000) return TemplateCreationError;
  }
  return undefined;
}
