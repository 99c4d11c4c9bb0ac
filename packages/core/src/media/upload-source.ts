import { basename } from "node:path";
import { WhatsAppNetworkError } from "../transport/network-errors.js";
import type { HttpTransport } from "../transport/transport.js";
import { isDataUri } from "../uploads/data-uri.js";
import { openUploadFile, type UploadFile, type UploadFileSource } from "../uploads/upload-file.js";
import { MediaFetchError } from "./errors.js";
import { mimeTypeOfFilename, specificMimeType } from "./media-types.js";
import { SNIFF_BYTES } from "./sniff.js";

/**
 * Media to upload: a file path, a `file:` or https URL (fetched and streamed into the upload),
 * a `data:` URI (string or `URL`, base64 or percent-encoded; its type is used), bytes, a
 * `Blob`/`File`, a web `ReadableStream`, a Node `Readable` (`fs.createReadStream(…)`) or any
 * async iterable of byte chunks. Nothing but bytes and `data:` URIs is held in memory whole.
 *
 * A bare base64 string is not taken: it would be read as a path (`photo` is valid base64 too).
 * Decode it yourself, `Buffer.from(b64, "base64")`, or prefix it: `data:image/png;base64,…`.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import type { UploadableMedia } from "@tswa/core";
 *
 * declare const b64: string; // base64 from a browser, a database, an AI image API
 * const fromDisk: UploadableMedia = "./menu.jpg";
 * const fromTheWeb: UploadableMedia = "https://example.com/menu.jpg";
 * const fromAStream: UploadableMedia = createReadStream("./menu.jpg");
 * const fromADataUri: UploadableMedia = `data:image/png;base64,${b64}`;
 * const fromBareBase64: UploadableMedia = Buffer.from(b64, "base64");
 * ```
 */
export type UploadableMedia = UploadFile;

/** How an https URL to upload from is fetched. */
export interface UrlFetchOptions {
  /** Whether a URL (and each redirect) may be fetched. Default: https URLs only. */
  allowUrl?: ((url: URL) => boolean) | undefined;
  /** Aborts the fetch. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout (ms), covering the body that streams into the upload. */
  timeout?: number | undefined;
  /** The whole fetch's deadline (ms). */
  deadline?: number | undefined;
}

/** Redirects followed before a URL is given up on. */
const MAX_REDIRECTS = 5;

const isHttpsUrl = (url: URL) => url.protocol === "https:";

/** Whether an input is a web URL (fetched) rather than a path, a `file:` or a `data:` URL. */
const webUrl = (media: UploadableMedia): URL | undefined => {
  if (isDataUri(media)) return undefined;
  if (media instanceof URL) return media.protocol === "file:" ? undefined : media;
  if (typeof media === "string" && /^[a-z][a-z\d+.-]*:\/\//i.test(media)) {
    return media.toLowerCase().startsWith("file:") ? undefined : new URL(media);
  }
  return undefined;
};

/**
 * Opens media to upload: a web URL is fetched (https only unless `allowUrl` says otherwise,
 * redirects checked hop by hop), anything else is read as {@link openUploadFile} reads it. The
 * first bytes are read ahead for sniffing the type.
 *
 * @throws {@link MediaFetchError} for a refused URL or a failed fetch; `UploadFileError` for a
 *   path that cannot be read.
 */
export async function openMediaSource(
  media: UploadableMedia,
  transport: HttpTransport,
  options: UrlFetchOptions,
): Promise<UploadFileSource> {
  const url = webUrl(media);
  if (typeof media === "string" && /^file:/i.test(media)) {
    return openUploadFile(new URL(media), SNIFF_BYTES);
  }
  if (url === undefined) return openUploadFile(media, SNIFF_BYTES);
  const allow = options.allowUrl ?? isHttpsUrl;
  let target = url;
  for (let hop = 0; ; hop++) {
    if (!allow(target)) {
      throw new MediaFetchError(
        target.origin,
        "only https URLs are fetched (pass `allowUrl` to allow others)",
      );
    }
    let response: Response;
    try {
      response = await transport.send({
        method: "GET",
        url: target.href,
        redirect: "manual",
        signal: options.signal,
        timeout: options.timeout,
        deadline: options.deadline,
      });
    } catch (error) {
      if (!(error instanceof WhatsAppNetworkError)) throw error;
      // Not kept as the cause: its message has the whole URL, whose query may hold a token.
      const code = error.code === undefined ? "" : ` (${error.code})`;
      throw new MediaFetchError(target.origin, `the request failed${code}`);
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location !== null) {
      response.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS) {
        throw new MediaFetchError(target.origin, `more than ${MAX_REDIRECTS} redirects`);
      }
      target = new URL(location, target);
      continue;
    }
    if (!response.ok || response.body === null) {
      response.body?.cancel().catch(() => undefined);
      throw new MediaFetchError(
        target.origin,
        `the server answered ${response.status}`,
        response.status,
      );
    }
    return fromResponse(response, target);
  }
}

async function fromResponse(response: Response, url: URL): Promise<UploadFileSource> {
  const opened = await openUploadFile(response.body as ReadableStream<Uint8Array>, SNIFF_BYTES);
  const name = decodeURIComponent(basename(url.pathname)) || undefined;
  // A generic (or malformed) type says nothing: leave it to the name or the bytes.
  const header = specificMimeType(response.headers.get("content-type") ?? "");
  // A compressed answer's Content-Length counts the compressed bytes, not the file's.
  const encoding = response.headers.get("content-encoding");
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  return {
    ...opened,
    filename: name,
    mimeType: header ?? (name && mimeTypeOfFilename(name)),
    fileLength:
      (encoding === null || encoding === "identity") && Number.isSafeInteger(length)
        ? length
        : undefined,
    body: opened.body,
  };
}
