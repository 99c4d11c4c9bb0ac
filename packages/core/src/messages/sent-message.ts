import type { MessagesApi } from "./messages-api.js";
import type {
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
  SendStickerOptions,
  SendVideoOptions,
  SendVoiceOptions,
} from "./options.js";
import { type Recipient, recipientId } from "./recipient.js";
import type { RawSentMessage } from "./schemas.js";

/**
 * Options of a reply shortcut: the send method's options without the recipient and sender
 * (the sent message's), and `quote` to quote the message replied to.
 */
export type ReplyOptions<T> = Omit<T, "to" | "sender" | "replyToMessageId"> & {
  /** Quotes the message replied to. Default `false`. */
  quote?: boolean | undefined;
};

/**
 * A message WhatsApp accepted: its id, who it went to, and shortcuts to answer in the same chat
 * (`reply…`, `react`, `unreact`, `pin`, `unpin`), sent from the same number.
 *
 * @example
 * ```ts
 * import type { MessagesApi } from "@tswa/core";
 *
 * declare const messages: MessagesApi;
 * const sent = await messages.sendMessage({ to: "972987654321", text: "Hello!" });
 * await sent.react("👋");
 * await sent.reply("Anyone there?", { quote: true });
 * ```
 */
export class SentMessage {
  /** The message id (wamid); statuses and replies refer to it. */
  readonly id: string;
  /** The id the message went to: the phone number / wa_id, user id or group id you gave. */
  readonly to: string;
  /** The recipient as you gave it. */
  readonly recipient: Recipient;
  /** The user's WhatsApp id as Graph resolved it (absent for user ids and groups). */
  readonly waId: string | undefined;
  /** The user's business-scoped user id, when Graph returned one. */
  readonly userId: string | undefined;
  /** Graph's `message_status`, such as `accepted` or `held_for_quality_assessment`. */
  readonly status: string | undefined;
  /** The phone number id that sent it. */
  readonly fromPhoneId: string;
  readonly #api: MessagesApi;

  constructor(api: MessagesApi, raw: RawSentMessage, recipient: Recipient, fromPhoneId: string) {
    const contact = raw.contacts?.[0];
    const message = raw.messages[0] as RawSentMessage["messages"][number];
    this.id = message.id;
    this.to = recipientId(recipient);
    this.recipient = recipient;
    this.waId = contact?.wa_id;
    this.userId = contact?.user_id;
    this.status = message.message_status;
    this.fromPhoneId = fromPhoneId;
    this.#api = api;
  }

  /**
   * The `MessagesApi` that sent it, which its shortcuts send through. `tswa`'s client finds its
   * listeners by it (the `waitFor…` shortcuts it adds to sent messages).
   */
  get api(): MessagesApi {
    return this.#api;
  }

