import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { WhatsAppError } from "../errors.js";

/**
 * A file to upload: a path (or `file:` URL) streamed from disk, bytes, a `Blob` (a `File` gives
 * its name and type), or a stream of bytes (give `fileLength`: Graph needs the size first).
 * Paths, Blobs and streams are never read into memory whole.
 *
 * @example
 * ```ts
 * import type { UploadFile } from "@tswa/core";
 *
 * const fromDisk: UploadFile = "./receipt.pdf";
 * const fromMemory: UploadFile = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
 * ```
 */
export type UploadFile =
  | string
  | URL
  | Uint8Array
  | ArrayBuffer
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>;

/** What an upload's input says about itself, or was told. */
export interface UploadFileInfo {
  /** The file's name, as Graph records it. */
  filename?: string | undefined;
  /** The MIME type: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png` or `video/mp4`. */
  mimeType?: string | undefined;
  /** The size in bytes; needed for a stream, read from anything else. */
  fileLength?: number | undefined;
}

/**
 * A file to upload could not be read or described (no size for a stream, no type, a missing
 * path). Thrown before any call to Graph.
 */
export class UploadFileError extends WhatsAppError {
  /** The option that is missing or wrong, such as `fileLength` or `mimeType`. */
  readonly field: string;

  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.field = field;
  }
}

/** An upload's input, described and ready to be streamed from any offset. */
export interface ResolvedUploadFile {
  readonly filename: string;
  readonly mimeType: string;
  readonly fileLength: number;
  /** Makes the body from `offset` on (a new stream each time, for a resumed or repeated send). */
  body(offset: number): BodyInit;
}

const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  ".pdf": "application/pdf",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".mp4": "video/mp4",
};

const isStream = (value: unknown): value is ReadableStream<Uint8Array> =>
  typeof (value as ReadableStream | undefined)?.getReader === "function";

/** Describes an upload's input: its name, type and size, and how to stream it. */
export async function resolveUploadFile(
  file: UploadFile,
  info: UploadFileInfo = {},
): Promise<ResolvedUploadFile> {
  if (typeof file === "string" || file instanceof URL) {
    const path = file instanceof URL ? fileURLToPath(file) : file;
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch (cause) {
      throw new UploadFileError("file", `cannot read the file to upload (${basename(path)})`, {
        cause,
      });
    }
    return describe(
      info,
      basename(path),
      TYPES_BY_EXTENSION[extname(path).toLowerCase()],
      size,
      (offset) =>
        Readable.toWeb(createReadStream(path, { start: offset })) as ReadableStream<Uint8Array>,
    );
  }
  if (file instanceof ArrayBuffer || file instanceof Uint8Array) {
    const bytes = file instanceof ArrayBuffer ? new Uint8Array(file) : file;
    return describe(
      info,
      undefined,
      undefined,
      bytes.byteLength,
      (offset) =>
        // A view is a valid body at run time; DOM's BodyInit typing wants an ArrayBuffer-backed one.
        bytes.subarray(offset) as unknown as BodyInit,
    );
  }
  if (file instanceof Blob) {
    const name = "name" in file && typeof file.name === "string" ? file.name : undefined;
    return describe(info, name, file.type || undefined, file.size, (offset) => file.slice(offset));
  }
  const stream = isStream(file)
    ? file
    : (Readable.toWeb(Readable.from(file)) as ReadableStream<Uint8Array>);
  let used = false;
  return describe(info, undefined, undefined, undefined, (offset) => {
    // A stream can be read once, from its start: it cannot resume or be sent again.
    if (used || offset !== 0) {
      throw new UploadFileError(
        "file",
        "a stream can be uploaded only once, from its start: pass a path, bytes or a Blob to resume",
      );
    }
    used = true;
    return stream;
  });
}

function describe(
  info: UploadFileInfo,
  filename: string | undefined,
  mimeType: string | undefined,
  size: number | undefined,
  body: (offset: number) => BodyInit,
): ResolvedUploadFile {
  const fileLength = info.fileLength ?? size;
  if (fileLength === undefined || !Number.isInteger(fileLength) || fileLength < 0) {
    throw new UploadFileError(
      "fileLength",
      "the upload needs the file's size in bytes: pass `fileLength` with a stream",
    );
  }
  const type = info.mimeType ?? mimeType;
  if (type === undefined || type === "") {
    throw new UploadFileError(
      "mimeType",
      "the upload needs the file's MIME type: pass `mimeType` (application/pdf, image/jpeg, image/png or video/mp4)",
    );
  }
  return { filename: info.filename ?? filename ?? "file", mimeType: type, fileLength, body };
}
