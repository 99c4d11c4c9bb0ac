import { resolve } from "node:path";
import { decryptIntoSpool } from "./decrypt.js";
import { parseEncryptedFlowMedia } from "./metadata.js";
import { type FlowMediaOptions, resolveFlowMediaOptions } from "./options.js";
import { partFileSpool, releaseToFile } from "./release.js";

/** A decrypted and verified upload written to a file. */
export interface FlowRequestDecryptedMediaFile {
  /** WhatsApp's id of the upload (`media_id`). */
  mediaId: string;
  /** The file name on the user's device (`file_name`); never use it as a path unchecked. */
  filename: string;
  /** The absolute path of the written file. */
  path: string;
  /** The size of the decrypted file, in bytes. */
  size: number;
}

/**
 * Downloads, checks and decrypts one upload into the file at `path`, in memory that does not
 * grow with the file.
 *
 * The plaintext goes to `.<name>.<random>.part` in the same folder, readable by the owner only
 * (0600) while unverified, which is renamed to `path`
 * only after all four checks passed, replacing any file there (atomically, on POSIX file
 * systems). On any failure the temporary file is deleted: `path` either holds the whole
 * verified file or is untouched. Set `fsync: true` to flush the data to disk before the rename.
 *
 * @throws What {@link flowRequestMediaDecryptor} throws, and file system errors (such as
 *   `ENOENT` for a missing folder) before anything is downloaded.
 *
 * @example
 * ```ts
 * import { join } from "node:path";
 * import { decryptFlowMediaToFile } from "@tswa/media";
 *
 * declare const upload: { media_id: string };
 * const { size } = await decryptFlowMediaToFile(upload, join("/srv/uploads", `${upload.media_id}.jpg`));
 * ```
 */
export async function decryptFlowMediaToFile(
  encryptedMedia: unknown,
  path: string,
  options?: FlowMediaOptions,
): Promise<FlowRequestDecryptedMediaFile> {
  const media = parseEncryptedFlowMedia(encryptedMedia);
  const settings = resolveFlowMediaOptions(options);
  const target = resolve(path);
  const { spool, size } = await decryptIntoSpool(media, settings, () =>
    partFileSpool(target, settings.fsync),
  );
  await releaseToFile(spool, target);
  return { mediaId: media.media_id, filename: media.file_name, path: target, size };
}
