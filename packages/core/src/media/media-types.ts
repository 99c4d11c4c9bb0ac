import { extname } from "node:path";

/**
 * The kinds of media a message carries, each with its own size limit: `image`, `video`,
 * `audio`, `document`, `sticker`. Unknown strings are kept.
 */
export const MediaType = {
  /** A JPEG or PNG image, up to 5 MB. */
  IMAGE: "image",
  /** An MP4 or 3GP video, up to 16 MB. */
  VIDEO: "video",
  /** An audio file or voice note, up to 16 MB. */
  AUDIO: "audio",
  /** Any file, shown with its name, up to 100 MB. */
  DOCUMENT: "document",
  /** A WebP sticker, up to 100 KB (static) or 500 KB (animated). */
  STICKER: "sticker",
} as const;

/** One of {@link MediaType}'s values, or a kind Meta added since. */
export type MediaType = (typeof MediaType)[keyof typeof MediaType] | (string & {});

/**
 * The MIME type of each file extension WhatsApp takes (Meta's "Supported media types"), so
 * a file's name is enough to upload it.
 */
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".mp4": "video/mp4",
  ".3gp": "video/3gp",
  ".aac": "audio/aac",
  ".amr": "audio/amr",
  ".mp3": "audio/mpeg",
  ".m4a": "audio/mp4",
  ".ogg": "audio/ogg",
  ".opus": "audio/ogg",
  ".txt": "text/plain",
  ".pdf": "application/pdf",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xls": "application/vnd.ms-excel",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".ppt": "application/vnd.ms-powerpoint",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

/** The MIME type a file name's extension implies, if WhatsApp takes that extension. */
export function mimeTypeOfFilename(filename: string): string | undefined {
  return TYPES_BY_EXTENSION[extname(filename).toLowerCase()];
}

/** A file name for an upload that has none: `file` with the type's usual extension. */
export function defaultFilename(mimeType: string): string {
  const type = essence(mimeType);
  for (const [extension, known] of Object.entries(TYPES_BY_EXTENSION)) {
    if (known === type) return `file${extension}`;
  }
  return "file";
}

/** The MIME type without parameters, lower case: `audio/ogg; codecs=opus` is `audio/ogg`. */
export function essence(mimeType: string): string {
  return (mimeType.split(";", 1)[0] ?? "").trim().toLowerCase();
}

/**
 * The type a `Content-Type` or a `data:` URI names, without parameters, when it says what the
 * file is: `undefined` for none, a malformed one, or a generic `…/octet-stream`.
 */
export function specificMimeType(named: string): string | undefined {
  const type = essence(named);
  return /^[\w.+-]+\/[\w.+-]+$/.test(type) && !type.endsWith("/octet-stream") ? type : undefined;
}

/**
 * The kind of media a MIME type uploads as: `image/webp` is a sticker (WhatsApp's images are
 * JPEG and PNG), the other `image/*`, `video/*` and `audio/*` are theirs, anything else a
 * document.
 */
export function mediaTypeOf(mimeType: string): MediaType {
  const type = essence(mimeType);
  if (type === "image/webp") return MediaType.STICKER;
  const top = type.split("/", 1)[0];
  if (top === "image" || top === "video" || top === "audio") return top;
  return MediaType.DOCUMENT;
}
