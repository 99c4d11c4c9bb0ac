import { resolve as resolvePath } from "node:path";
import type { Readable } from "node:stream";
import { isMetaCdnUrl } from "../cdn-url.js";
import { MemorySpool } from "../memory-spool.js";
import { partFileSpool, releaseAsStream, releaseToFile, tempFileSpool } from "../release.js";
import { downloadIntoSpool, type Spool } from "../spool.js";
import { type FetchedMedia, fetchOnce } from "./fetch-once.js";
import {
  type MediaDownloadOptions,
  type ResolvedMediaDownloadOptions,
  resolveMediaDownloadOptions,
} from "./options.js";
import {
  type DownloadTarget,
  type MediaSource,
  type ResolveMediaUrl,
  resolveId,
  resolveSource,
} from "./source.js";
import { expiredStatus, toMediaDownloadError } from "./translate.js";

/** What every form of a finished download tells. */
export interface DownloadedMedia {
  /** The media id, when the download started from one. */
  mediaId: string | undefined;
  /** The MIME type Meta reported, else the CDN's `Content-Type`. */
  mimeType: string | undefined;
  /** The size in bytes. */
  size: number;
  /** SHA-256 of the file, hex (checked against Meta's when Meta gave one). */
  sha256: string;
}

/** A download written to a file. */
export interface DownloadedMediaFile extends DownloadedMedia {
  /** The absolute path of the written file. */
  path: string;
}

/** A download in memory. */
export interface DownloadedMediaBytes extends DownloadedMedia {
  /** The file. */
  data: Buffer;
}

/** A verified download, readable once as a stream. */
export interface DownloadedMediaStream extends DownloadedMedia {
  /** The file. Read it to the end or destroy it, so its file descriptor closes. */
  stream: Readable;
}

/** Options of {@link MediaDownloader}: the token, how to resolve ids, and defaults for every call. */
export interface MediaDownloaderOptions extends Omit<MediaDownloadOptions, "sha256" | "signal"> {
  /** The access token the CDN wants (`Authorization: Bearer`). Kept private; never logged. */
  token?: string | undefined;
  /** Resolves a media id to its URL, SHA-256 and size: `MediaApi.getMediaUrl`. */
  getMediaUrl?: ResolveMediaUrl | undefined;
}

/**
 * Downloads Cloud API media (what users send, what you uploaded) with the checks Meta's answer
 * allows: the file's SHA-256 and size are checked before a byte is handed over, whatever the
 * form (a file renamed into place, a Buffer, a stream spooled to a temporary file). A URL that
 * expired (404 or 401) is resolved again once from the media id. The `WhatsApp` client has one:
 * `wa.downloadMedia`, `wa.getMediaBytes`, `wa.streamMedia`.
 *
 * @example
 * ```ts
 * import { MediaApi } from "@tswa/core";
 * import { MediaDownloader } from "@tswa/media";
 *
 * declare const mediaApi: MediaApi;
 * const media = new MediaDownloader({
 *   token: process.env.WHATSAPP_TOKEN,
 *   getMediaUrl: (id) => mediaApi.getMediaUrl(id),
 * });
 * const { path, size } = await media.downloadMedia("1234567890", { path: "/srv/media/photo.jpg" });
 * ```
 */
export class MediaDownloader {
  readonly #token: string | undefined;
  readonly #resolve: ResolveMediaUrl | undefined;
  readonly #defaults: MediaDownloadOptions;

  constructor(options: MediaDownloaderOptions = {}) {
    const { token, getMediaUrl, ...defaults } = options;
    this.#token = token;
    this.#resolve = getMediaUrl;
    // Checked now, so a bad default fails at construction rather than at the first download.
    resolveMediaDownloadOptions(defaults);
    this.#defaults = defaults;
  }

