import { AccountArea } from "../graph/account-area.js";
import { callOf, idSegment } from "../graph/account-scope.js";
import type { PhoneCallOptions } from "../phone-numbers/options.js";
import { type MediaURL, mediaUrlSchema, toMediaUrl } from "./media-url.js";

/**
 * The Cloud API's media: upload a file to send it by id, resolve an id to a download URL,
 * delete it. Uploads are streamed (a file is never read whole) and checked against Meta's size
 * limits before the first byte goes out.
 *
 * @example
 * ```ts
 * import { GraphClient, MediaApi } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const media = new MediaApi(graph, { phoneId: "106540352242922" });
 * const { url } = await media.getMediaUrl("1013859600285441");
 * ```
 */
export class MediaApi extends AccountArea {
  /**
   * Resolves a media id (of a file you uploaded or a user sent) to its download URL, MIME type,
   * SHA-256 and size. The URL expires after 5 minutes and needs the access token.
   *
   * @param mediaId - The media id.
   * @param options - `phoneId`: only answer when the media belongs to this phone number.
   * @throws `GraphApiError` when Graph does not know the id (or it expired).
   * @example
   * ```ts
   * import type { MediaApi } from "@tswa/core";
   *
   * declare const media: MediaApi;
   * const found = await media.getMediaUrl("1013859600285441");
   * console.log(found.mimeType, found.fileSize);
   * ```
   */
  async getMediaUrl(mediaId: string, options: PhoneCallOptions = {}): Promise<MediaURL> {
    const raw = await this.graph.request({
      method: "GET",
      path: idSegment(mediaId, "mediaId", "getMediaUrl"),
      query: { phone_number_id: options.phoneId },
      schema: mediaUrlSchema,
      ...callOf(options),
    });
    return toMediaUrl(raw);
  }

  /**
   * Deletes an uploaded media; its id stops working at once (uploads otherwise last 30 days).
   *
   * @param mediaId - The media id.
   * @param options - `phoneId`: only delete when the media was uploaded to this phone number.
   * @returns Whether Graph reported success.
   * @example
   * ```ts
   * import type { MediaApi } from "@tswa/core";
   *
   * declare const media: MediaApi;
   * await media.deleteMedia("1013859600285441");
   * ```
   */
  async deleteMedia(mediaId: string, options: PhoneCallOptions = {}): Promise<boolean> {
    const path = idSegment(mediaId, "mediaId", "deleteMedia");
    return this.succeed(
      { method: "DELETE", path, query: { phone_number_id: options.phoneId } },
      options,
    );
  }
}
