import { envelope, type MessageBody } from "./envelope.js";
import type { PinMessageOptions, UnpinMessageOptions } from "./options.js";
import { checkId, checkRange } from "./validate.js";

/** The body of `pinMessage`: pins a message of a chat (today, group chats) for 1 to 30 days. */
export function pinBody(method: string, options: PinMessageOptions): MessageBody {
  return envelope(method, options, "pin", {
    type: "pin",
    message_id: checkId(method, "messageId", options.messageId),
    expiration_days: checkRange(
      method,
      "expirationDays",
      options.expirationDays,
      "pinExpirationDays",
      {
        integer: true,
      },
    ),
  });
}

/** The body of `unpinMessage`. */
export function unpinBody(method: string, options: UnpinMessageOptions): MessageBody {
  return envelope(method, options, "pin", {
    type: "unpin",
    message_id: checkId(method, "messageId", options.messageId),
  });
}
