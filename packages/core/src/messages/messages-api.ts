import { WhatsAppConfigurationError } from "../errors.js";
import type { GraphClient } from "../graph/client.js";
import type { Media } from "../media/media.js";
import { MediaApi } from "../media/media-api.js";
import type { MediaType } from "../media/media-types.js";
import { headerUploads, uploadHeaderFiles, withHeaderMedia } from "../templates/header-uploads.js";
import { type SendTemplateOptions, templateMessageBody } from "../templates/send-template.js";
import { carouselAction } from "./carousel.js";
import { catalogBody, productBody, productListBody } from "./commerce.js";
import { contactCards } from "./contact.js";
import { envelope, type MessageBody } from "./envelope.js";
import { headerMedia, type InteractiveHeader, interactiveObject } from "./interactive.js";
import { contactInfoRequestBody, locationBody, locationRequestBody } from "./location.js";
import { type MediaInput, type SendableMedia, sortSendableMedia } from "./media.js";
import { captionedMediaBody, plainMediaBody } from "./media-messages.js";
import type {
  MediaSendOptions,
  MessageCallOptions,
  PinMessageOptions,
  RemoveReactionOptions,
  ReplyableOptions,
  RequestWithTextOptions,
  SendAudioOptions,
  SendCarouselOptions,
  SendCatalogOptions,
  SendContactOptions,
  SendDocumentOptions,
  SendImageOptions,
  SendLocationOptions,
  SendMessageOptions,
  SendOptionsBase,
  SendProductOptions,
  SendProductsOptions,
  SendReactionOptions,
  SendStickerOptions,
  SendVideoOptions,
  SendVoiceOptions,
  UnpinMessageOptions,
} from "./options.js";
import { pinBody, unpinBody } from "./pins.js";
import { reactionBody, removeReactionBody } from "./reactions.js";
import { markAsReadBody, typingIndicatorBody } from "./read-status.js";
import { sentMessageSchema, successSchema } from "./schemas.js";
import { SentMessage } from "./sent-message.js";
import { textMessageBody } from "./text.js";
import { checkId, MessageValidationError } from "./validate.js";

/** Defaults of {@link MessagesApi}. */
export interface MessagesApiDefaults {
  /** The phone number id messages are sent from unless a call gives `sender`. */
  phoneId?: string | undefined;
  /** Where media given as a file is uploaded before it is sent. Default: a `MediaApi` of `graph`. */
  media?: MediaApi | undefined;
}

/** The media a file's parameters carry while the message is checked, before any upload. */
const STAND_IN = () => ({ id: "0" });

/** Media a send must name: where it came from in the options, and how it is sent. */
interface MediaSlot {
  /** The option, such as `image` or `header.document`, for error messages. */
  field: string;
  /** What the media is sent as (its size limit and the types it takes follow). */
  kind: MediaType;
  /** The media as given. */
  media: SendableMedia;
  /** The file name given for an upload. */
  filename?: string | undefined;
}

/**
 * Sending messages through the Graph API (`POST /{phone-id}/messages`): text, media, interactive
 * buttons and lists, locations, contacts, reactions, catalog products, carousels, pins, read
 * receipts and typing indicators. Each call checks its arguments against Meta's documented
 * limits first ({@link MESSAGE_LIMITS}), so a mistake fails at once with the field named.
 * The `tswa` facade forwards `wa.sendMessage()`… here; use it alone with a {@link GraphClient}
 * when you need no facade.
 *
 * A send is never retried once it may have reached Graph (a repeat could deliver the message
 * twice), unless Graph marks the error transient.
 *
 * @example
 * ```ts
 * import { Button, GraphClient, MessagesApi } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const messages = new MessagesApi(graph, { phoneId: "106540352242922" });
 * const sent = await messages.sendMessage({
 *   to: "972987654321",
 *   text: "Your table for two is booked for 8pm.",
 *   buttons: [new Button({ title: "Cancel", callbackData: "cancel:42" })],
 * });
 * console.log(sent.id);
 * ```
 */
