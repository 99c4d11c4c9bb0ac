import { randomBytes } from "node:crypto";
import type { ChunkBody } from "../transport/chunk-body.js";

/** The file part of a multipart body. */
export interface MultipartFile {
  /** The form field's name. */
  readonly field: string;
  /** The file name sent with it. */
  readonly filename: string;
  /** Its `Content-Type`. */
  readonly mimeType: string;
  /** The file's size when known, for the body's `Content-Length`. */
  readonly size: number | undefined;
}

/** A multipart/form-data body made of text fields and one streamed file, built lazily. */
export interface MultipartBody {
  /** The `content-type` header, with the boundary. */
  readonly contentType: string;
  /** The whole body's length when the file's size is known. */
  readonly length: number | undefined;
  /**
   * The body's chunks around `file`'s, which are counted as they pass: when `limit` says a
   * count is too many, the body fails with the error it returns (and `file` is returned).
   */
  chunks(file: ChunkBody, limit?: (bytesSoFar: number) => Error | undefined): ChunkBody;
}

const encoder = new TextEncoder();

/**
 * Quotes a name for `Content-Disposition` as browsers do (HTML's multipart/form-data encoding):
 * `"` and line breaks are percent-encoded, so a file name cannot end the header or add one.
 */
const quoted = (name: string) =>
  `"${name.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22")}"`;

/**
 * Lays out a multipart/form-data body: the text fields first (so a server reads them before
 * the bytes), then the file. Only the boundaries and headers are held in memory; the file is
 * streamed through in the pieces its stream yields.
 */
export function multipartBody(
  fields: readonly (readonly [string, string])[],
  file: MultipartFile,
): MultipartBody {
  const boundary = `----tswa${randomBytes(12).toString("hex")}`;
  let head = "";
  for (const [name, value] of fields) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`;
  }
  head +=
    `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(file.field)}; ` +
    `filename=${quoted(file.filename)}\r\nContent-Type: ${file.mimeType}\r\n\r\n`;
  const preamble = encoder.encode(head);
  const epilogue = encoder.encode(`\r\n--${boundary}--\r\n`);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length:
      file.size === undefined ? undefined : preamble.byteLength + file.size + epilogue.byteLength,
    chunks: (file, limit) => framed(preamble, file, epilogue, limit),
  };
}

/** The preamble, the file's chunks (counted against `limit`), then the epilogue. */
async function* framed(
  preamble: Uint8Array,
  file: ChunkBody,
  epilogue: Uint8Array,
  limit: ((bytesSoFar: number) => Error | undefined) | undefined,
): AsyncGenerator<Uint8Array> {
  yield preamble;
  let count = 0;
  // Leaving the loop early (an error, the limit) returns the file's iterator, which stops it.
  for await (const chunk of file) {
    count += chunk.byteLength;
    const refused = limit?.(count);
    if (refused !== undefined) throw refused;
    yield chunk;
  }
  yield epilogue;
}
