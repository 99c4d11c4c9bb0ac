import type { RequestOptions } from "../flows/types.js";
import type { Button, URLButton } from "./buttons.js";
import type { CarouselCard } from "./carousel.js";
import type { Contact } from "./contact.js";
import type { FlowButton } from "./flow-button.js";
import type { InteractiveHeader, MessageButtons } from "./interactive.js";
import type { SendableMedia } from "./media.js";
import type { ProductsSection } from "./products-section.js";
import type { Recipient } from "./recipient.js";

/**
 * Per-call options of every messages call: which number sends, and how the call runs
 * (`signal`, per-attempt `timeout`, overall `deadline`).
 */
export interface MessageCallOptions extends RequestOptions {
  /** Sends from this phone number id instead of the default `phoneId`. */
  sender?: string | undefined;
}

/** What every send call takes: the recipient, tracking, and the per-call options. */
export interface SendOptionsBase extends MessageCallOptions {
  /** Who gets the message: a phone number / wa_id, `{ userId }` or `{ groupId }`. */
  to: Recipient;
  /**
   * Data you get back in the message's status webhooks (`biz_opaque_callback_data`), at most
   * 512 characters.
   */
  tracker?: string | undefined;
  /**
   * Deliver only if the user's identity key hash still matches this one (Graph's
   * `recipient_identity_key_hash`): a guard against a changed device or number.
   */
  identityKeyHash?: string | undefined;
}

/** A send call that can quote an earlier message. */
export interface ReplyableOptions extends SendOptionsBase {
  /** Quotes this message (its wamid) in the reply. */
  replyToMessageId?: string | undefined;
}

/** Options of `sendMessage` (alias `sendText`). */
export interface SendMessageOptions extends ReplyableOptions {
  /** The text (at most 4,096 characters), or the body of the interactive message (1,024). */
  text: string;
  /** A header: text, or (with reply, URL or flow buttons) an image, video or document. */
  header?: InteractiveHeader | undefined;
  /** A footer (at most 60 characters); needs `buttons`. */
  footer?: string | undefined;
  /** Turns the text into an interactive message: reply buttons, a URL, call, list or flow button. */
  buttons?: MessageButtons | undefined;
  /** Shows a preview of the first URL of a plain text message. */
  previewUrl?: boolean | undefined;
}

/** The buttons a media message takes: up to three reply buttons, a URL button or a flow button. */
export type MediaMessageButtons = readonly Button[] | URLButton | FlowButton;

/** What every media message takes: the type of media it uploads first (a path, bytes, a stream). */
export interface MediaSendOptions extends ReplyableOptions {
  /**
   * The MIME type of media uploaded first (a path, bytes, a `Blob`, a stream). Default: from
   * its name, else its first bytes. Ignored for a media id or a link.
   */
  mimeType?: string | undefined;
}

/** What image, video and document messages share. */
export interface MediaWithButtonsOptions extends MediaSendOptions {
  /** The caption (at most 1,024 characters); required with `buttons`, where it is the body. */
  caption?: string | undefined;
  /** A footer (at most 60 characters); needs `buttons`. */
  footer?: string | undefined;
  /** Sends an interactive message with the media as its header. */
  buttons?: MediaMessageButtons | undefined;
}

/** Options of `sendImage`. */
export interface SendImageOptions extends MediaWithButtonsOptions {
  /** The image (JPEG or PNG): a media id, an http(s) link, or a file to upload. */
  image: SendableMedia;
}

/** Options of `sendVideo`. */
export interface SendVideoOptions extends MediaWithButtonsOptions {
  /** The video (MP4 or 3GP): a media id, an http(s) link, or a file to upload. */
  video: SendableMedia;
}

/** Options of `sendDocument`. */
export interface SendDocumentOptions extends MediaWithButtonsOptions {
  /** The document: a media id, an http(s) link, or a file to upload. */
  document: SendableMedia;
  /**
   * The file name shown, with its extension (WhatsApp picks the icon by it). Default for a
   * file uploaded first: its own name.
   */
  filename?: string | undefined;
}

