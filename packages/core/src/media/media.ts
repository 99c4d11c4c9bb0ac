import type { MediaApi } from "./media-api.js";
import type { MediaURL } from "./media-url.js";

/** How long an uploaded media lasts on WhatsApp's servers: 30 days. */
export const UPLOADED_MEDIA_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * A media you uploaded: its id (send it with `sendImage({ image: media })`, or `media.id`), what
 * was uploaded, and shortcuts to resolve or delete it.
 *
 * @example
 * ```ts
 * import type { MediaApi } from "@tswa/core";
 *
 * declare const media: MediaApi;
 * const menu = await media.uploadMedia("./menu.jpg");
 * console.log(menu.id, menu.mimeType, menu.expiresAt);
 * await menu.delete();
 * ```
 */
export class Media {
  /** The media id. */
  readonly id: string;
  /** The file name sent with the upload. */
  readonly filename: string;
  /** The MIME type sent with the upload. */
  readonly mimeType: string;
  /** The phone number id the media was uploaded to. */
  readonly uploadedTo: string;
  /** When the upload finished. */
  readonly uploadedAt: Date;
  readonly #api: MediaApi;

  /** @internal Made by `MediaApi.uploadMedia`. */
  constructor(
    api: MediaApi,
    init: { id: string; filename: string; mimeType: string; uploadedTo: string },
  ) {
    this.#api = api;
    this.id = init.id;
    this.filename = init.filename;
    this.mimeType = init.mimeType;
    this.uploadedTo = init.uploadedTo;
    this.uploadedAt = new Date();
  }

  /** When WhatsApp deletes the media: 30 days after the upload. */
  get expiresAt(): Date {
    return new Date(this.uploadedAt.getTime() + UPLOADED_MEDIA_TTL_MS);
  }

  /** Fetches the media's download URL (valid for 5 minutes); see `MediaApi.getMediaUrl`. */
  getMediaUrl(): Promise<MediaURL> {
    return this.#api.getMediaUrl(this.id);
  }

  /** Deletes the media from WhatsApp's servers; see `MediaApi.deleteMedia`. */
  delete(): Promise<boolean> {
    return this.#api.deleteMedia(this.id, { phoneId: this.uploadedTo });
  }

  /** The media's fields, without the client (what `JSON.stringify` and logs show). */
  toJSON(): Pick<Media, "id" | "filename" | "mimeType" | "uploadedTo"> {
    const { id, filename, mimeType, uploadedTo } = this;
    return { id, filename, mimeType, uploadedTo };
  }
}
