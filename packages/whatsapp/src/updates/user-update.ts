import type {
  Recipient,
  ReplyOptions,
  SendMessageOptions,
  SendTemplateOptions,
  SentMessage,
} from "@tswa/core";
import { BaseUpdate, type BaseUpdateInit } from "./base-update.js";
import type { UpdateMetadata } from "./metadata.js";
import { type UpdateClient, UpdateWithoutClientError } from "./update-client.js";
import type { User } from "./user.js";

/**
 * What every update from a user is made from.
 *
 * @inline
 */
export interface UserUpdateInit extends BaseUpdateInit {
  id: string;
  from: User;
  timestamp: Date;
  metadata: UpdateMetadata;
  client?: UpdateClient | undefined;
}

/**
 * An update about a user (a message, a button press, a status, a call…): who, when, on which
 * of your numbers, and shortcuts that answer them through the client that received it.
 */
export abstract class UserUpdate extends BaseUpdate {
  /** The id of the message (wamid) or call (wacid) this update is about. */
  readonly id: string;
  /** The user: the sender of a message, the recipient of a status. */
  readonly from: User;
  /** When it happened. */
  readonly timestamp: Date;
  /** Which of your numbers it is about. */
  readonly metadata: UpdateMetadata;
  readonly #client: UpdateClient | undefined;

  constructor(init: UserUpdateInit) {
    super(init);
    this.id = init.id;
    this.from = init.from;
    this.timestamp = init.timestamp;
    this.metadata = init.metadata;
    this.#client = init.client;
  }

  /** The message to quote or react to when answering this update (for an edit, the original). */
  get messageIdToReply(): string {
    return this.id;
  }

  /**
   * Sends a text (or interactive) message to the user, from the number the update arrived on.
   * Shortcut for `wa.sendMessage` with `to`, `sender` and, with `quote: true`, `replyToMessageId`.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage("text", (msg) => msg.replyText(`You said: ${msg.text}`, { quote: true }));
   * ```
   */
  async replyText(
    text: string,
    options: ReplyOptions<Omit<SendMessageOptions, "text">> = {},
  ): Promise<SentMessage> {
    return this.client("replyText").sendMessage(this.addressed({ ...options, text }));
  }

  /** The same as {@link UserUpdate.replyText} (pywa's `reply` alias). */
  async reply(
    text: string,
    options: ReplyOptions<Omit<SendMessageOptions, "text">> = {},
  ): Promise<SentMessage> {
    return this.replyText(text, options);
  }

  /**
   * Sends an approved template to the user (pywa's `reply_template`): shortcut for
   * `wa.sendTemplate` with `to`, `sender` and, with `quote: true`, `replyToMessageId`.
   */
  async replyTemplate(options: ReplyOptions<SendTemplateOptions>): Promise<SentMessage> {
    return this.client("replyTemplate").sendTemplate(this.addressed(options));
  }

  /**
   * The options of a send method addressed to this update's user: `to`, `sender` and, with
   * `quote`, `replyToMessageId`. Every reply shortcut goes through it.
   */
  protected addressed<O extends { to: Recipient }>(options: ReplyOptions<O>): O {
    const { quote, ...rest } = options;
    return {
      ...rest,
      to: this.from.recipient,
      sender: this.metadata.phoneNumberId,
      ...(quote ? { replyToMessageId: this.messageIdToReply } : {}),
    } as unknown as O;
  }

  /** The client that received the update, for shortcuts. */
  protected client(shortcut: string): UpdateClient {
    if (!this.#client) throw new UpdateWithoutClientError(shortcut);
    return this.#client;
  }
}
