import { z } from "zod";

/** How long a media URL from `GET /{media-id}` stays valid, in ms (Meta: 5 minutes). */
export const MEDIA_URL_TTL_MS = 5 * 60 * 1000;

/**
 * A media's short-lived download URL and what Graph knows of the file, from `getMediaUrl`.
 * The URL needs the access token to download (it is not public) and expires after 5 minutes.
 *
 * @example
 * ```ts
 * import type { MediaApi } from "@tswa/core";
 *
 * declare const media: MediaApi;
 * const { url, mimeType, fileSize, sha256 } = await media.getMediaUrl("1013859600285441");
 * ```
 */
export interface MediaURL {
  /** The media id. */
  readonly id: string;
  /** The download URL (on Meta's CDN; send the bearer token with it). */
  readonly url: string;
  /** The MIME type, such as `image/jpeg`. */
  readonly mimeType: string;
  /** The SHA-256 of the file, as hex, to check a download against. */
  readonly sha256: string;
  /** The size of the file in bytes. */
  readonly fileSize: number;
  /** When the URL stops working: 5 minutes after it was fetched. Fetch a new one after that. */
  readonly expiresAt: Date;
}

/** The answer of `GET /{media-id}`. */
export const mediaUrlSchema = z.looseObject({
  id: z.string().min(1),
  url: z.string().min(1),
  mime_type: z.string(),
  sha256: z.string(),
  file_size: z.coerce.number().int().nonnegative(),
});

/** Turns Graph's answer into a {@link MediaURL}, valid from `now` for 5 minutes. */
export function toMediaUrl(raw: z.output<typeof mediaUrlSchema>, now = Date.now()): MediaURL {
  return {
    id: raw.id,
    url: raw.url,
    mimeType: raw.mime_type,
    sha256: raw.sha256,
    fileSize: raw.file_size,
    expiresAt: new Date(now + MEDIA_URL_TTL_MS),
  };
}
