/** The `type` of an incoming message. Types WhatsApp adds later arrive as plain strings. */
export const MessageType = {
  /** A text message. */
  TEXT: "text",
  /** An image. */
  IMAGE: "image",
  /** A video. */
  VIDEO: "video",
  /** An audio file or voice note. */
  AUDIO: "audio",
  /** A document. */
  DOCUMENT: "document",
  /** A sticker. */
  STICKER: "sticker",
  /** A reaction to a message. */
  REACTION: "reaction",
  /** A location. */
  LOCATION: "location",
  /** Shared contacts. */
  CONTACTS: "contacts",
  /** An order from a catalog. */
  ORDER: "order",
  /** A button, list, flow or call-permission reply (each has its own update class). */
  INTERACTIVE: "interactive",
  /** A press of a template's quick-reply button (a `CallbackButton`). */
  BUTTON: "button",
  /** A system message (a `PhoneNumberChange` or `IdentityChange`). */
  SYSTEM: "system",
  /** An edit of an earlier message (an `EditedMessage`). */
  EDIT: "edit",
  /** A deletion of an earlier message (a `DeletedMessage`). */
  REVOKE: "revoke",
  /** The user opened the chat for the first time (a `ChatOpened`). */
  REQUEST_WELCOME: "request_welcome",
  /** A message type the Cloud API does not support (see `errors`). */
  UNSUPPORTED: "unsupported",
} as const;

/** One of the {@link MessageType} values, or a type WhatsApp added later. */
export type MessageTypeValue = (typeof MessageType)[keyof typeof MessageType] | (string & {});
