import type { UpdateMetadata, UpdateSource, WhatsAppUser } from "./common.js";

/**
 * The `type` of an incoming message. Types WhatsApp adds later arrive as plain strings.
 */
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
  /** An order from a catalogue. */
  ORDER: "order",
  /** A button or list reply (flow completions arrive as `FlowCompletion`s instead). */
  INTERACTIVE: "interactive",
  /** A press of a template's quick-reply button. */
  BUTTON: "button",
  /** A system message (the user changed their number, for example). */
  SYSTEM: "system",
  /** A message type the Cloud API does not support. */
  UNSUPPORTED: "unsupported",
} as const;

/** One of the {@link MessageType} values, or a type WhatsApp added later. */
export type MessageTypeValue = (typeof MessageType)[keyof typeof MessageType] | (string & {});

/** The message a message replies to (`context`). */
export interface ReplyContext {
  /** The id (wamid) of the message replied to. */
  messageId: string;
  /** Who sent the message replied to. */
  from: string | undefined;
}

/** An error WhatsApp attached to a message or a status (for example an unsupported type). */
export interface UpdateError {
  /** The error code, such as `131047`. */
  code: number;
  /** A short title of the error. */
  title: string | undefined;
  /** What went wrong. */
  message: string | undefined;
  /** More details, often what to do. */
  details: string | undefined;
}

/**
 * What a {@link Message} is made from.
 *
 * @inline
 */
export interface MessageInit extends UpdateSource {
  id: string;
  type: MessageTypeValue;
  from: WhatsAppUser;
  timestamp: Date;
  metadata: UpdateMetadata;
  text: string | undefined;
  context: ReplyContext | undefined;
  errors: readonly UpdateError[];
  message: Readonly<Record<string, unknown>>;
}

/**
 * A message a user sent to one of your numbers (`messages` webhook field). Text messages carry
 * `text`; for other types read the type's object from `message` (the message as received).
 * Flow completions arrive as {@link FlowCompletion}, not as messages.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage("text", (msg) => console.log(`${msg.from.name ?? msg.from.waId}: ${msg.text}`));
 * ```
 */
export class Message {
  /** Discriminates update kinds. */
  readonly kind = "message" as const;
  /** The message id (wamid). */
  readonly id: string;
  /** The message type. */
  readonly type: MessageTypeValue;
  /** The sender. */
  readonly from: WhatsAppUser;
  /** When the user sent it. */
  readonly timestamp: Date;
  /** Which of your numbers received it. */
  readonly metadata: UpdateMetadata;
  /** The text of a `text` message. */
  readonly text: string | undefined;
  /** The message this one replies to. */
  readonly context: ReplyContext | undefined;
  /** Errors WhatsApp attached (an `unsupported` message carries one). */
  readonly errors: readonly UpdateError[];
  /** The message object as received (`value.messages[i]`). */
  readonly message: Readonly<Record<string, unknown>>;
  /** The WhatsApp Business Account id. */
  readonly wabaId: string;
  /** The change's `value` as received. */
  readonly raw: Readonly<Record<string, unknown>>;

  constructor(init: MessageInit) {
    this.id = init.id;
    this.type = init.type;
    this.from = init.from;
    this.timestamp = init.timestamp;
    this.metadata = init.metadata;
    this.text = init.text;
    this.context = init.context;
    this.errors = init.errors;
    this.message = init.message;
    this.wabaId = init.wabaId;
    this.raw = init.raw;
  }

  /** Whether this is a text message (narrows `text` to a string). */
  isText(): this is TextMessage {
    return this.type === MessageType.TEXT && typeof this.text === "string";
  }
}

/** A {@link Message} of type `text`. */
export type TextMessage = Message & { readonly type: "text"; readonly text: string };
