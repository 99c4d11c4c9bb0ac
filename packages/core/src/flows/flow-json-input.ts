import { readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { WhatsAppError } from "../errors.js";

/** The largest Flow JSON Graph accepts: 10 MB. */
export const FLOW_JSON_MAX_BYTES = 10 * 1024 * 1024;

/**
 * A flow's JSON, in any form tswa can read it from:
 * - an object (a plain object, or anything with `toJSON()`, such as a FlowJSON builder), sent
 *   through `JSON.stringify`;
 * - a string: JSON text when its first non-space character is `{`, a file path otherwise;
 * - a `file:` `URL`;
 * - bytes (`Buffer`, `Uint8Array`, `ArrayBuffer`), UTF-8;
 * - a stream (a Node `Readable`, a web `ReadableStream`, any async iterable of bytes or text),
 *   read to the end.
 */
export type FlowJsonInput =
  | string
  | URL
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | {
      /** Returns the Flow JSON document (as a FlowJSON builder does). */
      toJSON(): unknown;
    }
  | Readonly<Record<string, unknown>>;

/** A flow JSON input could not be read: a missing file, a stream past 10 MB, bytes not UTF-8. */
export class FlowJsonInputError extends WhatsAppError {}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a {@link FlowJsonInput} into the JSON text to upload.
 *
 * @param call - The public call, for error messages (`updateFlowJson`, `createFlow`).
 * @throws {@link FlowJsonInputError} when the input cannot be read or is larger than 10 MB.
 */
export async function readFlowJson(input: FlowJsonInput, call: string): Promise<string> {
  const text = await toText(input, call);
  if (Buffer.byteLength(text) > FLOW_JSON_MAX_BYTES) throw tooLarge(call);
  return text;
}

async function toText(input: FlowJsonInput, call: string): Promise<string> {
  if (typeof input === "string") {
    return input.trimStart().startsWith("{") ? input : readJsonFile(input, call);
  }
  if (input instanceof URL) {
    if (input.protocol !== "file:") {
      throw new FlowJsonInputError(
        `${call}: flowJson URL must be a file: URL, got ${input.protocol}`,
      );
    }
    return readJsonFile(fileURLToPath(input), call);
  }
  if (input instanceof Uint8Array) return decode(input, call);
  if (input instanceof ArrayBuffer) return decode(new Uint8Array(input), call);
  if (isWebStream(input)) return decode(await readWebStream(input, call), call);
  if (isAsyncIterable(input)) return decode(await readIterable(input, call), call);
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch (cause) {
    throw new FlowJsonInputError(`${call}: flowJson cannot be turned into JSON`, { cause });
  }
  if (json === undefined) throw new FlowJsonInputError(`${call}: flowJson became no JSON at all`);
  return json;
}

async function readJsonFile(path: string, call: string): Promise<string> {
  try {
    if ((await stat(path)).size > FLOW_JSON_MAX_BYTES) throw tooLarge(call);
    return decode(await readFile(path), call);
  } catch (cause) {
    if (cause instanceof FlowJsonInputError) throw cause;
    const code = (cause as { code?: string }).code ?? "unreadable";
    throw new FlowJsonInputError(
      `${call}: flowJson is neither JSON text (it does not start with "{") nor a readable file (${code}: ${path})`,
      { cause },
    );
  }
}

async function readWebStream(stream: ReadableStream<Uint8Array>, call: string) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.byteLength;
    if (size > FLOW_JSON_MAX_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(call);
    }
    chunks.push(value);
  }
}

async function readIterable(source: AsyncIterable<Uint8Array | string>, call: string) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Leaving the loop early (the throw) destroys a Node stream through the iterator's return().
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.byteLength;
    if (size > FLOW_JSON_MAX_BYTES) throw tooLarge(call);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

function decode(bytes: Uint8Array, call: string): string {
  if (bytes.byteLength > FLOW_JSON_MAX_BYTES) throw tooLarge(call);
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new FlowJsonInputError(`${call}: flowJson bytes are not valid UTF-8`, { cause });
  }
}

const tooLarge = (call: string) =>
  new FlowJsonInputError(
    `${call}: flowJson is larger than 10 MB (${FLOW_JSON_MAX_BYTES} bytes), Graph's limit for Flow JSON`,
  );

const isWebStream = (value: object): value is ReadableStream<Uint8Array> =>
  typeof (value as ReadableStream).getReader === "function";

const isAsyncIterable = (value: object): value is AsyncIterable<Uint8Array | string> =>
  typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
