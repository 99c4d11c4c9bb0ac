import { Readable } from "node:stream";
import { decryptIntoSpool } from "./decrypt.js";
import { parseEncryptedFlowMedia } from "./metadata.js";
import { type FlowMediaOptions, resolveFlowMediaOptions } from "./options.js";
import { releaseAsStream, tempFileSpool } from "./release.js";

/** A decrypted and verified upload, readable once as a stream. */
export interface FlowRequestDecryptedMediaStream<S = Readable> {
  /** WhatsApp's id of the upload (`media_id`). */
  mediaId: string;
  /** The file name on the user's device (`file_name`); never use it as a path unchecked. */
  filename: string;
  /** The size of the decrypted file, in bytes: what the stream will deliver. */
  size: number;
  /** The verified plaintext. Read it to the end or destroy it, so its file descriptor closes. */
  stream: S;
}

/**
 * Downloads, checks and decrypts one upload and hands it over as a Node.js stream, for callers
 * who pipe it on (to object storage, a hash, an HTTP response).
 *
 * The promise resolves only after all four checks passed, so the stream never carries an
 * unverified byte. Until then the plaintext waits in a private (0600) temporary file in
 * `tempDir` (default `os.tmpdir()`); it is deleted as soon as the stream has it open (or when
 * the stream closes, where an open file cannot be deleted), and at once on any failure. Memory
 * does not grow with the file.
 *
 * @throws What {@link flowRequestMediaDecryptor} throws, and file system errors of `tempDir`.
 *
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 * import { pipeline } from "node:stream/promises";
 * import { decryptFlowMediaStream } from "@tswa/media";
 *
 * declare const upload: unknown;
 * const { stream } = await decryptFlowMediaStream(upload);
 * await pipeline(stream, createWriteStream("/srv/uploads/id.jpg"));
 * ```
 */
export async function decryptFlowMediaStream(
  encryptedMedia: unknown,
  options?: FlowMediaOptions,
): Promise<FlowRequestDecryptedMediaStream> {
  const media = parseEncryptedFlowMedia(encryptedMedia);
  const settings = resolveFlowMediaOptions(options);
  const { spool, size } = await decryptIntoSpool(media, settings, () =>
    tempFileSpool(settings.tempDir),
  );
  const stream = await releaseAsStream(spool);
  return { mediaId: media.media_id, filename: media.file_name, size, stream };
}

/**
 * {@link decryptFlowMediaStream} with a web `ReadableStream`, for fetch-style code
 * (`new Response(stream)`, web uploads). Cancelling the stream closes and deletes the spool.
 *
 * @example
 * ```ts
 * import { decryptFlowMediaWebStream } from "@tswa/media";
 *
 * declare const upload: unknown;
 * const { stream, size } = await decryptFlowMediaWebStream(upload);
 * const response = new Response(stream, { headers: { "content-length": String(size) } });
 * ```
 */
export async function decryptFlowMediaWebStream(
  encryptedMedia: unknown,
  options?: FlowMediaOptions,
): Promise<FlowRequestDecryptedMediaStream<ReadableStream<Uint8Array>>> {
  const result = await decryptFlowMediaStream(encryptedMedia, options);
  return { ...result, stream: Readable.toWeb(result.stream) as ReadableStream<Uint8Array> };
}
