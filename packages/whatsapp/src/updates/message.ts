import type { Recipient, SentMessage } from "@tswa/core";
import { type CopyMessageOptions, copyMessage } from "./copy-message.js";
import type { AudioMedia, DocumentMedia, ImageMedia, StickerMedia, VideoMedia } from "./media.js";
import type {
  Location,
  Order,
  Reaction,
  Referral,
  ReplyToMessage,
  SharedContact,
} from "./message-content.js";
import type { MessageTypeValue } from "./message-type.js";
import type { JsonRecord } from "./read.js";
import type { UpdateError } from "./update-error.js";
import { UserUpdate, type UserUpdateInit } from "./user-update.js";

/** A system message of a kind without its own update class (`Message.system`). */
export interface MessageSystem {
  /** The system message's type. */
  type: string | undefined;
  /** WhatsApp's description. */
  body: string | undefined;
}

/** What an `unsupported` message was (`Message.unsupported`). */
export interface MessageUnsupported {
  /** Such as `poll` or `edit`, when WhatsApp says. */
  type: string | undefined;
}

/**
 * The content of a {@link Message}: the field of its type is set, the others are `undefined`.
 *
 * @inline
 */
export interface MessageContentInit {
  text?: string | undefined;
  image?: ImageMedia | undefined;
  video?: VideoMedia | undefined;
  audio?: AudioMedia | undefined;
  document?: DocumentMedia | undefined;
  sticker?: StickerMedia | undefined;
  location?: Location | undefined;
  contacts?: readonly SharedContact[] | undefined;
  reaction?: Reaction | undefined;
  order?: Order | undefined;
  system?: MessageSystem | undefined;
  unsupported?: MessageUnsupported | undefined;
}

/**
 * What a {@link Message} is made from.
 *
 * @inline
 */
export interface MessageInit<K extends MessageKind = "message">
  extends UserUpdateInit,
    MessageContentInit {
  kind?: K;
  type: MessageTypeValue;
  replyToMessage: ReplyToMessage | undefined;
  forwarded: boolean;
  forwardedManyTimes: boolean;
  referral: Referral | undefined;
  groupId: string | undefined;
  errors: readonly UpdateError[];
  message: JsonRecord;
}

/**
 * A message a user sent to one of your numbers: text, media, location, contacts, a reaction,
 * an order, or a type the Cloud API does not support. Button and list replies, flow
 * completions, edits, deletions and system messages have their own update classes.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
 * wa.onMessage("image", (msg) => msg.reply(`Nice picture (${msg.image.mimeType})`));
 * wa.onMessage("text", (msg) => console.log(`${msg.from.name}: ${msg.text}`));
 * ```
 */
export class Message<K extends MessageKind = "message"> extends UserUpdate {
  /** Discriminates update kinds: `outgoingMessage` for an `OutgoingMessage`. */
  readonly kind: K;
  /** The message type; the field of that name holds the content. */
  readonly type: MessageTypeValue;
  /** The text of a `text` message. */
  readonly text: string | undefined;
  /** The image of an `image` message. */
  readonly image: ImageMedia | undefined;
  /** The video of a `video` message. */
  readonly video: VideoMedia | undefined;
  /** The audio or voice note of an `audio` message. */
  readonly audio: AudioMedia | undefined;
  /** The document of a `document` message. */
  readonly document: DocumentMedia | undefined;
  /** The sticker of a `sticker` message. */
  readonly sticker: StickerMedia | undefined;
  /** The location of a `location` message. */
  readonly location: Location | undefined;
  /** The contact cards of a `contacts` message. */
  readonly contacts: readonly SharedContact[] | undefined;
  /** The reaction of a `reaction` message. */
  readonly reaction: Reaction | undefined;
  /** The order of an `order` message. */
  readonly order: Order | undefined;
  /** A system message of a kind tswa has no class for. */
  readonly system: MessageSystem | undefined;
  /** What an `unsupported` message was (such as `poll`), when WhatsApp says. */
  readonly unsupported: MessageUnsupported | undefined;
  /** The message this one replies to (`context`). */
  readonly replyToMessage: ReplyToMessage | undefined;
  /** Whether the message was forwarded. */
  readonly forwarded: boolean;
  /** Whether it was forwarded many times (five or more hops). */
  readonly forwardedManyTimes: boolean;
  /** The click-to-WhatsApp ad or post the user came from. */
  readonly referral: Referral | undefined;
  /** The group the message was sent in, for group messages. */
  readonly groupId: string | undefined;
  /** Errors WhatsApp attached to the message or its change (an `unsupported` message has one). */
  readonly errors: readonly UpdateError[];
  /** The message object as received (`value.messages[i]`). */
  readonly message: JsonRecord;