/** Options of `sendAudio`. */
export interface SendAudioOptions extends MediaSendOptions {
  /** The audio file: a media id, an http(s) link, or a file to upload. */
  audio: SendableMedia;
  /** Sends it as a voice message (`.ogg` with OPUS); see `sendVoice`. */
  voice?: boolean | undefined;
}

/** Options of `sendVoice`. */
export interface SendVoiceOptions extends MediaSendOptions {
  /** The voice recording (`.ogg`, OPUS codec): a media id, an http(s) link, or a file to upload. */
  voice: SendableMedia;
}

/** Options of `sendSticker`. */
export interface SendStickerOptions extends MediaSendOptions {
  /** The sticker (`.webp`): a media id, an http(s) link, or a file to upload. */
  sticker: SendableMedia;
}

/** Options of `sendReaction`. */
export interface SendReactionOptions extends SendOptionsBase {
  /** One emoji, or `""` to remove your reaction (as `removeReaction` does). */
  emoji: string;
  /** The message to react to (its wamid). */
  messageId: string;
}

/** Options of `removeReaction`. */
export interface RemoveReactionOptions extends SendOptionsBase {
  /** The message whose reaction to remove (its wamid). */
  messageId: string;
}

/** Options of `sendLocation`. */
export interface SendLocationOptions extends ReplyableOptions {
  /** Latitude, -90 to 90. */
  latitude: number;
  /** Longitude, -180 to 180. */
  longitude: number;
  /** The place's name. */
  name?: string | undefined;
  /** The place's address. */
  address?: string | undefined;
}

/** Options of `requestLocation` and `requestContactInfo`. */
export interface RequestWithTextOptions extends ReplyableOptions {
  /** The body text above the button (at most 1,024 characters). */
  text: string;
}

/** Options of `sendContact`. */
export interface SendContactOptions extends ReplyableOptions {
  /** One contact card or several (up to 257). */
  contact: Contact | readonly Contact[];
}

/** Options of `sendCatalog`. */
export interface SendCatalogOptions extends ReplyableOptions {
  /** The body text (at most 1,024 characters). */
  body: string;
  /** A footer (at most 60 characters). */
  footer?: string | undefined;
  /** The SKU (retailer id) whose image heads the message; default the catalog's first item. */
  thumbnailProductSku?: string | undefined;
}

/** Options of `sendProduct`. */
export interface SendProductOptions extends ReplyableOptions {
  /** The catalog's id. */
  catalogId: string;
  /** The product's SKU (retailer id). */
  sku: string;
  /** The body text (at most 1,024 characters). */
  body?: string | undefined;
  /** A footer (at most 60 characters). */
  footer?: string | undefined;
}

/** Options of `sendProducts`. */
export interface SendProductsOptions extends ReplyableOptions {
  /** The catalog's id. */
  catalogId: string;
  /** The sections: up to 10, with up to 30 products in all. */
  productSections: readonly ProductsSection[];
  /** The header text (at most 60 characters). */
  title: string;
  /** The body text (at most 1,024 characters). */
  body: string;
  /** A footer (at most 60 characters). */
  footer?: string | undefined;
}

/** Options of `sendCarousel`. */
export interface SendCarouselOptions extends ReplyableOptions {
  /** The body text above the cards (at most 1,024 characters). */
  body: string;
  /** 2 to 10 cards of one kind of button (all URL buttons, or the same number of reply buttons). */
  cards: readonly CarouselCard[];
}

/** Options of `pinMessage`. */
export interface PinMessageOptions extends SendOptionsBase {
  /** The message to pin (its wamid). */
  messageId: string;
  /** How long it stays pinned, 1 to 30 days. */
  expirationDays: number;
}

/** Options of `unpinMessage`. */
export interface UnpinMessageOptions extends SendOptionsBase {
  /** The message to unpin (its wamid). */
  messageId: string;
}
