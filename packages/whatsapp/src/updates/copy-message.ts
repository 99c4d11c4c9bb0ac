import {
  Contact,
  type ContactName,
  type Recipient,
  type ReplyableOptions,
  type SentMessage,
  WhatsAppError,
} from "@tswa/core";
import type { Message, MessageKind } from "./message.js";
import type { SharedContact } from "./message-content.js";
import type { JsonRecord } from "./read.js";
import type { UpdateClient } from "./update-client.js";

/**
 * Options of `Message.copy`: the sending number, tracking, a message to quote, and how the call
 * runs. The content is the received message's.
 */
export type CopyMessageOptions = Omit<ReplyableOptions, "to">;

/**
 * `Message.copy()` was called on a message whose content cannot be sent again: a reaction (it
 * points at a message of another chat), an order, a system or an unsupported message.
 */
export class MessageNotCopyableError extends WhatsAppError {
  /** The type of the message that could not be copied. */
  readonly type: string;

  constructor(type: string) {
    super(
      `copy() cannot send a ${type} message again: only text, media, location and contacts can be copied`,
    );
    this.name = "MessageNotCopyableError";
    this.type = type;
  }
}

/** Sends the content of a received message to `to`, media by id (no download, no upload). */
export function copyMessage(
  client: UpdateClient,
  message: Message<MessageKind>,
  to: Recipient,
  options: CopyMessageOptions,
): Promise<SentMessage> {
  const base = { ...options, to };
  const { text, image, video, audio, document, sticker, location, contacts } = message;
  switch (message.type) {
    case "text":
      if (text !== undefined) return client.sendMessage({ ...base, text });
      break;
    case "image":
      if (image)
        return client.sendImage({ ...base, image: { id: image.id }, caption: image.caption });
      break;
    case "video":
      if (video)
        return client.sendVideo({ ...base, video: { id: video.id }, caption: video.caption });
      break;
    case "document":
      if (document) {
        const { id, caption, filename } = document;
        return client.sendDocument({ ...base, document: { id }, caption, filename });
      }
      break;
    case "audio":
      if (audio) return client.sendAudio({ ...base, audio: { id: audio.id }, voice: audio.voice });
      break;
    case "sticker":
      if (sticker) return client.sendSticker({ ...base, sticker: { id: sticker.id } });
      break;
    case "location":
      if (location) {
        const { latitude, longitude, name, address } = location;
        return client.sendLocation({ ...base, latitude, longitude, name, address });
      }
      break;
    case "contacts":
      if (contacts?.length)
        return client.sendContact({ ...base, contact: contacts.map(toContact) });
      break;
  }
  return Promise.reject(new MessageNotCopyableError(message.type));
}

/** A received contact card as a card to send: Graph's snake_case names back to camelCase. */
function toContact(shared: SharedContact): Contact {
  return new Contact({
    name: camelCased(shared.name ?? {}) as unknown as ContactName,
    birthday: shared.birthday,
    phones: shared.phones,
    emails: shared.emails,
    urls: shared.urls,
    addresses: shared.addresses.map(camelCased),
    org: shared.org && camelCased(shared.org),
  });
}

function camelCased(record: JsonRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out;
}