  constructor(init: MessageInit<K>) {
    super(init);
    this.kind = init.kind ?? ("message" as K);
    this.type = init.type;
    this.text = init.text;
    this.image = init.image;
    this.video = init.video;
    this.audio = init.audio;
    this.document = init.document;
    this.sticker = init.sticker;
    this.location = init.location;
    this.contacts = init.contacts;
    this.reaction = init.reaction;
    this.order = init.order;
    this.system = init.system;
    this.unsupported = init.unsupported;
    this.replyToMessage = init.replyToMessage;
    this.forwarded = init.forwarded;
    this.forwardedManyTimes = init.forwardedManyTimes;
    this.referral = init.referral;
    this.groupId = init.groupId;
    this.errors = init.errors;
    this.message = init.message;
  }

  /** The media of an image, video, audio, document or sticker message. */
  get media(): ImageMedia | VideoMedia | AudioMedia | DocumentMedia | StickerMedia | undefined {
    return this.image ?? this.video ?? this.audio ?? this.document ?? this.sticker;
  }

  /** The caption of an image, video or document. */
  get caption(): string | undefined {
    return (this.image ?? this.video ?? this.document)?.caption;
  }

  /** The voice note, when the audio was recorded as one. */
  get voice(): AudioMedia | undefined {
    return this.audio?.voice ? this.audio : undefined;
  }

  /** Whether this message replies to another. */
  get isReply(): boolean {
    return this.replyToMessage !== undefined;
  }

  /**
   * Sends this message's content to another recipient as a new message (the Cloud API has no
   * forward): text, media (by id, nothing is downloaded), location and contact cards.
   *
   * @throws {@link MessageNotCopyableError} for a reaction, an order, a system or an
   *   unsupported message.
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage((msg) => msg.copy("16505551234", { tracker: `from:${msg.from.preferredId}` }));
   * ```
   */
  async copy(to: Recipient, options: CopyMessageOptions = {}): Promise<SentMessage> {
    return copyMessage(this.client("copy"), this, to, options);
  }

  /** Whether this is a text message (narrows `text` to a string). */
  isText(): this is TextMessage {
    return this.type === "text" && typeof this.text === "string";
  }
}

/** The kinds of update that carry a message: incoming, or an echo of one sent from the app. */
export type MessageKind = "message" | "outgoingMessage";

/** The content field each message type sets. */
export interface MessageContentByType {
  /** `msg.text`. */
  text: {
    /** The content of a `text` message. */
    readonly text: string;
  };
  /** `msg.image`. */
  image: {
    /** The content of a `image` message. */
    readonly image: ImageMedia;
  };
  /** `msg.video`. */
  video: {
    /** The content of a `video` message. */
    readonly video: VideoMedia;
  };
  /** `msg.audio`. */
  audio: {
    /** The content of a `audio` message. */
    readonly audio: AudioMedia;
  };
  /** `msg.document`. */
  document: {
    /** The content of a `document` message. */
    readonly document: DocumentMedia;
  };
  /** `msg.sticker`. */
  sticker: {
    /** The content of a `sticker` message. */
    readonly sticker: StickerMedia;
  };
  /** `msg.location`. */
  location: {
    /** The content of a `location` message. */
    readonly location: Location;
  };
  /** `msg.contacts`. */
  contacts: {
    /** The content of a `contacts` message. */
    readonly contacts: readonly SharedContact[];
  };
  /** `msg.reaction`. */
  reaction: {
    /** The content of a `reaction` message. */
    readonly reaction: Reaction;
  };
  /** `msg.order`. */
  order: {
    /** The content of a `order` message. */
    readonly order: Order;
  };
}

/**
 * The message a handler registered for message type `T` receives: its content field is set.
 * `M` is the message class (`OutgoingMessage` for echoes).
 */
export type MessageOfType<
  T extends MessageTypeValue,
  M extends Message<MessageKind> = Message,
> = M & {
  readonly type: T;
} & (T extends keyof MessageContentByType ? MessageContentByType[T] : unknown);

/** A {@link Message} of type `text`. */
export type TextMessage = MessageOfType<"text">;
