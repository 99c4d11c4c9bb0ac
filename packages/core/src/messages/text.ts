import { envelope, type MessageBody } from "./envelope.js";
import { interactiveObject, resolveButtons } from "./interactive.js";
import type { SendMessageOptions } from "./options.js";
import { checkText, MessageValidationError } from "./validate.js";

/**
 * The body of `sendMessage`: a text message, or with `buttons` an interactive message whose
 * type the buttons pick (`button`, `cta_url`, `voice_call`, `call_permission_request`,
 * `request_contact_info`, `list` or `flow`).
 */
export function textMessageBody(method: string, options: SendMessageOptions): MessageBody {
  if (options.buttons === undefined) {
    if (options.header !== undefined || options.footer !== undefined) {
      throw new MessageValidationError(
        method,
        options.header !== undefined ? "header" : "footer",
        "needs buttons (a text message has no header or footer)",
      );
    }
    const text: Record<string, unknown> = {
      body: checkText(method, "text", options.text, "textBody"),
    };
    if (options.previewUrl !== undefined) text.preview_url = options.previewUrl;
    return envelope(method, options, "text", text);
  }
  const { type, action } = resolveButtons(method, options.buttons);
  const parts = { header: options.header, body: options.text, footer: options.footer };
  return envelope(method, options, "interactive", interactiveObject(method, type, parts, action));
}
