/**
 * A streamed request body as an async iterable of byte chunks: undici's dispatcher writes one
 * straight to the socket, waiting for it to drain between chunks, so the body is read only as
 * fast as it is sent; fetch gets it as a byte `ReadableStream`.
 */
export type ChunkBody = AsyncIterable<Uint8Array>;

/** Whether a body is a {@link ChunkBody} other than a web `ReadableStream` (fetch takes those). */
export function isChunkBody(body: unknown): body is ChunkBody {
  return (
    typeof body === "object" &&
    body !== null &&
    typeof (body as ChunkBody)[Symbol.asyncIterator] === "function" &&
    typeof (body as ReadableStream).getReader !== "function"
  );
}

/** A {@link ChunkBody} as a web stream, for fetch: pulled a chunk at a time, cancel stops it. */
export function chunkStream(body: ChunkBody): ReadableStream<Uint8Array> {
  const iterator = body[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    pull: async (controller) => {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: async (reason) => {
      await iterator.return?.(reason);
    },
  });
}

/**
 * A {@link ChunkBody} that an attempt can stop: undici leaves ending an iterable body to its
 * owner, so a source that stalls (a stream that sends nothing) would otherwise hold the
 * request open after a timeout or an abort. `abort` fails the pending read and stops the source.
 */
export class AbortableChunks implements AsyncIterable<Uint8Array> {
  readonly #iterator: AsyncIterator<Uint8Array>;
  /** Fails the read in flight. Not a race with one long-lived promise: that keeps every chunk. */
  #failRead: ((reason: unknown) => void) | undefined;
  #reason: { value: unknown } | undefined;

  constructor(body: ChunkBody) {
    this.#iterator = body[Symbol.asyncIterator]();
  }

  /** Fails the read in flight (and every later one) with `reason`, and stops the source. */
  abort(reason: unknown): void {
    if (this.#reason !== undefined) return;
    this.#reason = { value: reason };
    this.#failRead?.(reason);
    Promise.resolve(this.#iterator.return?.(reason)).catch(() => undefined);
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: () => {
        if (this.#reason !== undefined) return Promise.reject(this.#reason.value);
        return new Promise<IteratorResult<Uint8Array>>((resolve, reject) => {
          this.#failRead = reject;
          this.#iterator.next().then(resolve, reject);
        }).finally(() => {
          this.#failRead = undefined;
        });
      },
      return: async (value?: unknown) => {
        if (this.#reason === undefined) await this.#iterator.return?.(value);
        return { done: true, value: undefined };
      },
    };
  }
}
