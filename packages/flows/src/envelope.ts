import { z } from "zod";
import { FlowRequestMalformed } from "./errors.js";

/**
 * The JSON body WhatsApp posts to a flow endpoint: three base64 strings (spec 1.1).
 * Other fields are kept, so a future addition does not break old endpoints.
 */
export const encryptedFlowRequestSchema = z.looseObject({
  /** base64(AES-128-GCM ciphertext ‖ 16-byte tag). */
  encrypted_flow_data: z.string(),
  /** base64(RSA-OAEP-SHA256 of the 16-byte AES key); 256 bytes for RSA-2048. */
  encrypted_aes_key: z.string(),
  /** base64 of the 16-byte IV. */
  initial_vector: z.string(),
});

/** The encrypted envelope of a flow request, as posted by WhatsApp. */
export type EncryptedFlowRequest = z.infer<typeof encryptedFlowRequestSchema>;

/**
 * Reads the raw body bytes as a flow request envelope.
 *
 * @throws {@link FlowRequestMalformed} (HTTP 400) when the bytes are not JSON or lack a field.
 */
export function parseEncryptedFlowRequest(body: Uint8Array): EncryptedFlowRequest {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"));
  } catch {
    throw new FlowRequestMalformed("the body is not JSON");
  }
  const parsed = encryptedFlowRequestSchema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join(".") || "(body)");
    throw new FlowRequestMalformed(`the envelope is missing or mistypes ${fields.join(", ")}`);
  }
  return parsed.data;
}
