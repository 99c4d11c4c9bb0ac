import type { Readable } from "node:stream";
import type { Media, MediaType, MediaURL } from "@tswa/core";
import type {
  DownloadedMediaBytes,
  DownloadedMediaFile,
  DownloadedMediaStream,
  MediaDownloadOptions,
} from "@tswa/media";
import { type JsonRecord, optBool, optObject, optStr, str } from "./read.js";
import { type UpdateClient, UpdateWithoutClientError } from "./update-client.js";

/** What every received media object is made from: the fields of {@link MediaObject}. */
export interface MediaObjectInit {
  /** The media id. */
  id: string;
  /** The MIME type. */
  mimeType: string | undefined;
  /** The SHA-256 as WhatsApp sent it. */
  sha256: string | undefined;
  /** A download URL, when WhatsApp included one. */
  url: string | undefined;
  /** The file name, when WhatsApp gave one. */
  filename: string | undefined;
  /**
   * The business phone number id the media was sent to (the update's
   * `metadata.phone_number_id`): where `reupload()` uploads by default.
   */
  receivedBy?: string | undefined;
}

/** Options of {@link MediaObject.reupload}. */
export interface MediaReuploadOptions {
  /**
   * The business phone number id to upload to (pywa's `to_phone_id`). Default: the number that
   * received the media, which is the one a reply is sent from; else the client's `phoneId`.
   */
  toPhoneId?: string | undefined;
  /** The file name the upload keeps (pywa's `override_filename`). Default: the media's own. */
  filename?: string | undefined;
  /**
   * What the upload will be sent as, when not what its MIME type implies (a 10 MB JPEG a user
   * sent as a document is a `document`). Default: `document` for a `DocumentMedia`, else from
   * the MIME type.
   */
  mediaType?: MediaType | undefined;
  /** Aborts the download and the upload; nothing is left behind. */
  signal?: AbortSignal | undefined;
}

/**
 * A media file a user sent (`msg.image`, `msg.document`…, or a picker's answer in
 * `flow.getMedia(key)`), with pywa's shortcuts to download it through the client that received
 * it. Each download resolves the id through `getMediaUrl` and checks the file's SHA-256 and
 * size before handing it over. `JSON.stringify` shows the fields only, never the client.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
 * wa.onMessage("image", async (msg) => {
 *   const bytes = await msg.image.getBytes();
 *   await msg.reply(`Got your ${msg.image.mimeType} image: ${bytes.length} bytes`);
 * });
 * ```
 */
export class MediaObject {
  /** The media id: download it, or send it again by id (users' media lasts 30 days). */
  readonly id: string;
  /** The MIME type, such as `image/jpeg`. */
  readonly mimeType: string | undefined;
  /** The SHA-256 of the file as WhatsApp sent it (base64 in webhooks). */
  readonly sha256: string | undefined;
  /** A download URL, when WhatsApp included one (it expires; the shortcuts resolve a fresh one). */
  readonly url: string | undefined;
  /** The file name, for a document or a flow picker's file. */
  readonly filename: string | undefined;
  readonly #client: UpdateClient | undefined;
  readonly #receivedBy: string | undefined;

  constructor(init: MediaObjectInit, client: UpdateClient | undefined) {
    this.id = init.id;
    this.mimeType = init.mimeType;
    this.sha256 = init.sha256;
    this.url = init.url;
    this.filename = init.filename;
    this.#client = client;
    this.#receivedBy = init.receivedBy;
  }

  /** Resolves the media's download URL, SHA-256 and size (valid 5 minutes); see `wa.getMediaUrl`. */
  async getMediaUrl(): Promise<MediaURL> {
    return this.#need("getMediaUrl").getMediaUrl(this.id);
  }

  /**
   * Downloads the file to `path` (or into memory, `to: "buffer"`, or as a stream,
   * `to: "stream"`), checked before it is handed over; see `wa.downloadMedia`.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage("document", async (msg) => {
   *   const { path } = await msg.document.download({ path: `/srv/inbox/${msg.document.id}` });
   *   console.log("saved to", path);
   * });
   * ```
   */
  download(options: MediaDownloadOptions & { path: string }): Promise<DownloadedMediaFile>;
  download(options: MediaDownloadOptions & { to: "buffer" }): Promise<DownloadedMediaBytes>;
  download(options: MediaDownloadOptions & { to: "stream" }): Promise<DownloadedMediaStream>;
  async download(
    options: MediaDownloadOptions & ({ path: string } | { to: "buffer" } | { to: "stream" }),
  ): Promise<DownloadedMediaFile | DownloadedMediaBytes | DownloadedMediaStream> {
    return this.#need("download").downloadMedia(this.id, options as { path: string });
  }

  /** The file as a Buffer, checked (pywa's `get_bytes`); see `wa.getMediaBytes`. */
  async getBytes(options?: MediaDownloadOptions): Promise<Buffer> {
    return this.#need("getBytes").getMediaBytes(this.id, options);
  }

  /** The file as a stream, returned once checked (pywa's `stream`); see `wa.streamMedia`. */
  async stream(options?: MediaDownloadOptions): Promise<Readable> {
    return this.#need("stream").streamMedia(this.id, options);
  }

