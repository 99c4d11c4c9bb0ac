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

/** A media object as Graph expects it: `{ id }` or `{ link }`. */
export type MediaObject = { id: string } | { link: string };

/** Reads a {@link MediaInput} into `{ id }` or `{ link }`. */
export function mediaObject(method: string, field: string, media: MediaInput): MediaObject {
  if (typeof media === "string") {
    if (/^https?:\/\//i.test(media)) return { link: checkHttpUrl(method, field, media) };
    if (/^\d+$/.test(media)) return { id: media };
  } else if (typeof media === "object" && media !== null) {
    if ("id" in media && typeof media.id === "string" && media.id !== "") return { id: media.id };
    if ("link" in media) return { link: checkHttpUrl(method, `${field}.link`, media.link) };
  }
  throw new MessageValidationError(
    method,
    field,
    "must be a media id (digits), an http(s) link, { id } or { link }",
  );
}
