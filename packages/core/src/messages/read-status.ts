import type { MessageBody } from "./envelope.js";
import { checkId } from "./validate.js";

/** The body that marks a received message (and the earlier ones) as read: blue ticks. */
export function markAsReadBody(method: string, messageId: string): MessageBody {
  return {
    messaging_product: "whatsapp",
    status: "read",
    message_id: checkId(method, "messageId", messageId),
  };
}

/**
 * The body that marks a message as read and shows a typing indicator until you answer, or for
 * 25 seconds.
 */
export function typingIndicatorBody(method: string, messageId: string): MessageBody {
  return { ...markAsReadBody(method, messageId), typing_indicator: { type: "text" } };
}
