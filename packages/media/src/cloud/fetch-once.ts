import { createHash, timingSafeEqual } from "node:crypto";
import { downloadCdnFile, redactUrl } from "../download.js";
import type { Spool } from "../spool.js";
import {
  MediaDownloadTooLarge,
  MediaErrorPage,
  MediaHashMismatch,
  MediaTruncated,
} from "./errors.js";
import type { ResolvedMediaDownloadOptions } from "./options.js";
import type { DownloadTarget } from "./source.js";

/** What one verified download gives. */
export interface FetchedMedia {
  /** The size in bytes. */
  size: number;
  /** SHA-256 of the file, hex. */
  sha256: string;
  /** The MIME type: Meta's, else the answer's `Content-Type`. */
  mimeType: string | undefined;
}

/** Types an error page comes as: Meta's error JSON (Graph answers `text/javascript` too) and HTML. */
const ERROR_PAGE_TYPES = new Set(["text/html", "application/json", "text/javascript"]);

/**
 * Downloads `target` once into `spool`, hashing every piece on the way, and resolves only when
 * the file is whole: its size is the one Meta reported (when it did), and its SHA-256 is Meta's
 * (when known). An error page served with status 200 is refused before its body is read.
 */
export async function fetchOnce(
  target: DownloadTarget,
  settings: ResolvedMediaDownloadOptions,
  spool: Spool,
  headersFor: (hop: string) => Record<string, string> | undefined,
): Promise<FetchedMedia> {
  const url = redactUrl(target.url);
  const { fileSize } = target;
  if (fileSize !== undefined && fileSize > settings.maxSize) {
    throw new MediaDownloadTooLarge(url, settings.maxSize, "maxSize");
  }
  const hash = createHash("sha256");
  let size = 0;
  let contentType: string | undefined;
  await downloadCdnFile(
    target.url,
    settings,
    {
      begin(contentLength, headers) {
        contentType = headers.get("content-type") ?? undefined;
        const type = mediaType(contentType);
        if (type && ERROR_PAGE_TYPES.has(type) && type !== mediaType(target.mimeType)) {
          throw new MediaErrorPage(url, type);
        }
        if (fileSize !== undefined && contentLength !== undefined && contentLength !== fileSize) {
          throw contentLength > fileSize
            ? new MediaDownloadTooLarge(url, fileSize, "fileSize")
            : new MediaTruncated(url, fileSize, contentLength);
        }
        spool.expect(contentLength ?? fileSize);
      },
      write(piece) {
        size += piece.byteLength;
        if (fileSize !== undefined && size > fileSize) {
          throw new MediaDownloadTooLarge(url, fileSize, "fileSize");
        }
        hash.update(piece);
        spool.write(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
        return spool.ready();
      },
    },
    headersFor,
  );
  if (fileSize !== undefined && size < fileSize) throw new MediaTruncated(url, fileSize, size);
  const digest = hash.digest();
  if (target.sha256 && !timingSafeEqual(digest, target.sha256)) {
    throw new MediaHashMismatch(url, target.sha256.toString("hex"), digest.toString("hex"));
  }
  return { size, sha256: digest.toString("hex"), mimeType: target.mimeType ?? contentType };
}

/** `image/jpeg` of `image/jpeg; charset=…`, lower case; `undefined` for none. */
function mediaType(value: string | undefined): string | undefined {
  return value?.split(";", 1)[0]?.trim().toLowerCase() || undefined;
}
