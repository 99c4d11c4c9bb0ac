import { createPublicKey, type KeyObject } from "node:crypto";
import { z } from "zod";
import type { BusinessPublicKey } from "./types.js";

/**
 * The public key to upload, as PEM (SPKI), the form Graph expects.
 *
 * Accepts PEM text (SPKI or PKCS#1 public keys, or a private key, whose public half is taken
 * here so that only the public key ever leaves the process) or a `KeyObject`.
 *
 * @throws TypeError when the input is not an RSA key; the message never quotes the key.
 */
export function toPublicKeyPem(key: string | KeyObject): string {
  let publicKey: KeyObject;
  try {
    // createPublicKey takes PEM text or a private KeyObject, not a KeyObject that is public.
    publicKey = typeof key !== "string" && key.type === "public" ? key : createPublicKey(key);
  } catch (cause) {
    throw new TypeError(
      "setBusinessPublicKey: the key is not a readable PEM key (expected -----BEGIN PUBLIC KEY-----)",
      { cause },
    );
  }
  if (publicKey.asymmetricKeyType !== "rsa") {
    throw new TypeError(
      `setBusinessPublicKey: WhatsApp needs an RSA key (2048 bits), got ${publicKey.asymmetricKeyType}`,
    );
  }
  return publicKey.export({ type: "spki", format: "pem" }).toString();
}

const keyFields = z.looseObject({
  business_public_key: z.string().optional(),
  business_public_key_signature_status: z.string().optional(),
});

/**
 * The answer to `GET /{phone-id}/whatsapp_business_encryption`: the docs show a flat object,
 * Meta's Postman collection wraps it in `data[]`; both are read. `undefined` when no key is set.
 */
export const businessPublicKeySchema = z
  .union([z.looseObject({ data: z.array(keyFields) }), keyFields])
  .transform((body): BusinessPublicKey | undefined => {
    const fields = "data" in body && Array.isArray(body.data) ? body.data[0] : body;
    const key = (fields as z.output<typeof keyFields> | undefined)?.business_public_key;
    if (key === undefined || key === "") return undefined;
    return {
      businessPublicKey: key,
      signatureStatus: (fields as z.output<typeof keyFields>).business_public_key_signature_status,
    };
  });
