import type {
  BlockUserInput,
  MessageCallOptions,
  PhoneCallOptions,
  Recipient,
  ReplyOptions,
  RequestWithTextOptions,
  SendAudioOptions,
  SendCarouselOptions,
  SendCatalogOptions,
  SendContactOptions,
  SendDocumentOptions,
  SendImageOptions,
  SendLocationOptions,
  SendMessageOptions,
  SendProductOptions,
  SendProductsOptions,
  SendReactionOptions,
  SendStickerOptions,
  SendTemplateOptions,
  SendVideoOptions,
  SendVoiceOptions,
  SentMessage,
} from "@tswa/core";
import { BaseUpdate, type BaseUpdateInit } from "./base-update.js";
import type { UpdateMetadata } from "./metadata.js";
import type { User } from "./user.js";

/** Options of `react` and `unreact` on an update: `tracker` and `identityKeyHash`. */
export type ReactOptions = Omit<SendReactionOptions, "to" | "sender" | "emoji" | "messageId">;

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

  constructor(init: UserUpdateInit) {
    super(init);
    this.id = init.id;
    this.from = init.from;
    this.timestamp = init.timestamp;
    this.metadata = init.metadata;
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
   * Sends an image to the user; see `wa.sendImage`. Every `reply…` shortcut takes its send
   * method's options without `to` and `sender`, plus `quote`.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage("text", (msg) =>
   *   msg.replyImage({ image: "https://example.com/menu.jpg", caption: "Our menu", quote: true }),
   * );
   * ```
   */
  async replyImage(options: ReplyOptions<SendImageOptions>): Promise<SentMessage> {
    return this.client("replyImage").sendImage(this.addressed(options));
  }

  /** Sends a video to the user; see `wa.sendVideo`. */
  async replyVideo(options: ReplyOptions<SendVideoOptions>): Promise<SentMessage> {
    return this.client("replyVideo").sendVideo(this.addressed(options));
  }

  /** Sends a document to the user; see `wa.sendDocument`. */
  async replyDocument(options: ReplyOptions<SendDocumentOptions>): Promise<SentMessage> {
    return this.client("replyDocument").sendDocument(this.addressed(options));
  }

  /** Sends an audio file to the user; see `wa.sendAudio`. */
  async replyAudio(options: ReplyOptions<SendAudioOptions>): Promise<SentMessage> {
    return this.client("replyAudio").sendAudio(this.addressed(options));
  }

  /** Sends a voice message to the user; see `wa.sendVoice`. */
  async replyVoice(options: ReplyOptions<SendVoiceOptions>): Promise<SentMessage> {
    return this.client("replyVoice").sendVoice(this.addressed(options));
  }

  /** Sends a sticker to the user; see `wa.sendSticker`. */
  async replySticker(options: ReplyOptions<SendStickerOptions>): Promise<SentMessage> {
    return this.client("replySticker").sendSticker(this.addressed(options));
  }

  /** Sends a location pin to the user; see `wa.sendLocation`. */
  async replyLocation(options: ReplyOptions<SendLocationOptions>): Promise<SentMessage> {
    return this.client("replyLocation").sendLocation(this.addressed(options));
  }

  /** Asks the user for their location; see `wa.requestLocation`. */
  async replyLocationRequest(options: ReplyOptions<RequestWithTextOptions>): Promise<SentMessage> {
    return this.client("replyLocationRequest").requestLocation(this.addressed(options));
  }

  /** Asks the user for their phone number; see `wa.requestContactInfo`. */
  async replyContactInfoRequest(
    options: ReplyOptions<RequestWithTextOptions>,
  ): Promise<SentMessage> {
    return this.client("replyContactInfoRequest").requestContactInfo(this.addressed(options));
  }

  /** Sends contact cards to the user; see `wa.sendContact`. */
  async replyContact(options: ReplyOptions<SendContactOptions>): Promise<SentMessage> {
    return this.client("replyContact").sendContact(this.addressed(options));
  }

  /** Sends your catalog to the user; see `wa.sendCatalog`. */
  async replyCatalog(options: ReplyOptions<SendCatalogOptions>): Promise<SentMessage> {
    return this.client("replyCatalog").sendCatalog(this.addressed(options));
  }

  /** Sends a product to the user; see `wa.sendProduct`. */
  async replyProduct(options: ReplyOptions<SendProductOptions>): Promise<SentMessage> {
    return this.client("replyProduct").sendProduct(this.addressed(options));
  }

  /** Sends products to the user; see `wa.sendProducts`. */
  async replyProducts(options: ReplyOptions<SendProductsOptions>): Promise<SentMessage> {
    return this.client("replyProducts").sendProducts(this.addressed(options));
  }

  /** Sends a carousel to the user; see `wa.sendCarousel`. */
  async replyCarousel(options: ReplyOptions<SendCarouselOptions>): Promise<SentMessage> {
    return this.client("replyCarousel").sendCarousel(this.addressed(options));
  }

  /**
   * Reacts to the update's message with one emoji; see `wa.sendReaction`.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage((msg) => msg.react("👍"));
   * ```
   */
  async react(emoji: string, options: ReactOptions = {}): Promise<SentMessage> {
    const to = { to: this.from.recipient, sender: this.metadata.phoneNumberId };
    return this.client("react").sendReaction({
      ...options,
      ...to,
      emoji,
      messageId: this.messageIdToReply,
    });
  }

  /** Removes your reaction from the update's message; see `wa.removeReaction`. */
  async unreact(options: ReactOptions = {}): Promise<SentMessage> {
    const to = { to: this.from.recipient, sender: this.metadata.phoneNumberId };
    return this.client("unreact").removeReaction({
      ...options,
      ...to,
      messageId: this.messageIdToReply,
    });
  }

  /**
   * Marks the update's message (and the earlier ones) as read: blue ticks.
   *
   * @returns Whether Graph reported success.
   */
  async markAsRead(options: Omit<MessageCallOptions, "sender"> = {}): Promise<boolean> {
    const call = { ...options, sender: this.metadata.phoneNumberId };
    return this.client("markAsRead").markMessageAsRead(this.messageIdToReply, call);
  }

  /**
   * Marks the update's message as read and shows a typing indicator until you answer, or for 25
   * seconds; show it only when an answer is coming.
   *
   * @returns Whether Graph reported success.
   */
  async indicateTyping(options: Omit<MessageCallOptions, "sender"> = {}): Promise<boolean> {
    const call = { ...options, sender: this.metadata.phoneNumberId };
    return this.client("indicateTyping").indicateTyping(this.messageIdToReply, call);
  }

  /**
   * Blocks the user on the number the update arrived on (only users who wrote in the last 24
   * hours can be blocked); see `wa.blockUsers`.
   *
   * @returns Whether the user is now blocked.
   */
  async blockSender(options: Omit<PhoneCallOptions, "phoneId"> = {}): Promise<boolean> {
    const call = { ...options, phoneId: this.metadata.phoneNumberId };
    const { failedUsers } = await this.client("blockSender").blockUsers([this.#blockable()], call);
    return failedUsers.length === 0;
  }

  /**
   * Unblocks the user on the number the update arrived on; see `wa.unblockUsers`.
   *
   * @returns Whether the user is now unblocked.
   */
  async unblockSender(options: Omit<PhoneCallOptions, "phoneId"> = {}): Promise<boolean> {
    const call = { ...options, phoneId: this.metadata.phoneNumberId };
    const api = this.client("unblockSender");
    const { failedUsers } = await api.unblockUsers([this.#blockable()], call);
    return failedUsers.length === 0;
  }

  #blockable(): BlockUserInput {
    return this.from.waId ?? { userId: this.from.userId as string };
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
}
