import type { Message, MessageContentByType, MessageKind } from "../updates/message.js";
import type { MessageTypeValue } from "../updates/message-type.js";
import { type Guard, guard } from "./filter.js";

/** What a message-type filter proves: a message (or echo) of type `T` with its content set. */
export type MessageTypeNarrowing<T extends MessageTypeValue> = {
  readonly kind: MessageKind;
  readonly type: T;
} & (T extends keyof MessageContentByType ? MessageContentByType[T] : unknown);

const isMessage = (u: { kind: string }): u is Message<MessageKind> =>
  u.kind === "message" || u.kind === "outgoingMessage";

const ofType = <T extends MessageTypeValue>(type: T): Guard<MessageTypeNarrowing<T>> =>
  guard((u) => isMessage(u) && u.type === type);

/**
 * Passes messages: incoming ones and echoes of messages sent from the app (pywa's
 * `filters.message`). Button presses, list choices and flow completions have their own kinds.
 */
export const message: Guard<{ readonly kind: MessageKind }> = guard(isMessage);

/** Passes text messages, narrowing `text` to a string. */
export const text = ofType("text");
/** Passes image messages, narrowing `image` to set. */
export const image = ofType("image");
/** Passes video messages, narrowing `video` to set. */
export const video = ofType("video");
/** Passes audio messages (files and voice notes), narrowing `audio` to set. */
export const audio = ofType("audio");
/** Passes document messages, narrowing `document` to set. */
export const document = ofType("document");
/** Passes sticker messages (static and animated), narrowing `sticker` to set. */
export const sticker = ofType("sticker");
/** Passes location messages, narrowing `location` to set. */
export const location = ofType("location");
/** Passes reactions (added and removed), narrowing `reaction` to set. */
export const reaction = ofType("reaction");
/** Passes shared contacts, narrowing `contacts` to set. */
export const contacts = ofType("contacts");
/** Passes orders from a catalog, narrowing `order` to set. */
export const order = ofType("order");
/** Passes messages of a type the Cloud API does not support (see `errors`). */
export const unsupported = ofType("unsupported");