export class MessagesApi {
  /** The Graph client every call goes through. */
  readonly graph: GraphClient;
  readonly #phoneId: string | undefined;
  readonly #media: MediaApi;

  constructor(graph: GraphClient, defaults: MessagesApiDefaults = {}) {
    this.graph = graph;
    this.#phoneId = defaults.phoneId;
    this.#media = defaults.media ?? new MediaApi(graph, { phoneId: defaults.phoneId });
  }

  /**
   * Sends a text message, or with `buttons` an interactive one: up to three reply `Button`s, a
   * `URLButton`, `VoiceCallButton`, `CallPermissionRequestButton`, `ContactInfoRequestButton`,
   * a `SectionList` or a `FlowButton`, with an optional header (text or media) and footer.
   *
   * @returns The sent message (its `id` is the wamid statuses and replies refer to).
   * @throws {@link MessageValidationError} before any call when an argument breaks a limit;
   *   {@link SendMessageError} subclasses (such as {@link ReEngagementMessage}) from Graph.
   * @example
   * ```ts
   * import { SectionList, Section, SectionRow, type MessagesApi } from "@tswa/core";
   *
   * declare const messages: MessagesApi;
   * await messages.sendMessage({ to: "972987654321", text: "*Hello* from tswa", previewUrl: true });
   * await messages.sendMessage({
   *   to: "972987654321",
   *   header: "Shipping",
   *   text: "Which shipping option do you prefer?",
   *   buttons: new SectionList({
   *     buttonTitle: "Shipping Options",
   *     sections: [new Section({ title: "Fast", rows: [new SectionRow({ title: "Express", callbackData: "express" })] })],
   *   }),
   * });
   * ```
   */
  async sendMessage(options: SendMessageOptions): Promise<SentMessage> {
    return this.#sendText("sendMessage", options);
  }

  /** Alias of {@link MessagesApi.sendMessage}, as in pywa. */
  async sendText(options: SendMessageOptions): Promise<SentMessage> {
    return this.#sendText("sendText", options);
  }

