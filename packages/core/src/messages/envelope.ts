import type { SendOptionsBase } from "./options.js";
import { checkTracker, recipientFields } from "./recipient.js";
import { checkId } from "./validate.js";

/** A `POST /{phone-id}/messages` body. */
export type MessageBody = Record<string, unknown>;

/**
 * Wraps a message's content in the fields every message shares, in the order Meta's examples
 * use: product, recipient, context, tracker, identity hash, type, then the content under its
 * type's name.
 */
export function envelope(
  method: string,
  options: SendOptionsBase & { replyToMessageId?: string | undefined },
  type: string,
  content: unknown,
): MessageBody {
  const body: MessageBody = {
    messaging_product: "whatsapp",
    ...recipientFields(method, options.to),
  };
  if (options.replyToMessageId !== undefined) {
    body.context = { message_id: checkId(method, "replyToMessageId", options.replyToMessageId) };
  }
  const tracker = checkTracker(method, options.tracker);
  if (tracker !== undefined) body.biz_opaque_callback_data = tracker;
  if (options.identityKeyHash !== undefined) {
    body.recipient_identity_key_hash = checkId(method, "identityKeyHash", options.identityKeyHash);
  }
  body.type = type;
  body[type] = content;
  return body;
}
