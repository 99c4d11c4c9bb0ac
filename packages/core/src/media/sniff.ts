/**
 * Tells a file's MIME type from its first bytes (its "magic number"), for uploads whose type
 * and name are not given. Covers what WhatsApp takes: JPEG, PNG, WebP, MP4/3GP/M4A, Ogg, MP3,
 * AAC (ADTS), AMR, PDF and the Office Open XML documents; GIF is recognised so that it can be
 * refused by name rather than as "unknown".
 */

/** How many leading bytes {@link sniffMimeType} looks at. */
export const SNIFF_BYTES = 4096;

const ascii = (head: Uint8Array, at: number, text: string): boolean => {
  if (head.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (head[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

const includesAscii = (head: Uint8Array, text: string): boolean =>
  Buffer.from(head.buffer, head.byteOffset, head.byteLength).includes(text, 0, "latin1");

/** The MIME type the bytes start like, or `undefined` when they match nothing known. */
export function sniffMimeType(head: Uint8Array): string | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image/jpeg";
  if (ascii(head, 0, "\x89PNG\r\n\x1a\n")) return "image/png";
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) return "image/webp";
  if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) return "image/gif";
  if (ascii(head, 4, "ftyp")) return isoMediaType(head);
  if (ascii(head, 0, "OggS")) return "audio/ogg";
  if (ascii(head, 0, "#!AMR")) return "audio/amr";
  if (ascii(head, 0, "ID3")) return "audio/mpeg";
  if (ascii(head, 0, "%PDF-")) return "application/pdf";
  if (ascii(head, 0, "PK\x03\x04")) return officeOpenXmlType(head);
  if (head[0] === 0xff && head[1] !== undefined) {
    // ADTS (AAC) frames: sync 0xFFF, layer 00. MPEG audio frames: sync 0xFFE, layer III (01).
    if ((head[1] & 0xf6) === 0xf0) return "audio/aac";
    if ((head[1] & 0xe6) === 0xe2) return "audio/mpeg";
  }
  return undefined;
}

/** Whether a WebP file is animated (its VP8X header has the animation flag). */
export function isAnimatedWebp(head: Uint8Array): boolean {
  return ascii(head, 12, "VP8X") && ((head[20] ?? 0) & 0x02) !== 0;
}

/** ISO base media files: the brand after `ftyp` tells 3GPP and M4A audio from MP4 video. */
function isoMediaType(head: Uint8Array): string {
  if (ascii(head, 8, "3g")) return "video/3gp";
  if (ascii(head, 8, "M4A ")) return "audio/mp4";
  return "video/mp4";
}

/**
 * A ZIP file is a Word, Excel or PowerPoint document when its first entries name the part
 * folder of one (`word/`, `xl/`, `ppt/`); any other ZIP is unknown.
 */
function officeOpenXmlType(head: Uint8Array): string | undefined {
  if (!includesAscii(head, "[Content_Types].xml")) return undefined;
  if (includesAscii(head, "word/")) {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }
  if (includesAscii(head, "xl/")) {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }
  if (includesAscii(head, "ppt/")) {
    return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  }
  return undefined;
}
