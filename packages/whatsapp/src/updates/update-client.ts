import {
  type SendMessageOptions,
  type SendTemplateOptions,
  type SentMessage,
  WhatsAppError,
} from "@tswa/core";

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
