import type { RequestOptions } from "@tswa/core";
import type { FlowButton } from "./flow-button.js";
import type { TemplateFlowButton } from "./template-flow-button.js";

/** Options of `wa.sendMessage`; `signal`, `timeout` and `deadline` apply to the Graph call. */
export interface SendMessageOptions extends RequestOptions {
  /** The recipient's WhatsApp id (phone number in international format). */
  to: string;
  /** The message text; with `buttons`, the body of the interactive message. */
  text: string;
  /** A text header (interactive messages only). */
  header?: string | undefined;
  /** A footer (interactive messages only). */
  footer?: string | undefined;
  /** A {@link FlowButton}: sends an interactive flow message. */
  buttons?: FlowButton | undefined;
  /** Shows a preview of the first URL in a text message. */
  previewUrl?: boolean | undefined;
  /** Replies to this message (its wamid). */
  replyToMessageId?: string | undefined;
  /** Data you get back in the message's status webhooks (`biz_opaque_callback_data`). */
  tracker?: string | undefined;
  /** Sends from this phone number id instead of the client's `phoneId`. */
  sender?: string | undefined;
}

/** Options of `wa.sendTemplate`; `signal`, `timeout` and `deadline` apply to the Graph call. */
export interface SendTemplateOptions extends RequestOptions {
  /** The recipient's WhatsApp id. */
  to: string;
  /** The approved template's name. */
  name: string;
  /** The template's language code, such as `en_US`. */
  language: string;
  /** The template's components: header/body parameters as Graph objects, flow buttons as {@link TemplateFlowButton}. */
  components?: readonly (TemplateFlowButton | Record<string, unknown>)[] | undefined;
  /** Replies to this message (its wamid). */
  replyToMessageId?: string | undefined;
  /** Data you get back in the message's status webhooks. */
  tracker?: string | undefined;
  /** Sends from this phone number id instead of the client's `phoneId`. */
  sender?: string | undefined;
}

/**
 * The JSON body of `POST /{phone-id}/messages` for a text or an interactive flow message
 * (spec 4.1).
 *
 * @throws TypeError when a header or footer comes without buttons (text messages have neither).
 */
export function messagePayload(options: SendMessageOptions): Record<string, unknown> {
  const base = envelope(options.to, options.replyToMessageId, options.tracker);
  if (!options.buttons) {
    if (options.header !== undefined || options.footer !== undefined) {
      throw new TypeError(
        "sendMessage: header and footer need buttons (a text message has neither)",
      );
    }
    const text: Record<string, unknown> = { body: options.text };
    if (options.previewUrl !== undefined) text.preview_url = options.previewUrl;
    return { ...base, type: "text", text };
  }
  const interactive: Record<string, unknown> = { type: "flow" };
  if (options.header !== undefined) interactive.header = { type: "text", text: options.header };
  interactive.body = { text: options.text };
  if (options.footer !== undefined) interactive.footer = { text: options.footer };
  interactive.action = options.buttons.toAction();
  return { ...base, type: "interactive", interactive };
}

/** The JSON body of `POST /{phone-id}/messages` for a template. */
export function templatePayload(options: SendTemplateOptions): Record<string, unknown> {
  const template: Record<string, unknown> = {
    name: options.name,
    language: { code: options.language },
  };
  if (options.components?.length) {
    template.components = options.components.map((component) =>
      typeof component.toJSON === "function" ? component.toJSON() : component,
    );
  }
  return {
    ...envelope(options.to, options.replyToMessageId, options.tracker),
    type: "template",
    template,
  };
}

function envelope(
  to: string,
  replyTo: string | undefined,
  tracker: string | undefined,
): Record<string, unknown> {
  const base: Record<string, unknown> = {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to,
  };
  if (replyTo !== undefined) base.context = { message_id: replyTo };
  if (tracker !== undefined) base.biz_opaque_callback_data = tracker;
  return base;
}
