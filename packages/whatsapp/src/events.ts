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
  /** Every incoming message (not flow completions or statuses). */
  message: [message: Message];
  /** Every flow completion (`nfm_reply`). */
  flowCompletion: [completion: FlowCompletion];
  /** Every status of a message you sent. */
  messageStatus: [status: MessageStatus];
  /** Every `flows` webhook event. */
  flowsEvent: [event: FlowsEvent];
  /** Every change of every webhook, as received. */
  rawUpdate: [update: RawUpdate];
  /** A rejected webhook, an unreadable item, or a failing handler or listener. */
  error: [error: WhatsAppError];
}