  #reply<T>(options: ReplyOptions<T>): T {
    const { quote, ...rest } = options;
    return {
      ...rest,
      to: this.recipient,
      sender: this.fromPhoneId,
      replyToMessageId: quote ? this.id : undefined,
    } as T;
  }

  /**
   * Sends a text (or interactive) message to the same chat; see `sendMessage`.
   *
   * @example
   * ```ts
   * import type { SentMessage } from "@tswa/core";
   *
   * declare const sent: SentMessage;
   * await sent.replyText("Anyone there?", { quote: true });
   * ```
   */
  replyText(
    text: string,
    options: ReplyOptions<Omit<SendMessageOptions, "text">> = {},
  ): Promise<SentMessage> {
    return this.#api.sendMessage(this.#reply({ ...options, text }));
  }

  /** Alias of {@link SentMessage.replyText} (pywa's `reply`). */
  reply(
    text: string,
    options: ReplyOptions<Omit<SendMessageOptions, "text">> = {},
  ): Promise<SentMessage> {
    return this.replyText(text, options);
  }

  /** Sends an image to the same chat; see `sendImage`. */
  replyImage(options: ReplyOptions<SendImageOptions>): Promise<SentMessage> {
    return this.#api.sendImage(this.#reply(options));
  }

  /** Sends a video to the same chat; see `sendVideo`. */
  replyVideo(options: ReplyOptions<SendVideoOptions>): Promise<SentMessage> {
    return this.#api.sendVideo(this.#reply(options));
  }

  /** Sends a document to the same chat; see `sendDocument`. */
  replyDocument(options: ReplyOptions<SendDocumentOptions>): Promise<SentMessage> {
    return this.#api.sendDocument(this.#reply(options));
  }

  /** Sends an audio file to the same chat; see `sendAudio`. */
  replyAudio(options: ReplyOptions<SendAudioOptions>): Promise<SentMessage> {
    return this.#api.sendAudio(this.#reply(options));
  }

  /** Sends a voice message to the same chat; see `sendVoice`. */
  replyVoice(options: ReplyOptions<SendVoiceOptions>): Promise<SentMessage> {
    return this.#api.sendVoice(this.#reply(options));
  }

  /** Sends a sticker to the same chat; see `sendSticker`. */
  replySticker(options: ReplyOptions<SendStickerOptions>): Promise<SentMessage> {
    return this.#api.sendSticker(this.#reply(options));
  }

  /** Sends a location to the same chat; see `sendLocation`. */
  replyLocation(options: ReplyOptions<SendLocationOptions>): Promise<SentMessage> {
    return this.#api.sendLocation(this.#reply(options));
  }

  /** Asks the same chat for a location; see `requestLocation`. */
  replyLocationRequest(options: ReplyOptions<RequestWithTextOptions>): Promise<SentMessage> {
    return this.#api.requestLocation(this.#reply(options));
  }

  /** Asks the same chat for the user's phone number; see `requestContactInfo`. */
  replyContactInfoRequest(options: ReplyOptions<RequestWithTextOptions>): Promise<SentMessage> {
    return this.#api.requestContactInfo(this.#reply(options));
  }

  /** Sends contact cards to the same chat; see `sendContact`. */
  replyContact(options: ReplyOptions<SendContactOptions>): Promise<SentMessage> {
    return this.#api.sendContact(this.#reply(options));
  }

  /** Sends the catalog to the same chat; see `sendCatalog`. */
  replyCatalog(options: ReplyOptions<SendCatalogOptions>): Promise<SentMessage> {
    return this.#api.sendCatalog(this.#reply(options));
  }

  /** Sends a product to the same chat; see `sendProduct`. */
  replyProduct(options: ReplyOptions<SendProductOptions>): Promise<SentMessage> {
    return this.#api.sendProduct(this.#reply(options));
  }

  /** Sends products to the same chat; see `sendProducts`. */
  replyProducts(options: ReplyOptions<SendProductsOptions>): Promise<SentMessage> {
    return this.#api.sendProducts(this.#reply(options));
  }

  /** Sends a carousel to the same chat; see `sendCarousel`. */
  replyCarousel(options: ReplyOptions<SendCarouselOptions>): Promise<SentMessage> {
    return this.#api.sendCarousel(this.#reply(options));
  }

  /** Reacts to this message with one emoji. */
  react(emoji: string): Promise<SentMessage> {
    return this.#api.sendReaction({
      to: this.recipient,
      emoji,
      messageId: this.id,
      sender: this.fromPhoneId,
    });
  }

  /** Removes the reaction from this message. */
  unreact(): Promise<SentMessage> {
    return this.#api.removeReaction({
      to: this.recipient,
      messageId: this.id,
      sender: this.fromPhoneId,
    });
  }

  /** Pins this message in its chat (today, group chats) for 1 to 30 days. */
  pin(options: { expirationDays: number }): Promise<SentMessage> {
    return this.#api.pinMessage({
      to: this.recipient,
      messageId: this.id,
      expirationDays: options.expirationDays,
      sender: this.fromPhoneId,
    });
  }

  /** Unpins this message. */
  unpin(): Promise<SentMessage> {
    return this.#api.unpinMessage({
      to: this.recipient,
      messageId: this.id,
      sender: this.fromPhoneId,
    });
  }
}
