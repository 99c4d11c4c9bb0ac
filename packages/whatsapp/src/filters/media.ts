import type { Update } from "../updates/kinds.js";
import type {
  AudioMedia,
  DocumentMedia,
  ImageMedia,
  StickerMedia,
  VideoMedia,
} from "../updates/media.js";
import type { Message, MessageKind } from "../updates/message.js";
import { extensionOf } from "./extensions.js";
import { type Check, check, type Guard, guard } from "./filter.js";

const mediaOf = (u: Update) =>
  u.kind === "message" || u.kind === "outgoingMessage"
    ? (u as Message<MessageKind>).media
    : undefined;

/** What {@link media} proves: a message whose `media` is set. */
export interface MediaNarrowing {
  /** Messages only. */
  readonly kind: MessageKind;
  /** The image, video, audio, document or sticker. */
  readonly media: ImageMedia | VideoMedia | AudioMedia | DocumentMedia | StickerMedia;
}

/** Passes media messages: image, video, audio, document or sticker. */
export const media: Guard<MediaNarrowing> = guard((u) => mediaOf(u) !== undefined);

/**
 * Passes media messages of one of the MIME types (`image/png`, `application/pdf`…).
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.mimetypes("application/pdf"), (msg) => msg.reply("Got your PDF"));
 * ```
 */
export function mimetypes(...types: readonly string[]): Guard<MediaNarrowing> {
  if (types.length === 0) throw new TypeError("filters.mimetypes: give one or more MIME types");
  const wanted = new Set(types.map((t) => t.toLowerCase()));
  return guard((u) => {
    // WhatsApp may add parameters (`audio/ogg; codecs=opus`): the type is what comes before.
    const type = mediaOf(u)?.mimeType?.split(";", 1)[0]?.trim().toLowerCase();
    return type !== undefined && wanted.has(type);
  });
}

/**
 * Passes media messages whose file has one of the extensions (`.pdf`, `png`): a document's
 * file name, else the usual extension of the MIME type.
 */
export function extensions(...exts: readonly string[]): Guard<MediaNarrowing> {
  if (exts.length === 0) throw new TypeError("filters.extensions: give one or more extensions");
  const wanted = new Set(exts.map((e) => e.replace(/^\.?/, ".").toLowerCase()));
  return guard((u) => {
    const file = mediaOf(u);
    if (file === undefined) return false;
    const ext = extensionOf(file.mimeType, (file as { filename?: string }).filename);
    return ext !== undefined && wanted.has(ext);
  });
}

/** Passes images, videos and documents with a caption, narrowing `caption` to a string. */
export const hasCaption: Guard<{ readonly kind: MessageKind; readonly caption: string }> = guard(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.caption !== undefined,
);

/** Passes audio messages that are files, not voice notes. */
export const audioOnly: Check = check(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.audio?.voice === false,
);

/** Passes voice notes, narrowing `voice` to set. */
export const voice: Guard<{ readonly kind: MessageKind; readonly voice: AudioMedia }> = guard(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.audio?.voice === true,
);

/** Passes animated stickers. */
export const animatedSticker: Check = check(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.sticker?.animated === true,
);

/** Passes static stickers. */
export const staticSticker: Check = check(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.sticker?.animated === false,
);
