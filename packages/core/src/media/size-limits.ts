import { essence, type MediaType, mediaTypeOf } from "./media-types.js";
import { isAnimatedWebp } from "./sniff.js";

const KiB = 1024;
const MiB = 1024 * KiB;
const SOURCE =
  "https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media#supported-media-types";

/** One of Meta's media size limits, in bytes, with where Meta documents it. */
export interface MediaSizeLimit {
  /** The largest file, in bytes. */
  readonly max: number;
  /** The limit as Meta writes it, such as `5 MB`. */
  readonly label: string;
  /** Where Meta documents it. */
  readonly source: string;
}

/** The name of a limit in {@link MEDIA_SIZE_LIMITS}, such as `image` or `staticSticker`. */
export type MediaSizeLimitName =
  | "image"
  | "video"
  | "audio"
  | "document"
  | "staticSticker"
  | "animatedSticker";

/**
 * Meta's size limit of each kind of media (its "Supported media types" table). Meta's MB are
 * read as MiB, so a file Meta takes is never refused here; a static sticker is a WebP without
 * animation, an animated one has the VP8X animation flag.
 *
 * @example
 * ```ts
 * import { MEDIA_SIZE_LIMITS } from "@tswa/core";
 *
 * console.log(MEDIA_SIZE_LIMITS.image.max); // 5242880
 * ```
 */
export const MEDIA_SIZE_LIMITS: Readonly<Record<MediaSizeLimitName, MediaSizeLimit>> = {
  image: { max: 5 * MiB, label: "5 MB", source: SOURCE },
  video: { max: 16 * MiB, label: "16 MB", source: SOURCE },
  audio: { max: 16 * MiB, label: "16 MB", source: SOURCE },
  document: { max: 100 * MiB, label: "100 MB", source: SOURCE },
  staticSticker: { max: 100 * KiB, label: "100 KB", source: SOURCE },
  animatedSticker: { max: 500 * KiB, label: "500 KB", source: SOURCE },
};

/**
 * The limit that applies to a file: by the kind of media it is sent as (default: what its MIME
 * type uploads as), a sticker judged static or animated by its first bytes.
 */
export function sizeLimitOf(
  mimeType: string,
  head: Uint8Array,
  sentAs: MediaType = mediaTypeOf(mimeType),
): { name: MediaSizeLimitName; limit: MediaSizeLimit } {
  let name: MediaSizeLimitName;
  if (sentAs === "sticker") {
    const animated = essence(mimeType) === "image/webp" && isAnimatedWebp(head);
    name = animated ? "animatedSticker" : "staticSticker";
  } else if (sentAs === "image" || sentAs === "video" || sentAs === "audio") {
    name = sentAs as "image" | "video" | "audio";
  } else {
    name = "document";
  }
  return { name, limit: MEDIA_SIZE_LIMITS[name] };
}

/** What a kind of media must be, when its MIME type cannot be sent as it. */
export function typeMismatch(mimeType: string, sentAs: MediaType): string | undefined {
  const type = essence(mimeType);
  const top = type.split("/", 1)[0];
  if (sentAs === "sticker") return type === "image/webp" ? undefined : "image/webp";
  if (sentAs === "image" && (top !== "image" || type === "image/webp")) return "an image/* type";
  if ((sentAs === "video" || sentAs === "audio") && top !== sentAs) return `a ${sentAs}/* type`;
  return undefined;
}
