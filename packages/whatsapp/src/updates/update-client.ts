import { WhatsAppError } from "@tswa/core";
import type { SendMessageOptions, SendTemplateOptions } from "../send/message-payload.js";
import type { SentMessage } from "../send/send.js";

/**
 * The client calls that update shortcuts (`msg.reply()`, …) make. The {@link WhatsApp} client
 * is one; a test can pass its own.
 */
export interface UpdateClient {
  /** Sends a text or interactive message. */
  sendMessage(options: SendMessageOptions): Promise<SentMessage>;
  /** Sends an approved template. */
  sendTemplate(options: SendTemplateOptions): Promise<SentMessage>;
}

/**
 * The options of a send method as an update shortcut takes them: the update fills in `to`,
 * `sender` and (with `quote: true`) `replyToMessageId`.
 */
export type ReplyOptions<O> = Omit<O, "to" | "sender" | "replyToMessageId"> & {
  /** Shows the update's message quoted above the reply. Default `false`, as in pywa. */
  quote?: boolean | undefined;
};

/**
 * A shortcut (`msg.reply()`, …) was called on an update that has no client: one made by
 * `parseWebhook` without its `client` option. Updates handed to handlers always have one.
 */
export class UpdateWithoutClientError extends WhatsAppError {
  constructor(shortcut: string) {
    super(
      `${shortcut}() needs a client: pass { client } to parseWebhook, or use the updates handlers receive`,
    );
    this.name = "UpdateWithoutClientError";
  }
}