  /**
   * Sends an image with an optional caption; with `buttons` (reply buttons, a URL or a flow
   * button), an interactive message with the image as its header and the caption as its body.
   * The image is a media id, an http(s) link, or a file (a path, bytes, a `Blob`, a stream)
   * that is uploaded first, after every other argument was checked.
   *
   * @example
   * ```ts
   * import type { MessagesApi } from "@tswa/core";
   *
   * declare const messages: MessagesApi;
   * await messages.sendImage({ to: "972987654321", image: "https://example.com/menu.jpg", caption: "Today's menu" });
   * ```
   */
  async sendImage(options: SendImageOptions): Promise<SentMessage> {
    const slot = { field: "image", kind: "image", media: options.image };
    return this.#sendMedia(options, "sendImage", slot, (image) =>
      captionedMediaBody("sendImage", "image", image, options),
    );
  }

  /** Sends a video with an optional caption, or with `buttons` as an interactive message's header. */
  async sendVideo(options: SendVideoOptions): Promise<SentMessage> {
    const slot = { field: "video", kind: "video", media: options.video };
    return this.#sendMedia(options, "sendVideo", slot, (video) =>
      captionedMediaBody("sendVideo", "video", video, options),
    );
  }

  /**
   * Sends a document (shown with an icon for its `filename`'s extension), with an optional
   * caption, or with `buttons` as an interactive message's header.
   */
  async sendDocument(options: SendDocumentOptions): Promise<SentMessage> {
    const { document, filename } = options;
    const slot = { field: "document", kind: "document", media: document, filename };
    return this.#sendMedia(options, "sendDocument", slot, (media, uploaded) =>
      captionedMediaBody("sendDocument", "document", media, {
        ...options,
        filename: filename ?? uploaded?.filename,
      }),
    );
  }

  /** Sends an audio file (a voice message with `voice: true`; see {@link MessagesApi.sendVoice}). */
  async sendAudio(options: SendAudioOptions): Promise<SentMessage> {
    const slot = { field: "audio", kind: "audio", media: options.audio };
    return this.#sendMedia(options, "sendAudio", slot, (audio) =>
      plainMediaBody("sendAudio", "audio", audio, options),
    );
  }

  /**
   * Sends a voice message: an `.ogg` OPUS recording that downloads by itself, shows your profile
   * picture and can be transcribed (`audio.voice: true`).
   */
  async sendVoice(options: SendVoiceOptions): Promise<SentMessage> {
    const slot = { field: "voice", kind: "audio", media: options.voice };
    return this.#sendMedia(options, "sendVoice", slot, (voice) =>
      plainMediaBody("sendVoice", "audio", voice, { ...options, voice: true }),
    );
  }

  /** Sends a sticker (`.webp`, 512×512; static up to 100 KB, animated up to 500 KB). */
  async sendSticker(options: SendStickerOptions): Promise<SentMessage> {
    const slot = { field: "sticker", kind: "sticker", media: options.sticker };
    return this.#sendMedia(options, "sendSticker", slot, (sticker) =>
      plainMediaBody("sendSticker", "sticker", sticker, options),
    );
  }

  /**
   * Reacts to a message with one emoji. Only a `sent` status follows a reaction, and its id
   * cannot be reacted to or removed: use the reacted message's id.
   *
   * @example
   * ```ts
   * import type { MessagesApi } from "@tswa/core";
   *
   * declare const messages: MessagesApi;
   * await messages.sendReaction({ to: "972987654321", emoji: "👍", messageId: "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA" });
   * ```
   */
  async sendReaction(options: SendReactionOptions): Promise<SentMessage> {
    return this.#send(options, reactionBody("sendReaction", options));
  }

  /** Removes your reaction from a message. */
  async removeReaction(options: RemoveReactionOptions): Promise<SentMessage> {
    return this.#send(options, removeReactionBody("removeReaction", options));
  }

  /** Sends a location pin, with an optional name and address. */
  async sendLocation(options: SendLocationOptions): Promise<SentMessage> {
    return this.#send(options, locationBody("sendLocation", options));
  }

  /** Sends text with a "Send location" button; the user's location arrives as a message. */
  async requestLocation(options: RequestWithTextOptions): Promise<SentMessage> {
    return this.#send(options, locationRequestBody("requestLocation", options));
  }

  /**
   * Sends text with a button that shares the user's phone number (useful for users who chat
   * under a username); the number arrives as a contacts message.
   */
  async requestContactInfo(options: RequestWithTextOptions): Promise<SentMessage> {
    return this.#send(options, contactInfoRequestBody("requestContactInfo", options));
  }

  /** Sends one contact card or several (up to 257). */
  async sendContact(options: SendContactOptions): Promise<SentMessage> {
    return this.#send(
      options,
      envelope("sendContact", options, "contacts", contactCards("sendContact", options.contact)),
    );
  }

  /** Sends a message that opens your whole catalog ("View catalog"). */
  async sendCatalog(options: SendCatalogOptions): Promise<SentMessage> {
    return this.#send(options, catalogBody("sendCatalog", options));
  }

  /** Sends one product of a catalog. */
  async sendProduct(options: SendProductOptions): Promise<SentMessage> {
    return this.#send(options, productBody("sendProduct", options));
  }

  /** Sends up to 30 products of a catalog in titled `ProductsSection`s. */
  async sendProducts(options: SendProductsOptions): Promise<SentMessage> {
    return this.#send(options, productListBody("sendProducts", options));
  }

  /**
   * Sends 2 to 10 horizontally scrolling cards, each with an image or video, optional text,
   * and one URL button or the same number of reply buttons.
   */
  async sendCarousel(options: SendCarouselOptions): Promise<SentMessage> {
    const action = carouselAction("sendCarousel", options.cards);
    const interactive = interactiveObject(
      "sendCarousel",
      "carousel",
      { body: options.body },
      action,
    );
    return this.#send(options, envelope("sendCarousel", options, "interactive", interactive));
  }

  /** Pins a message in a chat (today, group chats: `to: { groupId }`) for 1 to 30 days. */
  async pinMessage(options: PinMessageOptions): Promise<SentMessage> {
    return this.#send(options, pinBody("pinMessage", options));
  }

  /** Unpins a message in a chat. */
  async unpinMessage(options: UnpinMessageOptions): Promise<SentMessage> {
    return this.#send(options, unpinBody("unpinMessage", options));
  }

  /**
   * Sends an approved template, with the values of its placeholders, its media, codes and
   * buttons as typed parameters (`BodyText.params(…)`, `HeaderImage.params(…)`,
   * `URLButton.params(…)`, `TemplateFlowButton`…). Give `template` (a `TemplateDetails` or the
   * `Template` you created) and the parameters are checked against it before the call; with
   * `useMmLiteApi` the message goes through the Marketing Messages Lite API.
   *
   * A media header's file is uploaded to the sender once the whole message passed its checks.
   *
   * @throws `TemplateValidationError` when the parameters do not fit `template`;
   *   {@link SendMessageError} subclasses such as {@link TemplateParamCountMismatch} from Graph.
   * @example
   * ```ts
   * import { templates, type MessagesApi } from "@tswa/core";
   *
   * declare const messages: MessagesApi;
   * await messages.sendTemplate({
   *   to: "972987654321",
   *   name: "seasonal_promotion",
   *   language: "en_US",
   *   params: [
   *     templates.HeaderText.params("Summer Sale"),
   *     templates.BodyText.params("the end of August", "25OFF", "25%"),
   *   ],
   * });
   * ```
   */
  async sendTemplate(options: SendTemplateOptions): Promise<SentMessage> {
    const edge = options.useMmLiteApi ? "marketing_messages" : "messages";
    const given = options.params ?? options.components ?? [];
    const uploads = headerUploads(given);
    if (uploads.length === 0) {
      return this.#send(options, templateMessageBody("sendTemplate", options), edge);
    }
    // Checked whole with stand-in ids first: a bad parameter elsewhere never costs an upload.
    templateMessageBody("sendTemplate", { ...options, params: withHeaderMedia(given, STAND_IN) });
    this.#phone(options);
    const media = await uploadHeaderFiles(
      uploads,
      (upload, signal) =>
        this.#media.uploadMedia(upload.file, {
          phoneId: options.sender ?? this.#phoneId,
          mimeType: upload.mimeType,
          filename: upload.filename,
          mediaType: upload.mediaType,
          signal,
        }),
      options.signal,
    );
    const params = withHeaderMedia(given, (param) => media.get(param) as Media);
    return this.#send(options, templateMessageBody("sendTemplate", { ...options, params }), edge);
  }

  /**
   * Sends a message of a type tswa does not model (yet), with content you built: Graph's JSON
   * under `type`, wrapped in the shared fields (recipient, context, tracker).
   *
   * @example
   * ```ts
   * import type { MessagesApi } from "@tswa/core";
   *
   * declare const messages: MessagesApi;
   * await messages.sendRawMessage({
   *   to: "972987654321",
   *   type: "template",
   *   content: { name: "hello_world", language: { code: "en_US" } },
   * });
   * ```
   */
  async sendRawMessage(
    options: ReplyableOptions & { type: string; content: unknown },
  ): Promise<SentMessage> {
    const type = checkId("sendRawMessage", "type", options.type);
    return this.#send(options, envelope("sendRawMessage", options, type, options.content));
  }

  /**
   * Marks a received message, and the earlier ones of its chat, as read (blue ticks).
   *
   * @returns Whether Graph reported success.
   */
  async markMessageAsRead(messageId: string, options: MessageCallOptions = {}): Promise<boolean> {
    return this.#status(options, markAsReadBody("markMessageAsRead", messageId));
  }

  /**
   * Marks a received message as read and shows a typing indicator until you answer, or for 25
   * seconds. Show it only when an answer is coming.
   *
   * @returns Whether Graph reported success.
   */
  async indicateTyping(messageId: string, options: MessageCallOptions = {}): Promise<boolean> {
    return this.#status(options, typingIndicatorBody("indicateTyping", messageId));
  }

  #phone(options: MessageCallOptions): string {
    const phoneId = options.sender ?? this.#phoneId;
    if (phoneId === undefined || phoneId === "") {
      throw new WhatsAppConfigurationError(
        "phoneId",
        "sending needs the phone number id to send from: pass `phoneId` to the client or `sender` to the call",
      );
    }
    return encodeURIComponent(phoneId);
  }

  /** A text message, or an interactive one whose media header may be uploaded first. */
  async #sendText(method: string, options: SendMessageOptions): Promise<SentMessage> {
    const header = headerMedia(options.header);
    if (header === undefined) return this.#send(options, textMessageBody(method, options));
    const { kind, media } = header;
    const filename =
      typeof options.header === "object" && "filename" in options.header
        ? options.header.filename
        : undefined;
    const slot = { field: `header.${kind}`, kind, media, filename };
    return this.#sendMedia(options, method, slot, (given, uploaded) => {
      // A document uploaded from a file is shown under its own name unless one was given.
      const shown = kind === "document" ? (filename ?? uploaded?.filename) : undefined;
      const rebuilt = { [kind]: given, ...(shown === undefined ? {} : { filename: shown }) };
      return textMessageBody(method, { ...options, header: rebuilt as InteractiveHeader });
    });
  }

  /**
   * Sends a message that carries media: an id or a link as is; a file is uploaded first (to the
   * sending number, with the limits of the kind it is sent as), once the message built with a
   * stand-in id passed every check, so a bad caption never costs an upload.
   */
  async #sendMedia(
    options: MediaSendOptions,
    method: string,
    slot: MediaSlot,
    build: (media: MediaInput, uploaded?: Media) => MessageBody,
  ): Promise<SentMessage> {
    const sorted = sortSendableMedia(method, slot.field, slot.media);
    if ("media" in sorted) return this.#send(options, build(sorted.media));
    build({ id: "0" });
    this.#phone(options);
    const uploaded = await this.#media.uploadMedia(sorted.upload, {
      phoneId: options.sender ?? this.#phoneId,
      mimeType: options.mimeType,
      filename: slot.filename,
      mediaType: slot.kind,
      signal: options.signal,
    });
    return this.#send(options, build({ id: uploaded.id }, uploaded));
  }

  async #send(
    options: SendOptionsBase,
    body: MessageBody,
    edge: "messages" | "marketing_messages" = "messages",
  ): Promise<SentMessage> {
    const phone = this.#phone(options);
    const answer = await this.graph.request({
      method: "POST",
      path: `${phone}/${edge}`,
      json: body,
      schema: sentMessageSchema,
      signal: options.signal,
      timeout: options.timeout,
      deadline: options.deadline,
    });
    return new SentMessage(this, answer, options.to, options.sender ?? (this.#phoneId as string));
  }

  async #status(options: MessageCallOptions, body: MessageBody): Promise<boolean> {
    const answer = await this.graph.request({
      method: "POST",
      path: `${this.#phone(options)}/messages`,
      json: body,
      schema: successSchema,
      signal: options.signal,
      timeout: options.timeout,
      deadline: options.deadline,
    });
    return answer.success;
  }
}
