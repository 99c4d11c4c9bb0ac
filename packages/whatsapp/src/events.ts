import type { WhatsAppError } from "@tswa/core";
import type { FlowCompletion } from "./updates/flow-completion.js";
import type { FlowsEvent } from "./updates/flows-event.js";
import type { Message } from "./updates/message.js";
import type { MessageStatus } from "./updates/message-status.js";
import type { RawUpdate } from "./updates/raw-update.js";

/**
 * The events a {@link WhatsApp} client emits (eventemitter3): one per update kind, for every
 * update (handlers registered with `on…` methods are separate: the first matching one runs),
 * and `error` for everything that went wrong without an exception to throw at you: a rejected
 * webhook, an unreadable item, a failing handler or listener.
 */
export interface WhatsAppEvents {
  message: [message: Message];
  flowCompletion: [completion: FlowCompletion];
  messageStatus: [status: MessageStatus];
  flowsEvent: [event: FlowsEvent];
  rawUpdate: [update: RawUpdate];
  error: [error: WhatsAppError];
}
