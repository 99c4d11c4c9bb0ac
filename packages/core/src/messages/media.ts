import type { UploadableMedia } from "../media/upload-source.js";
import { isDataUri } from "../uploads/data-uri.js";
import { checkHttpUrl, MessageValidationError } from "./validate.js";

/**
 * Media to send: the id of an uploaded media, or a public http(s) link WhatsApp downloads.
 * A string is read as a link when it starts with `http://` or `https://` and as a media id when
 * it is all digits; anything else is refused. `{ id }` and `{ link }` say it explicitly.
 *
 * @example
 * ```ts
 * import type { MediaInput } from "@tswa/core";
 *
 * const uploaded: MediaInput = "1013859600285441";
 * const hosted: MediaInput = "https://example.com/menu.jpg";
 * const explicit: MediaInput = { link: "https://example.com/menu.jpg" };
 * ```
 */
export type MediaInput =
  | string
  | {
      /** An uploaded media's id. */
      readonly id: string;
    }
  | {
      /** A public http(s) URL WhatsApp fetches. */
      readonly link: string;
    };

/**
 * Media a send method takes: a media id, a public http(s) link (WhatsApp fetches it), `{ id }`
 * or `{ link }`, a `Media` you uploaded, or anything `uploadMedia` takes (a file path, a
 * `file:` URL, a `data:` URI, bytes, a `Blob`, a stream), which is uploaded first. A string
 * that is not a link, digits or a `data:` URI is a file path.
 *
 * A bare base64 string is not guessed at (`photo` is valid base64 and a valid path): pass
 * `Buffer.from(b64, "base64")`, or a `data:image/png;base64,…` URI.
 *
 * @example
 * ```ts
 * import type { SendableMedia } from "@tswa/core";
 *
 * declare const b64: string;
 * const hosted: SendableMedia = "https://example.com/menu.jpg";
 * const uploaded: SendableMedia = "1013859600285441";
 * const fromDisk: SendableMedia = "./menu.jpg";
 * const fromMemory: SendableMedia = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" });
 * const fromADataUri: SendableMedia = `data:image/jpeg;base64,${b64}`;
 * const fromBareBase64: SendableMedia = Buffer.from(b64, "base64");
 * ```
 */
export type SendableMedia = MediaInput | UploadableMedia;

/** A media object as Graph expects it: `{ id }` or `{ link }`. */
export type MediaObject = { id: string } | { link: string };

const PROBLEM =
  "must be a media id (digits), an http(s) link, { id } or { link }, or a file path, a data: URI, bytes, a Blob or a stream to upload";

/** Reads a {@link MediaInput} into `{ id }` or `{ link }`. */
export function mediaObject(method: string, field: string, media: MediaInput): MediaObject {
  if (typeof media === "string") {
    if (/^https?:\/\//i.test(media)) return { link: checkHttpUrl(method, field, media) };
    if (/^\d+$/.test(media)) return { id: media };
  } else if (typeof media === "object" && media !== null) {
    if ("id" in media && typeof media.id === "string" && media.id !== "") return { id: media.id };
    if ("link" in media) return { link: checkHttpUrl(method, `${field}.link`, media.link) };
  }
  throw new MessageValidationError(method, field, PROBLEM);
}

const isUpload = (media: object): boolean =>
  media instanceof Uint8Array ||
  media instanceof ArrayBuffer ||
  media instanceof Blob ||
  typeof (media as ReadableStream).getReader === "function" ||
  typeof (media as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";

/**
 * Sorts media to send: what must be uploaded first (`upload`), or the id or link it already
 * is (`media`). A `data:` URI is uploaded; a string with a scheme other than http(s) or `file:`
 * is refused, not read as a path.
 *
 * @throws {@link MessageValidationError} for an empty string or another scheme's URL.
 */
export function sortSendableMedia(
  method: string,
  field: string,
  media: SendableMedia,
): { upload: UploadableMedia } | { media: MediaInput } {
  if (isDataUri(media)) return { upload: media as string | URL };
  if (typeof media === "string") {
    if (/^https?:\/\//i.test(media) || /^\d+$/.test(media)) return { media };
    const scheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(media)?.[1]?.toLowerCase();
    if (media === "" || (scheme !== undefined && scheme !== "file")) {
      throw new MessageValidationError(method, field, PROBLEM);
    }
    return { upload: media };
  }
  if (media instanceof URL) {
    return media.protocol === "file:" ? { upload: media } : { media: media.href };
  }
  if (typeof media === "object" && media !== null && isUpload(media)) {
    return { upload: media as UploadableMedia };
  }
  return { media: media as MediaInput };
}
