import { WhatsAppConfigurationError } from "@tswa/core";

/**
 * Where a media file is and what Meta says about it: the answer of `getMediaUrl` (a
 * `MediaURL` fits as is).
 */
export interface MediaUrlInfo {
  /** The media id, to resolve a fresh URL when this one expired. */
  id?: string | undefined;
  /** The CDN URL (valid for about 5 minutes). */
  url: string;
  /** The file's SHA-256 as Meta reports it: hex (Graph's answer) or base64. */
  sha256?: string | undefined;
  /** The file's size in bytes. */
  fileSize?: number | undefined;
  /** The file's MIME type, such as `image/jpeg`. */
  mimeType?: string | undefined;
}

/** Resolves a media id to its URL and details: `MediaApi.getMediaUrl`, or your own. */
export type ResolveMediaUrl = (mediaId: string) => Promise<MediaUrlInfo>;

/**
 * What a download starts from: a media id (resolved through `getMediaUrl`), an https URL, or a
 * `getMediaUrl` answer.
 */
export type MediaSource = string | MediaUrlInfo;

/** A source resolved to one URL and the checks its file must pass. */
export interface DownloadTarget {
  id: string | undefined;
  url: string;
  sha256: Buffer | undefined;
  fileSize: number | undefined;
  mimeType: string | undefined;
}

/** Whether a source string is a URL rather than a media id (ids are digits). */
export function isUrlSource(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/**
 * Resolves a source to its URL and checks: a media id through `resolve`, an object as given.
 *
 * @throws {@link WhatsAppConfigurationError} for a media id without `resolve`; TypeError for a
 *   SHA-256 that is neither hex nor base64 of 32 bytes.
 */
export async function resolveSource(
  source: MediaSource,
  resolve: ResolveMediaUrl | undefined,
  sha256: string | undefined,
): Promise<DownloadTarget> {
  if (typeof source === "string" && isUrlSource(source)) {
    return target({ url: source, sha256 });
  }
  if (typeof source === "string") return target(await resolveId(source, resolve));
  if (typeof source !== "object" || source === null || typeof source.url !== "string") {
    throw new TypeError("media download: pass a media id, an https URL, or a getMediaUrl answer");
  }
  return target(source);
}

/** Resolves a media id, for the first time or after its URL expired. */
export async function resolveId(
  id: string,
  resolve: ResolveMediaUrl | undefined,
): Promise<MediaUrlInfo> {
  if (!resolve) {
    throw new WhatsAppConfigurationError(
      "getMediaUrl",
      "downloading by media id needs getMediaUrl (the WhatsApp client has it; with a MediaDownloader, pass getMediaUrl)",
    );
  }
  return { id, ...(await resolve(id)) };
}

function target(info: MediaUrlInfo): DownloadTarget {
  const fileSize = info.fileSize;
  return {
    id: info.id,
    url: info.url,
    sha256: info.sha256 === undefined || info.sha256 === "" ? undefined : parseSha256(info.sha256),
    fileSize: Number.isSafeInteger(fileSize) && fileSize! >= 0 ? fileSize : undefined,
    mimeType: info.mimeType,
  };
}

/** A SHA-256 as 64 hex digits (Graph's media answer) or base64 (webhooks, flows). */
export function parseSha256(value: string): Buffer {
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const bytes = Buffer.from(
      value,
      value.includes("-") || value.includes("_") ? "base64url" : "base64",
    );
    if (bytes.length === 32) return bytes;
  }
  throw new TypeError("media download: sha256 must be 64 hex digits or the base64 of 32 bytes");
}
