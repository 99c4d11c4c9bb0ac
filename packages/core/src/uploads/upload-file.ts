import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { mimeTypeOfFilename } from "../media/media-types.js";
import type { ChunkBody } from "../transport/chunk-body.js";
import { isDataUri, readDataUri } from "./data-uri.js";
import { fileChunks, fileStream, type PeekedStream, peekStream, readHead } from "./read-streams.js";
import { UploadFileError } from "./upload-error.js";

/**
 * A file to upload: a path (or `file:` URL) streamed from disk, a `data:` URI (string or `URL`;
 * it gives its type), bytes, a `Blob` (a `File` gives its name and type), or a stream of bytes
 * (a web `ReadableStream`, a Node `Readable` such as `fs.createReadStream(…)`, or any async
 * iterable of chunks). Paths, Blobs and streams are never read into memory whole.
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

/** An upload's input as read so far: what it says of itself, its first bytes, its body. */
export interface UploadFileSource {
  /** The name the input carries (a path's, a `File`'s, a file stream's), if any. */
  readonly filename: string | undefined;
  /** The type the input carries (a `File`'s) or its name implies, if any. */
  readonly mimeType: string | undefined;
  /** The size, when known without reading the whole input. */
  readonly fileLength: number | undefined;
  /** The first bytes (as many as asked for, fewer for a shorter file), to tell its type. */
  readonly head: Uint8Array;
  /** Whether {@link UploadFileSource.body} can be called again (false for a stream). */
  readonly repeatable: boolean;
  /** Makes the body from `offset` on: a new one each call, once only for a stream. */
  body(offset: number): BodyInit;
  /**
   * Makes the body from `offset` on as chunks, as {@link UploadFileSource.body} does (the two
   * share the stream's one read).
   */
  chunks(offset: number): ChunkBody;
  /** Lets go of a stream that will not be sent (nothing to do for the other inputs). */
  stop(): Promise<void>;
}

/** An upload's input, described and ready to be streamed from any offset. */
export interface ResolvedUploadFile {
  readonly filename: string;
  readonly mimeType: string;
  readonly fileLength: number;
  /** Makes the body from `offset` on (a new stream each time, for a resumed or repeated send). */
  body(offset: number): BodyInit;
}

/**
 * Reads what an upload's input says about itself and its first `peek` bytes, without reading
 * the rest: a path is opened for its size and head, a stream is read until `peek` bytes came
 * (and those bytes are replayed first by its body).
 *
 * @throws {@link UploadFileError} for a path that cannot be read.
 */
export async function openUploadFile(file: UploadFile, peek = 0): Promise<UploadFileSource> {
  if (isDataUri(file)) {
    const data = readDataUri(file as string | URL);
    // Decoded on the first read, so a file refused for its size is never decoded.
    return inMemory(data.bytes, data.mimeType, data.size, data.head(peek));
  }
  if (typeof file === "string" || file instanceof URL) {
    const path = file instanceof URL ? fileURLToPath(file) : file;
    let size: number;
    let head: Uint8Array;
    try {
      size = (await stat(path)).size;
      head = await readHead(path, Math.min(peek, size));
    } catch (cause) {
      throw new UploadFileError("file", `cannot read the file to upload (${basename(path)})`, {
        cause,
      });
    }
    const name = basename(path);
    return source(name, mimeTypeOfFilename(name), size, head, true, {
      body: (offset) => fileStream(path, offset),
      chunks: (offset) => fileChunks(path, offset),
    });
  }
  if (file instanceof ArrayBuffer || file instanceof Uint8Array) {
    const bytes = file instanceof ArrayBuffer ? new Uint8Array(file) : file;
    return inMemory(() => bytes, undefined, bytes.byteLength, bytes.subarray(0, peek));
  }
  if (file instanceof Blob) {
    const name = "name" in file && typeof file.name === "string" ? file.name : undefined;
    const head = new Uint8Array(await file.slice(0, peek).arrayBuffer());
    const type = file.type || (name === undefined ? undefined : mimeTypeOfFilename(name));
    const from = (offset: number) => (offset === 0 ? file : file.slice(offset));
    return source(name, type, file.size, head, true, {
      body: from,
      chunks: (offset) => from(offset).stream() as unknown as ChunkBody,
    });
  }
  return openStream(file, peek);
}

async function openStream(
  file: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  peek: number,
): Promise<UploadFileSource> {
  // A file stream (`fs.createReadStream`) knows its path: use its name, as for a path.
  const path = (file as { path?: unknown }).path;
  const name = typeof path === "string" ? basename(path) : undefined;
  let peeked: PeekedStream;
  try {
    peeked = await peekStream(file, peek);
  } catch (cause) {
    const what = name === undefined ? "the stream to upload" : `the file to upload (${name})`;
    throw new UploadFileError("file", `cannot read ${what}`, { cause });
  }
  let used = false;
  const type = name === undefined ? undefined : mimeTypeOfFilename(name);
  // A stream can be read once, from its start: it cannot resume or be sent again.
  const once = (offset: number) => {
    if (used || offset !== 0) {
      throw new UploadFileError(
        "file",
        "a stream can be uploaded only once, from its start: pass a path, bytes or a Blob to resume or retry",
      );
    }
    used = true;
  };
  return source(name, type, undefined, peeked.head, false, {
    body: (offset) => {
      once(offset);
      return peeked.stream();
    },
    chunks: (offset) => {
      once(offset);
      return peeked.chunks();
    },
    stop: () => peeked.stop(),
  });
}

/** Bytes in memory (read when first sent), sent whole or from an offset as one chunk. */
function inMemory(
  bytes: () => Uint8Array,
  mimeType: string | undefined,
  size: number,
  head: Uint8Array,
): UploadFileSource {
  const from = (offset: number) => (offset === 0 ? bytes() : bytes().subarray(offset));
  return source(undefined, mimeType, size, head, true, {
    // A view is a valid body at run time; DOM's BodyInit typing wants an ArrayBuffer-backed one.
    body: (offset) => from(offset) as unknown as BodyInit,
    chunks: (offset) => onlyChunk(from(offset)),
  });
}

/** Bytes already in memory, as one chunk. */
async function* onlyChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

function source(
  filename: string | undefined,
  mimeType: string | undefined,
  fileLength: number | undefined,
  head: Uint8Array,
  repeatable: boolean,
  reads: Pick<UploadFileSource, "body" | "chunks"> & { stop?: () => Promise<void> },
): UploadFileSource {
  const { body, chunks, stop = async () => undefined } = reads;
  return { filename, mimeType, fileLength, head, repeatable, body, chunks, stop };
}

/** Describes an upload's input: its name, type and size, and how to stream it. */
export async function resolveUploadFile(
  file: UploadFile,
  info: UploadFileInfo = {},
): Promise<ResolvedUploadFile> {
  const opened = await openUploadFile(file);
  const fileLength = info.fileLength ?? opened.fileLength;
  if (fileLength === undefined || !Number.isInteger(fileLength) || fileLength < 0) {
    throw new UploadFileError(
      "fileLength",
      "the upload needs the file's size in bytes: pass `fileLength` with a stream",
    );
  }
  const type = info.mimeType ?? opened.mimeType;
  if (type === undefined || type === "") {
    throw new UploadFileError(
      "mimeType",
      "the upload needs the file's MIME type: pass `mimeType` (application/pdf, image/jpeg, image/png or video/mp4)",
    );
  }
  return {
    filename: info.filename ?? opened.filename ?? "file",
    mimeType: type,
    fileLength,
    body: opened.body,
  };
}
