import { decryptIntoSpool } from "./decrypt.js";
import { MemorySpool } from "./memory-spool.js";
import { parseEncryptedFlowMedia, parseFlowMediaKeys } from "./metadata.js";
import { type FlowMediaOptions, resolveFlowMediaOptions } from "./options.js";
import { FlowMediaVerifier } from "./verifier.js";

/** A decrypted and verified upload, as `flowRequestMediaDecryptor` returns it (pywa's names). */
export interface FlowRequestDecryptedMedia {
  /** WhatsApp's id of the upload (`media_id`). */
  mediaId: string;
  /**
   * The file name on the user's device (`file_name`). Chosen by the user: never use it as a path
   * without reducing it to a safe base name first.
   */
  filename: string;
  /** The decrypted file. */
  data: Buffer;
}

/**
 * Downloads, checks and decrypts one PhotoPicker or DocumentPicker upload into memory.
 *
 * The download streams through SHA-256 of the file, HMAC-SHA256 over IV and ciphertext, and
 * AES-256-CBC in the pieces the network delivers; the plaintext is collected and handed over
 * only after all four checks passed. For large files prefer {@link decryptFlowMediaToFile} or
 * {@link decryptFlowMediaStream}, whose memory use does not grow with the file.
 *
 * @param encryptedMedia One item of the picker's value in `data_exchange` data.
 * @throws {@link FlowMediaMetadataError}, {@link FlowMediaDownloadError} (and its
 *   {@link FlowMediaDownloadTimeout}), {@link FlowMediaTooLarge}, or a
 *   {@link FlowMediaVerificationError} subclass naming the failed check.
 *
 * @example
 * ```ts
 * import { flowRequestMediaDecryptor } from "@tswa/media";
 *
 * declare const data: { driver_license: unknown[] };
 * const { mediaId, filename, data: bytes } = await flowRequestMediaDecryptor(data.driver_license[0]);
 * ```
 */
export async function flowRequestMediaDecryptor(
  encryptedMedia: unknown,
  options?: FlowMediaOptions,
): Promise<FlowRequestDecryptedMedia> {
  const media = parseEncryptedFlowMedia(encryptedMedia);
  const settings = resolveFlowMediaOptions(options);
  const { spool } = await decryptIntoSpool(media, settings, () => new MemorySpool());
  return { mediaId: media.media_id, filename: media.file_name, data: spool.data() };
}

/**
 * Checks and decrypts a CDN file that is already in memory (downloaded some other way), with
 * the `encryption_metadata` of its upload.
 *
 * @throws {@link FlowMediaMetadataError} or a {@link FlowMediaVerificationError} subclass.
 *
 * @example
 * ```ts
 * import { decryptFlowMediaBytes } from "@tswa/media";
 *
 * declare const cdnFile: Uint8Array;
 * declare const encryptionMetadata: unknown;
 * const plaintext = decryptFlowMediaBytes(cdnFile, encryptionMetadata);
 * ```
 */
export function decryptFlowMediaBytes(cdnFile: Uint8Array, encryptionMetadata: unknown): Buffer {
  const pieces: Buffer[] = [];
  const verifier = new FlowMediaVerifier(parseFlowMediaKeys(encryptionMetadata), (plaintext) =>
    pieces.push(plaintext),
  );
  verifier.update(cdnFile);
  verifier.final();
  return Buffer.concat(pieces, verifier.plaintextSize);
}
