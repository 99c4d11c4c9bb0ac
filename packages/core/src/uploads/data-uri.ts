import { specificMimeType } from "../media/media-types.js";
import { UploadFileError } from "./upload-error.js";

/**
 * A `data:` URI (RFC 2397) read as a file to upload, decoded as browsers decode one (the
 * WHATWG "data: URL processor" and its forgiving base64). Its data is never put in an error:
 * it may be a user's private photo.
 */
export interface DataUriFile {
  /** The type the URI names, without parameters; `undefined` when it names none. */
  readonly mimeType: string | undefined;
  /** The decoded size in bytes, known before anything is decoded. */
  readonly size: number;
  /** The first `count` decoded bytes (fewer for a shorter file). */
  head(count: number): Uint8Array;
  /** Every decoded byte (decoded on the first call, then kept). */
  bytes(): Uint8Array;
}

const SCHEME = /^data:/i;
const BASE64_FLAG = /;[\t\n\f\r ]*base64[\t\n\f\r ]*$/i;
const ASCII_WHITESPACE = /[\t\n\f\r ]+/g;
const NOT_BASE64 = /[^A-Za-z0-9+/]/;

/** Whether an upload's input is a `data:` URI (a string, any case, or a `URL`). */
export const isDataUri = (file: unknown): boolean =>
  file instanceof URL ? file.protocol === "data:" : typeof file === "string" && SCHEME.test(file);

/**
 * Reads a `data:` URI: its type, and its data, base64 or percent-encoded. Base64 is only
 * checked here (and its size counted); the bytes are decoded when first asked for, so an
 * oversize file is refused without decoding it.
 *
 * @throws {@link UploadFileError} (`field: "file"`) for a URI with no comma or invalid base64.
 */
export function readDataUri(uri: string | URL): DataUriFile {
  const href = uri instanceof URL ? uri.href : uri;
  // As browsers do: a fragment is not part of the URI's type or data.
  const hash = href.indexOf("#");
  const text = hash === -1 ? href : href.slice(0, hash);
  const comma = text.indexOf(",");
  if (comma === -1) {
    throw new UploadFileError(
      "file",
      `the data: URI to upload has no comma before its data (${text.length} characters; the form is data:image/png;base64,…). A file whose name starts with "data:" is written ./data:…`,
    );
  }
  const header = text.slice(5, comma);
  const body = text.slice(comma + 1);
  const base64 = BASE64_FLAG.test(header);
  const type = (base64 ? header.replace(BASE64_FLAG, "") : header).trim();
  const mimeType = specificMimeType(type);
  const data = percentDecode(body);
  if (base64) return base64File(mimeType, data, body.length);
  const bytes = Buffer.from(data, "latin1");
  return {
    mimeType,
    size: bytes.byteLength,
    head: (n) => bytes.subarray(0, n),
    bytes: () => bytes,
  };
}

/** Checks base64 (forgiving, as browsers are); `length` is the body's as given, for errors. */
function base64File(mimeType: string | undefined, text: string, length: number): DataUriFile {
  let data = text.replace(ASCII_WHITESPACE, "");
  if (data.length % 4 === 0) data = data.replace(/={1,2}$/, "");
  const problem =
    data.length % 4 === 1
      ? "its length is not that of base64"
      : NOT_BASE64.test(data)
        ? "it has a character that is not base64"
        : undefined;
  if (problem !== undefined) {
    throw new UploadFileError(
      "file",
      `the data: URI to upload is not valid base64: ${problem} (${length} characters after the comma; base64 is A-Z, a-z, 0-9, + and /, with = padding). Its data is not shown`,
    );
  }
  // Four base64 characters are three bytes; two or three left over are one or two more.
  const size = Math.floor((data.length * 3) / 4);
  let decoded: Uint8Array | undefined;
  return {
    mimeType,
    size,
    head: (count) =>
      Buffer.from(data.slice(0, Math.ceil(count / 3) * 4), "base64").subarray(0, count),
    bytes: () => {
      decoded ??= Buffer.from(data, "base64");
      return decoded;
    },
  };
}

/**
 * A body's bytes, as a latin1 string: its text as UTF-8, each valid `%XX` one byte (a `%`
 * without two hex digits stays, as browsers keep it).
 */
function percentDecode(text: string): string {
  return text
    .replace(/[^\0-\x7f]+/g, (run) => Buffer.from(run, "utf8").toString("latin1"))
    .replace(/%([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
