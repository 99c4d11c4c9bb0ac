import { optContent, readMedia } from "./media.js";
import { Message, type MessageContentInit, type MessageInit } from "./message.js";
import {
  readContact,
  readLocation,
  readOrder,
  readReaction,
  readReferral,
  readReplyTo,
} from "./message-content.js";
import { OutgoingMessage } from "./outgoing.js";
import { type JsonRecord, listOf, object, optBool, optObject, optStr, str } from "./read.js";
import type { UpdateClient } from "./update-client.js";
import type { UpdateError } from "./update-error.js";
import type { UserUpdateInit } from "./user-update.js";

/** What every message of a change shares: the change-level errors, and whether they are echoes. */
export interface MessageScope {
  /** `value.errors`, attached to each message of the change. */
  valueErrors: readonly UpdateError[];
  /** Whether these are echoes of messages the business sent from the app. */
  outgoing: boolean;
}

/**
 * Makes a plain {@link Message} (or, for echoes, an `OutgoingMessage`) of a `messages[]` item,
 * reading only the content field of its type.
 */
export function readMessage(
  m: JsonRecord,
  path: string,
  base: UserUpdateInit,
  scope: MessageScope,
  errors: readonly UpdateError[],
): Message | OutgoingMessage {
  const type = str(m, "type", path);
  const context = optObject(m, "context", path);
  const c = content(m, type, path, base.client, base.metadata.phoneNumberId);
  const frequently = (context && optBool(context, "frequently_forwarded", path)) ?? false;
  // One literal with every field: spreading into a new object is V8's slow path, and this
  // runs for every message of every webhook.
  const init: MessageInit<"message"> = {
    wabaId: base.wabaId,
    raw: base.raw,
    client: base.client,
    metadata: base.metadata,
    from: base.from,
    id: base.id,
    timestamp: base.timestamp,
    type,
    text: c.text,
    image: c.image,
    video: c.video,
    audio: c.audio,
    document: c.document,
    sticker: c.sticker,
    location: c.location,
    contacts: c.contacts,
    reaction: c.reaction,
    order: c.order,
    system: c.system,
    unsupported: c.unsupported,
    replyToMessage: readReplyTo(context, path),
    forwarded: frequently || ((context && optBool(context, "forwarded", path)) ?? false),
    forwardedManyTimes: frequently,
    referral: optContent(m, "referral", path, readReferral),
    groupId: optStr(m, "group_id", path),
    errors:
      errors.length === 0 && scope.valueErrors.length === 0
        ? errors
        : errors.concat(scope.valueErrors),
    message: m,
  };
  return scope.outgoing
    ? new OutgoingMessage(init as unknown as MessageInit<"outgoingMessage">)
    : new Message(init);
}

/** Reads only the content field of the message's own type. */
function content(
  m: JsonRecord,
  type: string,
  path: string,
  client: UpdateClient | undefined,
  to: string,
): MessageContentInit {
  switch (type) {
    case "text":
      return { text: str(object(m.text, `${path}.text`), "body", `${path}.text`) };
    case "image":
      return {
        image: readMedia.image(object(m.image, `${path}.image`), `${path}.image`, client, to),
      };
    case "video":
      return {
        video: readMedia.video(object(m.video, `${path}.video`), `${path}.video`, client, to),
      };
    case "audio":
      return {
        audio: readMedia.audio(object(m.audio, `${path}.audio`), `${path}.audio`, client, to),
      };
    case "document":
      return {
        document: readMedia.document(
          object(m.document, `${path}.document`),
          `${path}.document`,
          client,
          to,
        ),
      };
    case "sticker":
      return {
        sticker: readMedia.sticker(
          object(m.sticker, `${path}.sticker`),
          `${path}.sticker`,
          client,
          to,
        ),
      };
    case "location":
      return { location: readLocation(object(m.location, `${path}.location`), `${path}.location`) };
    case "contacts":
      return { contacts: listOf(m, "contacts", path, readContact) };
    case "reaction":
      return { reaction: readReaction(object(m.reaction, `${path}.reaction`), `${path}.reaction`) };
    case "order":
      return { order: readOrder(object(m.order, `${path}.order`), `${path}.order`) };
    case "system": {
      const system = optObject(m, "system", path);
      const at = `${path}.system`;
      return {
        system: system && { type: optStr(system, "type", at), body: optStr(system, "body", at) },
      };
    }
    case "unsupported": {
      const unsupported = optObject(m, "unsupported", path);
      return {
        unsupported: { type: unsupported && optStr(unsupported, "type", `${path}.unsupported`) },
      };
    }
    default:
      return {};
  }
}
