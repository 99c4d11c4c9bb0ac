import { z } from "zod";
import { AccountArea } from "../graph/account-area.js";
import { callOf, idSegment } from "../graph/account-scope.js";
import type { PhoneCallOptions } from "../phone-numbers/options.js";
import { UploadFileError } from "../uploads/upload-error.js";
import type { UploadFileSource } from "../uploads/upload-file.js";
import { MediaTooLarge } from "./errors.js";
import { Media } from "./media.js";
import { defaultFilename, type MediaType, mediaTypeOf, mimeTypeOfFilename } from "./media-types.js";
import { type MediaURL, mediaUrlSchema, toMediaUrl } from "./media-url.js";
import { multipartBody } from "./multipart.js";
import { sizeLimitOf, typeMismatch } from "./size-limits.js";
import { sniffMimeType } from "./sniff.js";
import { openMediaSource, type UploadableMedia, type UrlFetchOptions } from "./upload-source.js";

/** Options of `uploadMedia`. */
export interface UploadMediaOptions extends PhoneCallOptions, UrlFetchOptions {
  /**
   * The MIME type, such as `image/jpeg`. Default: from `filename`, the input's own name (a
   * path's, a `File`'s, a URL's) or type (a `File`'s, a URL's answer's, a `data:` URI's), else
   * from the file's first bytes.
   */
  mimeType?: string | undefined;
  /**
   * The file name WhatsApp keeps (documents show it). Default: the input's own name; for input
   * without one (bytes, a stream, a `data:` URI) `file` with the type's extension.
   */
  filename?: string | undefined;
  /**
   * What the media will be sent as, when it is not what its type implies: a JPEG sent as a
   * `document` may be up to 100 MB, not 5 MB. The type is checked against it (a `sticker` must
   * be `image/webp`). Default: from the MIME type (`image/webp` is a sticker).
   */
  mediaType?: MediaType | undefined;
  /**
   * The time one attempt of the upload may take (ms). Default 5 minutes, not the client's
   * timeout: a large file takes longer than a JSON call.
   */
  timeout?: number | undefined;
  /** The time the whole upload may take, retries included (ms). Default 10 minutes. */
  deadline?: number | undefined;
}

/** Default per-attempt timeout of an upload (ms). */
const UPLOAD_TIMEOUT_MS = 5 * 60 * 1000;
/** Default deadline of an upload, retries included (ms). */
const UPLOAD_DEADLINE_MS = 10 * 60 * 1000;

const uploadedSchema = z.looseObject({ id: z.string().min(1) });

