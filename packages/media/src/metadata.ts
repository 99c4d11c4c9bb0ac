import { z } from "zod";
import { FlowMediaMetadataError } from "./errors.js";

/** Standard, padded base64 (as WhatsApp writes it) that decodes to exactly `size` bytes. */
const bytes = (size: number) =>
  z
    .base64({ error: "must be padded base64" })
    .refine((value) => Buffer.byteLength(value, "base64") === size, {
      error: `must be ${size} bytes of base64`,
    })
    .transform((value) => Buffer.from(value, "base64"));

/** The `encryption_metadata` of one uploaded file: its keys and hashes (spec 2). */
export const flowMediaEncryptionMetadataSchema = z.looseObject({
  /** base64(SHA-256 of the CDN file). */
  encrypted_hash: bytes(32),
  /** base64 of the 16-byte AES-CBC IV. */
  iv: bytes(16),
  /** base64 of the 32-byte AES-256 key. */
  encryption_key: bytes(32),
  /** base64 of the 32-byte HMAC-SHA256 key. */
  hmac_key: bytes(32),
  /** base64(SHA-256 of the decrypted file). */
  plaintext_hash: bytes(32),
});

/**
 * One uploaded file as a PhotoPicker or DocumentPicker puts it in `data_exchange` data (spec 2):
 * where to download it and the keys to check and decrypt it. Other fields are kept, so a future
 * addition does not break old endpoints.
 */
export const encryptedFlowMediaSchema = z.looseObject({
  /** WhatsApp's id of the upload. */
  media_id: z.string(),
  /** The encrypted file on WhatsApp's CDN (kept there up to 20 days). */
  cdn_url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  /** The file name on the user's device. */
  file_name: z.string(),
  /** The keys and hashes to check and decrypt the file. */
  encryption_metadata: flowMediaEncryptionMetadataSchema,
});

/**
 * One item of a picker's value in a flow request's `data`, as WhatsApp sends it.
 *
 * @example
 * ```ts
 * import type { EncryptedFlowMedia } from "@tswa/media";
 *
 * const media: EncryptedFlowMedia = {
 *   media_id: "790aba14-5f4e-4b0c-9a8e-1f2d3c4b5a69",
 *   cdn_url: "https://mmg.whatsapp.net/v/t62.7119-24/…",
 *   file_name: "IMG_5237.jpg",
 *   encryption_metadata: {
 *     encrypted_hash: "…", iv: "…", encryption_key: "…", hmac_key: "…", plaintext_hash: "…",
 *   },
 * };
 * ```
 */
export type EncryptedFlowMedia = z.input<typeof encryptedFlowMediaSchema>;

/** The keys and hashes of one file, decoded. */
export type FlowMediaKeys = z.output<typeof flowMediaEncryptionMetadataSchema>;

/** An encrypted media object checked and decoded. */
export type ParsedFlowMedia = z.output<typeof encryptedFlowMediaSchema>;

/**
 * Checks and decodes an encrypted media object.
 *
 * @throws {@link FlowMediaMetadataError} naming every invalid field (never its value).
 */
export function parseEncryptedFlowMedia(value: unknown): ParsedFlowMedia {
  return parse(encryptedFlowMediaSchema, value, []);
}

/**
 * Checks and decodes an `encryption_metadata` object alone, for a file downloaded elsewhere.
 *
 * @throws {@link FlowMediaMetadataError} naming every invalid field (never its value).
 */
export function parseFlowMediaKeys(value: unknown): FlowMediaKeys {
  return parse(flowMediaEncryptionMetadataSchema, value, ["encryption_metadata"]);
}

function parse<T extends z.ZodType>(schema: T, value: unknown, prefix: string[]): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // One problem per field: a value that is not base64 also fails its length check.
  const problems = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = [...prefix, ...issue.path.map(String)].join(".") || "the media object";
    const problem =
      issue.code === "invalid_type"
        ? `is missing or not ${issue.expected === "object" ? "an object" : `a ${issue.expected}`}`
        : issue.message;
    if (!problems.has(field)) problems.set(field, `${field} ${problem}`);
  }
  throw new FlowMediaMetadataError([...problems.keys()], [...problems.values()]);
}