  /**
   * Downloads the media and uploads it again (pywa's `reupload`), for a new media id: to send a
   * user's file from another business number, or to keep it past WhatsApp's 30 days. The file
   * streams from the checked download (`wa.streamMedia`: SHA-256 and size verified, spooled to a
   * private temporary file meanwhile) into `wa.uploadMedia`, with the media's MIME type and
   * file name, so memory stays flat and no unchecked byte is uploaded.
   *
   * @returns The uploaded `Media`: its `id` goes into any send method.
   * @throws `MediaDownloadFailed` (such as `MediaHashMismatch`) when the download fails, before
   *   any upload; what `wa.uploadMedia` throws (`MediaTooLarge`, `GraphApiError`…). Either way
   *   the temporary file is gone.
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage("document", async (msg) => {
   *   // Hand the user's file to the back-office number, which keeps it 30 more days.
   *   const copy = await msg.document.reupload({ toPhoneId: "106540352242922" });
   *   await wa.sendDocument({ to: "15551234567", document: copy.id, sender: "106540352242922" });
   * });
   * ```
   */
  async reupload(options: MediaReuploadOptions = {}): Promise<Media> {
    const client = this.#need("reupload");
    const { signal } = options;
    const stream = await client.streamMedia(this.id, { signal });
    try {
      return await client.uploadMedia(stream, {
        phoneId: options.toPhoneId ?? this.#receivedBy,
        mimeType: this.mimeType,
        filename: options.filename ?? this.filename,
        mediaType: options.mediaType ?? this.reuploadType,
        signal,
      });
    } finally {
      // Read to its end on success; on failure this closes the spool's file.
      stream.destroy();
    }
  }

  /** What `reupload()` uploads the file as by default (undefined: from its MIME type). */
  protected get reuploadType(): MediaType | undefined {
    return undefined;
  }

  #need(shortcut: string): UpdateClient {
    if (!this.#client) throw new UpdateWithoutClientError(shortcut);
    return this.#client;
  }
}

/** Media that can carry a caption: the base of images, videos and documents. */
export class CaptionedMedia extends MediaObject {
  /** The caption. */
  readonly caption: string | undefined;

  constructor(init: MediaObjectInit, caption: string | undefined, client?: UpdateClient) {
    super(init, client);
    this.caption = caption;
  }
}

/** An image (`Message.image`). */
export class ImageMedia extends CaptionedMedia {}

/** A video (`Message.video`). */
export class VideoMedia extends CaptionedMedia {}

/** An audio file or a voice note (`Message.audio`). */
export class AudioMedia extends MediaObject {
  /** Whether it was recorded as a voice note. */
  readonly voice: boolean;

  constructor(init: MediaObjectInit, voice: boolean, client?: UpdateClient) {
    super(init, client);
    this.voice = voice;
  }
}

/** A document (`Message.document`); `filename` is the name the user's file had. */
export class DocumentMedia extends CaptionedMedia {
  /** A document stays a document when uploaded again, whatever its MIME type (up to 100 MB). */
  protected override get reuploadType(): MediaType {
    return "document";
  }
}

/** A sticker (`Message.sticker`). */
export class StickerMedia extends MediaObject {
  /** Whether the sticker is animated. */
  readonly animated: boolean;

  constructor(init: MediaObjectInit, animated: boolean, client?: UpdateClient) {
    super(init, client);
    this.animated = animated;
  }
}

/** The fields every media object has, as a webhook (`filename`) or a flow (`file_name`) names them. */
function init(
  m: JsonRecord,
  p: string,
  filenameKey: string | undefined,
  receivedBy: string | undefined,
): MediaObjectInit {
  return {
    id: str(m, "id", p),
    mimeType: optStr(m, "mime_type", p),
    sha256: optStr(m, "sha256", p),
    url: optStr(m, "url", p),
    filename: filenameKey === undefined ? undefined : optStr(m, filenameKey, p),
    receivedBy,
  };
}

type Client = UpdateClient | undefined;
/** The business phone number id that received the update (`metadata.phone_number_id`). */
type To = string | undefined;

/**
 * Reads the media object of a message, by its type, bound to the client and the business
 * number that received it.
 */
export const readMedia = {
  image: (m: JsonRecord, p: string, client: Client, to: To) =>
    new ImageMedia(init(m, p, undefined, to), optStr(m, "caption", p), client),
  video: (m: JsonRecord, p: string, client: Client, to: To) =>
    new VideoMedia(init(m, p, undefined, to), optStr(m, "caption", p), client),
  audio: (m: JsonRecord, p: string, client: Client, to: To) =>
    new AudioMedia(init(m, p, undefined, to), optBool(m, "voice", p) ?? false, client),
  document: (m: JsonRecord, p: string, client: Client, to: To) =>
    new DocumentMedia(init(m, p, "filename", to), optStr(m, "caption", p), client),
  sticker: (m: JsonRecord, p: string, client: Client, to: To) =>
    new StickerMedia(init(m, p, undefined, to), optBool(m, "animated", p) ?? false, client),
};

/** Reads a picker's file in a flow completion (`{ id, file_name, mime_type, sha256 }`). */
export function readFlowMedia(m: JsonRecord, p: string, client: Client, to: To): MediaObject {
  return new MediaObject(init(m, p, "file_name", to), client);
}

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