  /**
   * Downloads a media file to `path`, into memory (`to: "buffer"`), or as a stream
   * (`to: "stream"`), after checking it against Meta's SHA-256 and size.
   *
   * `media` is a media id (resolved through `getMediaUrl`), an https URL (checked against
   * `sha256` when you pass one), or a `getMediaUrl` answer. A file goes to
   * `.<name>.<random>.part` beside `path` (private, 0600) and is renamed to `path` only once
   * verified; a stream waits in a temporary file until then. Memory does not grow with the
   * file, except for the Buffer form.
   *
   * @throws {@link MediaDownloadFailed} (its `reason` says why), and file system errors (such as
   *   `ENOENT` for a missing folder) before anything is downloaded.
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage("document", async (msg) => {
   *   const { path, size } = await wa.downloadMedia(msg.document.id, {
   *     path: `/srv/inbox/${msg.document.id}.pdf`,
   *   });
   *   await msg.reply(`Saved ${size} bytes to ${path}`);
   * });
   * ```
   */
  downloadMedia(
    media: MediaSource,
    options: MediaDownloadOptions & { path: string },
  ): Promise<DownloadedMediaFile>;
  downloadMedia(
    media: MediaSource,
    options: MediaDownloadOptions & { to: "buffer" },
  ): Promise<DownloadedMediaBytes>;
  downloadMedia(
    media: MediaSource,
    options: MediaDownloadOptions & { to: "stream" },
  ): Promise<DownloadedMediaStream>;
  async downloadMedia(
    media: MediaSource,
    options: MediaDownloadOptions & { path?: string; to?: "buffer" | "stream" },
  ): Promise<DownloadedMediaFile | DownloadedMediaBytes | DownloadedMediaStream> {
    const { path, to, ...rest } = options;
    const settings = resolveMediaDownloadOptions({ ...this.#defaults, ...rest });
    if (typeof path === "string") {
      const target = resolvePath(path);
      const done = await this.#download(media, settings, () =>
        partFileSpool(target, settings.fsync),
      );
      await releaseToFile(done.spool, target);
      return { ...done.info, path: target };
    }
    if (to === "buffer") {
      const done = await this.#download(media, settings, () => new MemorySpool());
      return { ...done.info, data: done.spool.data() };
    }
    if (to === "stream") {
      const done = await this.#download(media, settings, () => tempFileSpool(settings.tempDir));
      return { ...done.info, stream: await releaseAsStream(done.spool) };
    }
    throw new TypeError(
      'downloadMedia: pass { path } to write a file, or { to: "buffer" | "stream" }',
    );
  }

  /**
   * The media file as a Buffer, after checking it (pywa's `get_media_bytes`). For large files
   * prefer {@link MediaDownloader.downloadMedia} with a `path`, or
   * {@link MediaDownloader.streamMedia}.
   *
   * @throws {@link MediaDownloadFailed}
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage("image", async (msg) => {
   *   const bytes = await wa.getMediaBytes(msg.image.id);
   *   await msg.reply(`Your image has ${bytes.length} bytes`);
   * });
   * ```
   */
  async getMediaBytes(media: MediaSource, options: MediaDownloadOptions = {}): Promise<Buffer> {
    return (await this.downloadMedia(media, { ...options, to: "buffer" })).data;
  }

  /**
   * The media file as a Node.js stream (pywa's `stream_media`), returned once the file is
   * checked: it waits in a private temporary file until then, so the stream never carries an
   * unverified byte and memory does not grow with the file.
   *
   * @throws {@link MediaDownloadFailed}
   * @example
   * ```ts
   * import { createWriteStream } from "node:fs";
   * import { pipeline } from "node:stream/promises";
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage("video", async (msg) => {
   *   await pipeline(await wa.streamMedia(msg.video.id), createWriteStream("/srv/video.mp4"));
   * });
   * ```
   */
  async streamMedia(media: MediaSource, options: MediaDownloadOptions = {}): Promise<Readable> {
    return (await this.downloadMedia(media, { ...options, to: "stream" })).stream;
  }

  /** Downloads into a fresh spool, resolving an expired URL again once. */
  async #download<S extends Spool>(
    media: MediaSource,
    settings: ResolvedMediaDownloadOptions,
    createSpool: () => S | Promise<S>,
  ): Promise<{ spool: S; info: DownloadedMedia }> {
    let target = await resolveSource(media, this.#resolve, settings.sha256);
    let resolvedAgain = false;
    for (;;) {
      try {
        const headersFor = this.#headersFor(target.url);
        const { spool, result } = await downloadIntoSpool(settings, createSpool, (fresh) =>
          fetchOnce(target, settings, fresh, headersFor),
        );
        return { spool, info: describe(target, result) };
      } catch (error) {
        if (expiredStatus(error) !== undefined && target.id !== undefined && !resolvedAgain) {
          resolvedAgain = true;
          target = await resolveSource(
            await resolveId(target.id, this.#resolve),
            undefined,
            undefined,
          );
          continue;
        }
        throw toMediaDownloadError(error, resolvedAgain);
      }
    }
  }

  /**
   * The bearer token goes to the URL's own origin and, on a redirect, to Meta's CDN hosts
   * only: a redirect elsewhere is followed (when `allowUrl` lets it) without the token, as
   * fetch and curl do.
   */
  #headersFor(url: string): (hop: string) => Record<string, string> | undefined {
    if (!this.#token) return () => undefined;
    const headers = { authorization: `Bearer ${this.#token}` };
    const origin = new URL(url).origin;
    return (hop) => {
      const next = new URL(hop);
      return next.origin === origin || isMetaCdnUrl(next) ? headers : undefined;
    };
  }
}

function describe(target: DownloadTarget, fetched: FetchedMedia): DownloadedMedia {
  return {
    mediaId: target.id,
    mimeType: fetched.mimeType,
    size: fetched.size,
    sha256: fetched.sha256,
  };
}
