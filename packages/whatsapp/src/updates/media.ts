import { type JsonRecord, optBool, optObject, optStr, str } from "./read.js";

/** A media file a user sent: its id downloads it through the Graph API (the media issue's `download()`). */
export interface MediaObject {
  /** The media id. */
  id: string;
  /** The MIME type, such as `image/jpeg`. */
  mimeType: string | undefined;
  /** The SHA-256 of the file, base64. */
  sha256: string | undefined;
  /** A download URL, when WhatsApp included one. */
  url: string | undefined;
}

/** An image (`Message.image`). */
export interface ImageMedia extends MediaObject {
  /** The caption. */
  caption: string | undefined;
}

/** A video (`Message.video`). */
export interface VideoMedia extends MediaObject {
  /** The caption. */
  caption: string | undefined;
}

/** An audio file or a voice note (`Message.audio`). */
export interface AudioMedia extends MediaObject {
  /** Whether it was recorded as a voice note. */
  voice: boolean;
}

/** A document (`Message.document`). */
export interface DocumentMedia extends MediaObject {
  /** The caption. */
  caption: string | undefined;
  /** The file name. */
  filename: string | undefined;
}

/** A sticker (`Message.sticker`). */
export interface StickerMedia extends MediaObject {
  /** Whether the sticker is animated. */
  animated: boolean;
}

function mediaOf(media: JsonRecord, path: string): MediaObject {
  return {
    id: str(media, "id", path),
    mimeType: optStr(media, "mime_type", path),
    sha256: optStr(media, "sha256", path),
    url: optStr(media, "url", path),
  };
}

/** Reads the media object of a message, by its type. */
export const readMedia = {
  image: (m: JsonRecord, p: string): ImageMedia => ({
    ...mediaOf(m, p),
    caption: optStr(m, "caption", p),
  }),
  video: (m: JsonRecord, p: string): VideoMedia => ({
    ...mediaOf(m, p),
    caption: optStr(m, "caption", p),
  }),
  audio: (m: JsonRecord, p: string): AudioMedia => ({
    ...mediaOf(m, p),
    voice: optBool(m, "voice", p) ?? false,
  }),
  document: (m: JsonRecord, p: string): DocumentMedia => ({
    ...mediaOf(m, p),
    caption: optStr(m, "caption", p),
    filename: optStr(m, "filename", p),
  }),
  sticker: (m: JsonRecord, p: string): StickerMedia => ({
    ...mediaOf(m, p),
    animated: optBool(m, "animated", p) ?? false,
  }),
};

/** Reads `message[type]` with `read` when the message has it. */
export function optContent<T>(
  message: JsonRecord,
  type: string,
  path: string,
  read: (content: JsonRecord, path: string) => T,
): T | undefined {
  const content = optObject(message, type, path);
  return content === undefined ? undefined : read(content, `${path}.${type}`);
}
