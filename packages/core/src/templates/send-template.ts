import { envelope, type MessageBody } from "../messages/envelope.js";
import type { ReplyableOptions } from "../messages/options.js";
import { MessageValidationError } from "../messages/validate.js";
import { checkTemplateParams } from "./check-params.js";
import type { TemplateParams } from "./component.js";
import type { TemplateLanguage } from "./languages.js";
import type { TemplateComponentInput } from "./template.js";

/** A template to check parameters against: a `Template` you built or a fetched `TemplateDetails`. */
export interface TemplateShape {
  /** The template's name. */
  readonly name: string;
  /** The template's language code. */
  readonly language: TemplateLanguage;
  /** Its components. */
  readonly components: readonly TemplateComponentInput[];
}

/** A send-time parameter: typed (`BodyText.params(…)`…) or Graph's JSON. */
export type TemplateParamInput = TemplateParams | Record<string, unknown>;

/** Options of `sendTemplate`. */
export interface SendTemplateOptions extends ReplyableOptions {
  /** The approved template's name (or give `template`). */
  name?: string | undefined;
  /** The template's language code, such as `en_US` (or give `template`). */
  language?: TemplateLanguage | undefined;
  /**
   * What fills the template: `BodyText.params(…)`, `HeaderImage.params(…)`, button parameters
   * (`URLButton.params(…)`, `TemplateFlowButton`…), carousel cards, or Graph's JSON.
   */
  params?: readonly TemplateParamInput[] | undefined;
  /** The same as `params` (the name tswa 0.1 used). */
  components?: readonly TemplateParamInput[] | undefined;
  /**
   * The template itself (a `TemplateDetails` from `getTemplate`, or the `Template` you created):
   * gives `name` and `language`, and `params` are checked against it before the call.
   */
  template?: TemplateShape | undefined;
  /** Sends through the Marketing Messages Lite API (`POST /{phone-id}/marketing_messages`). */
  useMmLiteApi?: boolean | undefined;
  /** With the MM Lite API: whether Meta may use this message's activity to optimize delivery. */
  messageActivitySharing?: boolean | undefined;
}

const toJSON = (p: TemplateParamInput): unknown =>
  typeof p.toJSON === "function" ? (p as TemplateParams).toJSON() : p;

/**
 * The `template` object of a template message, after checking the parameters against the
 * template when one is given.
 *
 * @throws {@link MessageValidationError} without a name or language;
 *   `TemplateValidationError` when the parameters do not fit the template.
 */
export function templateMessageContent(
  method: string,
  options: SendTemplateOptions,
): Record<string, unknown> {
  const name = options.name ?? options.template?.name;
  const language = options.language ?? options.template?.language;
  if (typeof name !== "string" || name === "") {
    throw new MessageValidationError(method, "name", "is required (or give `template`)");
  }
  if (typeof language !== "string" || language === "") {
    throw new MessageValidationError(method, "language", "is required (or give `template`)");
  }
  const params = options.params ?? options.components;
  if (options.template !== undefined) {
    checkTemplateParams(name, options.template.components, params ?? []);
  }
  return {
    name,
    language: { code: language },
    ...(params?.length ? { components: params.map(toJSON) } : {}),
  };
}

/** The whole template message, checked. @throws as {@link templateMessageContent}. */
export function templateMessageBody(method: string, options: SendTemplateOptions): MessageBody {
  const body = envelope(method, options, "template", templateMessageContent(method, options));
  if (options.messageActivitySharing !== undefined) {
    if (!options.useMmLiteApi) {
      throw new MessageValidationError(
        method,
        "messageActivitySharing",
        "applies only with `useMmLiteApi: true`",
      );
    }
    body.message_activity_sharing = options.messageActivitySharing;
  }
  return body;
}
