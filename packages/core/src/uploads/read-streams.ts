/** Streams of bytes read on demand: from a file on disk, or from a stream peeked at first. */
import { type FileHandle, open } from "node:fs/promises";

/** Chunks read from disk: 1 MiB (64 KiB to 1 MiB keeps memory flat and syscalls few). */
const DISK_CHUNK = 1024 * 1024;

const isWebStream = (value: unknown): value is ReadableStream<Uint8Array> =>
  typeof (value as ReadableStream | undefined)?.getReader === "function";

/**
 * A file's bytes from `start` on, read in 1 MiB pieces only as fast as they are sent. The file
 * is opened on the first read and closed at its end, on an error or on cancel.
 */
export function fileStream(path: string, start: number): ReadableStream<Uint8Array> {
  let handle: FileHandle | undefined;
  let position = start;
  const close = async () => {
    const open = handle;
    handle = undefined;
    await open?.close();
  };
  return new ReadableStream<Uint8Array>({
    pull: async (controller) => {
      try {
        handle ??= await open(path, "r");
        const buffer = Buffer.allocUnsafe(DISK_CHUNK);
        const { bytesRead } = await handle.read(buffer, 0, DISK_CHUNK, position);
        if (bytesRead === 0) {
          await close();
          return controller.close();
        }
        position += bytesRead;
        controller.enqueue(bytesRead === DISK_CHUNK ? buffer : buffer.subarray(0, bytesRead));
      } catch (error) {
        await close().catch(() => undefined);
        controller.error(error);
      }
    },
    cancel: close,
  });
}

/**
 * A file's bytes from `start` on as chunks of 1 MiB. The next piece is read while the last one
 * is being sent (one piece ahead, as `fs.createReadStream` does), so the disk and the socket
 * work at once. The file is opened on the first read and closed at its end, on an error or on
 * return.
 */
export async function* fileChunks(path: string, start: number): AsyncGenerator<Uint8Array> {
  const handle = await open(path, "r");
  const readAt = async (position: number) => {
    const buffer = Buffer.allocUnsafe(DISK_CHUNK);
    const { bytesRead } = await handle.read(buffer, 0, DISK_CHUNK, position);
    return bytesRead === DISK_CHUNK ? buffer : buffer.subarray(0, bytesRead);
  };
  let ahead: Promise<Uint8Array> | undefined = readAt(start);
  try {
    for (let position = start; ; ) {
      const chunk: Uint8Array = await ahead;
      if (chunk.byteLength === 0) return;
      position += chunk.byteLength;
      ahead = readAt(position);
      yield chunk;
    }
  } finally {
    await ahead?.catch(() => undefined);
    ahead = undefined;
    await handle.close();
  }
}

/** A stream's chunks read from its start after a peek; `stop` cancels the stream. */
export interface PeekedStream {
  /** The first bytes, as many as asked for (fewer for a shorter stream). */
  readonly head: Uint8Array;
  /** All the bytes as a web stream, in pieces of about 1 MiB (what fetch sends fastest). */
  stream(): ReadableStream<Uint8Array>;
  /**
   * All the bytes in pieces of about 1 MiB, the first ones replayed, the next piece gathered
   * while the last is sent; returning early cancels the stream.
   */
  chunks(): AsyncIterable<Uint8Array>;
  /** Cancels the stream (its connection or file is let go). */
  stop(reason?: unknown): Promise<void>;
}

/**
 * Reads a stream's first `peek` bytes (to tell its type) and gives a stream of all its bytes,
 * those first ones replayed. Reads straight from the stream's reader or iterator:
 * `Readable.toWeb` buffers ahead of what is sent (Node 20), which costs memory and time.
 */
export async function peekStream(
  file: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  peek: number,
): Promise<PeekedStream> {
  let next: () => Promise<IteratorResult<Uint8Array>>;
  let stop: (reason: unknown) => Promise<unknown>;
  if (isWebStream(file)) {
    const reader = file.getReader();
    next = () => reader.read() as Promise<IteratorResult<Uint8Array>>;
    stop = (reason) => reader.cancel(reason);
  } else {
    const iterator = file[Symbol.asyncIterator]();
    next = () => iterator.next();
    stop = async (reason) => iterator.return?.(reason);
  }
  const seen: Uint8Array[] = [];
  let seenBytes = 0;
  let done = false;
  while (seenBytes < peek && !done) {
    const chunk = await next();
    if (chunk.done) done = true;
    else {
      seen.push(chunk.value);
      seenBytes += chunk.value.byteLength;
    }
  }
  const head = concatHead(seen, peek);
  const read = async (): Promise<IteratorResult<Uint8Array>> => {
    const replay = seen.shift();
    if (replay !== undefined) return { done: false, value: replay };
    return done ? { done: true, value: undefined } : next();
  };
  const cancel = (reason?: unknown) => stop(reason).then(() => undefined);
  // Small chunks (a Node stream's 64 KiB, a socket's less) are joined into pieces of about
  // 1 MiB: each piece costs a write and a wait for the socket to drain (fetch pays far more),
  // more than one copy of its bytes costs.
  const piece = async (): Promise<Uint8Array | undefined> => {
    const pieces: Uint8Array[] = [];
    let size = 0;
    while (size < DISK_CHUNK && !(done && seen.length === 0)) {
      const chunk = await read();
      if (chunk.done) done = true;
      else {
        pieces.push(chunk.value);
        size += chunk.value.byteLength;
      }
    }
    if (pieces.length <= 1) return pieces[0];
    return Buffer.concat(pieces, size);
  };
  return {
    head,
    stop: cancel,
    chunks: () => {
      // The next piece is gathered while the last is sent, as for a file.
      let ahead: Promise<Uint8Array | undefined> | undefined;
      return {
        [Symbol.asyncIterator]: () => ({
          next: async () => {
            const value = await (ahead ?? piece());
            ahead = value === undefined ? undefined : piece();
            ahead?.catch(() => undefined);
            return value === undefined ? { done: true, value } : { done: false, value };
          },
          return: async (reason?: unknown) => {
            await cancel(reason);
            return { done: true, value: undefined };
          },
        }),
      };
    },
    stream: () =>
      new ReadableStream<Uint8Array>({
        pull: async (controller) => {
          const value = await piece();
          if (value === undefined) controller.close();
          else controller.enqueue(value);
        },
        cancel,
      }),
  };
}

/** The first `length` bytes of a file. */
export async function readHead(path: string, length: number): Promise<Uint8Array> {
  if (length === 0) return new Uint8Array(0);
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The first `peek` bytes of some chunks, as one array. */
function concatHead(chunks: readonly Uint8Array[], peek: number): Uint8Array {
  const head = new Uint8Array(
    Math.min(
      peek,
      chunks.reduce((n, c) => n + c.byteLength, 0),
    ),
  );
  let at = 0;
  for (const chunk of chunks) {
    if (at >= head.length) break;
    const part = chunk.subarray(0, head.length - at);
    head.set(part, at);
    at += part.byteLength;
  }
  return head;
}