/** A MIME type as HTTP writes one (RFC 9110 tokens), with optional parameters on one line. */
const MIME_TYPE = /^[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+(\s*;[^\r\n]*)?$/;

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
   * Uploads a file for sending (`POST /{phone-id}/media`, multipart): from a path, an https
   * URL, a `data:` URI, bytes, a `Blob`, or a stream. The file streams through in pieces, never
   * whole in memory. Its type comes from `mimeType`, else its name, else the type a `File`, a
   * URL's answer or a `data:` URI names, else its first bytes; its size (a `data:` URI's decoded
   * size) is checked against Meta's limit for that type before the first byte goes out (a
   * stream of unknown length is counted as it goes and stopped at the limit). An upload lasts
   * 30 days. A bare base64 string is read as a path: pass `Buffer.from(b64, "base64")`.
   *
   * A path, bytes, a `Blob` or a `data:` URI is sent again from its start when Graph asks for a
   * retry; a stream or a URL can be sent only once.
   *
   * @returns The uploaded {@link Media}: its `id` goes into any send method.
   * @throws {@link MediaTooLarge} over Meta's size limit; `UploadFileError` when the type cannot
   *   be told, a path cannot be read or a `data:` URI is not valid base64 (its message never
   *   shows the data); {@link MediaFetchError} for a URL that is not https or
   *   cannot be fetched; `GraphApiError` from Graph.
   * @example
   * ```ts
   * import type { MediaApi } from "@tswa/core";
   *
   * declare const media: MediaApi;
   * declare const b64: string; // base64 from a browser form, a database or an image API
   * const fromDisk = await media.uploadMedia("./menu.jpg");
   * const fromTheWeb = await media.uploadMedia("https://example.com/menu.pdf");
   * const fromBytes = await media.uploadMedia(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), {
   *   mimeType: "image/jpeg",
   *   filename: "menu.jpg",
   * });
   * const fromADataUri = await media.uploadMedia(`data:image/png;base64,${b64}`);
   * ```
   */
  async uploadMedia(media: UploadableMedia, options: UploadMediaOptions = {}): Promise<Media> {
    const phone = this.id("phoneId", options.phoneId, "uploadMedia");
    const timeout = options.timeout ?? UPLOAD_TIMEOUT_MS;
    const deadline = options.deadline ?? UPLOAD_DEADLINE_MS;
    const source = await openMediaSource(media, this.graph.transport, {
      ...options,
      timeout,
      deadline,
    });
    // A stream or a URL's answer not sent to its end is cancelled, so its connection is freed.
    const release = () => void source.stop().catch(() => undefined);
    let described: ReturnType<typeof describeUpload>;
    try {
      described = describeUpload(source, options);
    } catch (error) {
      release();
      throw error;
    }
    const { mimeType, filename, maxBytes, tooLarge } = described;
    const form = multipartBody(
      [
        ["messaging_product", "whatsapp"],
        ["type", mimeType],
      ],
      { field: "file", filename, mimeType, size: source.fileLength },
    );
    let refused: MediaTooLarge | undefined;
    const limit = (count: number) => {
      if (count <= maxBytes) return undefined;
      refused = tooLarge(count, false);
      return refused;
    };
    try {
      const answer = await this.graph.request({
        method: "POST",
        path: `${phone}/media`,
        headers: {
          "content-type": form.contentType,
          ...(form.length === undefined ? {} : { "content-length": String(form.length) }),
        },
        // A function, so each attempt streams the file afresh from its start.
        body: () => form.chunks(source.chunks(0), limit),
        schema: uploadedSchema,
        signal: options.signal,
        timeout,
        deadline,
      });
      return new Media(this, {
        id: answer.id,
        filename,
        mimeType,
        uploadedTo: decodeURIComponent(phone),
      });
    } catch (error) {
      release();
      // The stream stopped at the size limit: say so, not "the connection broke".
      if (refused !== undefined) throw refused;
      throw error;
    }
  }

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

/**
 * The type, name and size check of an upload, from the options, the input's own name and type,
 * or its first bytes.
 *
 * @throws {@link UploadFileError} when the type cannot be told or does not fit `mediaType`;
 *   {@link MediaTooLarge} when the known size is over the limit.
 */
function describeUpload(source: UploadFileSource, options: UploadMediaOptions) {
  const mimeType =
    options.mimeType ||
    (options.filename === undefined ? undefined : mimeTypeOfFilename(options.filename)) ||
    source.mimeType ||
    sniffMimeType(source.head);
  if (mimeType !== undefined && !MIME_TYPE.test(mimeType)) {
    throw new UploadFileError(
      "mimeType",
      "uploadMedia: `mimeType` must be a MIME type such as image/jpeg (type/subtype, no line breaks)",
    );
  }
  if (mimeType === undefined) {
    throw new UploadFileError(
      "mimeType",
      "uploadMedia cannot tell the file's type from its name or its first bytes: pass `mimeType` (such as image/jpeg, video/mp4, audio/ogg or application/pdf)",
    );
  }
  const mediaType = options.mediaType ?? mediaTypeOf(mimeType);
  const expected = typeMismatch(mimeType, mediaType);
  if (expected !== undefined) {
    throw new UploadFileError(
      "mimeType",
      `uploadMedia: a ${mediaType} must be ${expected}, and the file is ${mimeType}: send it as a document, or pass \`mimeType\` if that is wrong`,
    );
  }
  const { name, limit } = sizeLimitOf(mimeType, source.head, mediaType);
  const tooLarge = (size: number, sizeKnown: boolean) =>
    new MediaTooLarge({
      mediaType,
      mimeType,
      limit: name,
      maxBytes: limit.max,
      label: limit.label,
      size,
      sizeKnown,
    });
  if (source.fileLength !== undefined && source.fileLength > limit.max) {
    throw tooLarge(source.fileLength, true);
  }
  const filename = options.filename ?? source.filename ?? defaultFilename(mimeType);
  return { mimeType, filename, maxBytes: limit.max, tooLarge };
}
