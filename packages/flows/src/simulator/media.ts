import { createCipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import type { EncryptedFlowMedia } from "@tswa/media";

/** An upload as the WhatsApp client makes it: the bytes for the CDN and the picker item. */
export interface SimulatedMediaUpload {
  /** What the CDN serves at `cdnUrl`: AES-256-CBC ciphertext followed by a 10-byte MAC. */
  cdnFile: Buffer;
  /** The picker item the endpoint receives in `data` (`media_id`, `cdn_url`, `file_name`, `encryption_metadata`). */
  item: EncryptedFlowMedia;
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("base64");

/**
 * Encrypts a file as the WhatsApp client does for a PhotoPicker or DocumentPicker upload
 * (spec 2): fresh AES-256 and HMAC keys and IV, AES-256-CBC with PKCS#7 padding, the first 10
 * bytes of HMAC-SHA256(hmac_key, iv ‖ ciphertext) appended, and both SHA-256 hashes. Serve
 * `cdnFile` at `cdnUrl` and put `item` in a simulated `data_exchange` to test media handling.
 *
 * @example
 * ```ts
 * import { encryptFlowMedia } from "@tswa/flows/simulator";
 *
 * const { cdnFile, item } = encryptFlowMedia(Buffer.from("%PDF-1.7 …"), {
 *   cdnUrl: "http://127.0.0.1:9000/v/invoice.pdf",
 *   fileName: "invoice.pdf",
 * });
 * ```
 */
export function encryptFlowMedia(
  plaintext: Uint8Array,
  options: { cdnUrl: string; fileName: string; mediaId?: string | undefined },
): SimulatedMediaUpload {
  const [key, hmacKey, iv] = [randomBytes(32), randomBytes(32), randomBytes(16)];
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const mac = createHmac("sha256", hmacKey).update(iv).update(ciphertext).digest().subarray(0, 10);
  const cdnFile = Buffer.concat([ciphertext, mac]);
  return {
    cdnFile,
    item: {
      media_id: options.mediaId ?? randomBytes(16).toString("hex"),
      cdn_url: options.cdnUrl,
      file_name: options.fileName,
      encryption_metadata: {
        encrypted_hash: sha256(cdnFile),
        iv: iv.toString("base64"),
        encryption_key: key.toString("base64"),
        hmac_key: hmacKey.toString("base64"),
        plaintext_hash: sha256(plaintext),
      },
    },
  };
}
