import {
  constants,
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  KeyObject,
  publicEncrypt,
  randomBytes,
} from "node:crypto";
import type { EncryptedFlowRequest } from "../envelope.js";

/** A public key as the simulator takes it: SPKI/PKCS#1 PEM, or a key object (a private key works too). */
export type FlowPublicKeyInput = string | Uint8Array | KeyObject;

/** A request encrypted the way the WhatsApp client does it, with the key material to read the answer. */
export interface ClientEncryptedFlowRequest {
  /** The JSON body to post. */
  envelope: EncryptedFlowRequest;
  /** The AES-128 key chosen for this request. */
  aesKey: Buffer;
  /** The 16-byte IV chosen for this request. */
  iv: Buffer;
}

/**
 * Encrypts a flow request payload as the WhatsApp client does (spec 1.3 in reverse): a fresh
 * 16-byte AES key wrapped with RSA-OAEP-SHA256 under the business public key, and AES-128-GCM
 * with a 16-byte IV and the tag appended. Pass `aesKey` and `iv` for a fixed test vector.
 *
 * @example
 * ```ts
 * import { encryptFlowRequest } from "@tswa/flows/simulator";
 *
 * declare const publicKeyPem: string;
 * const { envelope, aesKey, iv } = encryptFlowRequest({ version: "3.0", action: "ping" }, publicKeyPem);
 * ```
 */
export function encryptFlowRequest(
  payload: unknown,
  publicKey: FlowPublicKeyInput,
  options: { aesKey?: Uint8Array; iv?: Uint8Array } = {},
): ClientEncryptedFlowRequest {
  const aesKey = Buffer.from(options.aesKey ?? randomBytes(16));
  const iv = Buffer.from(options.iv ?? randomBytes(16));
  const key =
    publicKey instanceof KeyObject
      ? publicKey
      : createPublicKey(typeof publicKey === "string" ? publicKey : Buffer.from(publicKey));
  const wrapped = publicEncrypt(
    { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
    aesKey,
  );
  const cipher = createCipheriv("aes-128-gcm", aesKey, iv, { authTagLength: 16 });
  const data = Buffer.concat([
    cipher.update(JSON.stringify(payload), "utf8"),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return {
    envelope: {
      encrypted_flow_data: data.toString("base64"),
      encrypted_aes_key: wrapped.toString("base64"),
      initial_vector: iv.toString("base64"),
    },
    aesKey,
    iv,
  };
}

/**
 * Decrypts an endpoint's answer as the WhatsApp client does: AES-128-GCM with the request's key
 * and the flipped request IV.
 *
 * @throws Error when the body does not decrypt (a wrong key or IV, or a tampered body).
 */
export function decryptFlowResponse(body: string, aesKey: Uint8Array, iv: Uint8Array): unknown {
  const data = Buffer.from(body, "base64");
  const flipped = Buffer.from(iv.map((byte) => ~byte & 0xff));
  const decipher = createDecipheriv(
    `aes-${aesKey.length * 8}-gcm` as "aes-128-gcm",
    aesKey,
    flipped,
    {
      authTagLength: 16,
    },
  );
  decipher.setAuthTag(data.subarray(data.length - 16));
  const plain = Buffer.concat([
    decipher.update(data.subarray(0, data.length - 16)),
    decipher.final(),
  ]);
  return JSON.parse(plain.toString("utf8"));
}
