import {
  constants,
  createCipheriv,
  createDecipheriv,
  type KeyObject,
  privateDecrypt,
} from "node:crypto";
import type { EncryptedFlowRequest } from "./envelope.js";
import { FlowRequestCannotBeDecrypted } from "./errors.js";

const AES_KEY_BYTES = 16;
const IV_BYTES = 16;
const TAG_BYTES = 16;
/** Standard, padded base64, as the client's `btoa` writes it. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What a {@link FlowRequestDecryptor} hands back: the payload and the key material to answer with. */
export interface DecryptedFlowRequest {
  /** The decrypted JSON payload (`version`, `action`, `screen`, `data`, `flow_token`, …). */
  payload: Record<string, unknown>;
  /** The AES key the client chose for this request; the response is encrypted with it. */
  aesKey: Uint8Array;
  /** The request IV; the response uses it with every bit flipped. */
  iv: Uint8Array;
}

/**
 * Decrypts a flow request envelope. Swap in your own to keep the private key in a KMS or HSM.
 *
 * Throw (anything) when the envelope cannot be decrypted: the endpoint answers HTTP 421, which
 * makes WhatsApp refresh the public key and retry. `privateKey` is the endpoint's loaded key, or
 * `undefined` when the endpoint was created without one.
 */
export type FlowRequestDecryptor = (
  envelope: EncryptedFlowRequest,
  privateKey: KeyObject | undefined,
) => DecryptedFlowRequest | Promise<DecryptedFlowRequest>;

/**
 * Encrypts a response payload for the client and returns the HTTP body (base64 text).
 * Swap in your own together with a custom {@link FlowRequestDecryptor}.
 */
export type FlowResponseEncryptor = (
  response: unknown,
  aesKey: Uint8Array,
  iv: Uint8Array,
) => string | Promise<string>;

/**
 * Decrypts a flow request exactly as spec 1.3 describes: RSA-OAEP (SHA-256, MGF1-SHA-256, empty
 * label) unwraps a 16-byte AES key, then AES-128-GCM with the 16-byte IV and the 16-byte tag at the
 * end of `encrypted_flow_data` yields UTF-8 JSON.
 *
 * @throws {@link FlowRequestCannotBeDecrypted} for bad base64, wrong sizes, a wrong key, a
 *   tampered tag or a payload that is not a JSON object. The message names the step, never data.
 *
 * @example
 * ```ts
 * import { defaultFlowRequestDecryptor, loadFlowPrivateKey } from "@tswa/flows";
 *
 * const key = loadFlowPrivateKey(process.env.PRIVATE_KEY_PEM ?? "");
 * const { payload, aesKey, iv } = defaultFlowRequestDecryptor(
 *   { encrypted_flow_data: "…", encrypted_aes_key: "…", initial_vector: "…" },
 *   key,
 * );
 * ```
 */
export const defaultFlowRequestDecryptor = (
  envelope: EncryptedFlowRequest,
  privateKey: KeyObject | undefined,
): DecryptedFlowRequest => {
  if (!privateKey) {
    throw new FlowRequestCannotBeDecrypted("the endpoint has no business private key");
  }
  const wrappedKey = decodeBase64(envelope.encrypted_aes_key, "encrypted_aes_key");
  const iv = decodeBase64(envelope.initial_vector, "initial_vector");
  const data = decodeBase64(envelope.encrypted_flow_data, "encrypted_flow_data");
  if (iv.length !== IV_BYTES) {
    throw new FlowRequestCannotBeDecrypted(`initial_vector is ${iv.length} bytes, not ${IV_BYTES}`);
  }
  if (data.length < TAG_BYTES) {
    throw new FlowRequestCannotBeDecrypted("encrypted_flow_data is shorter than the GCM tag");
  }
  const modulusBytes = (privateKey.asymmetricKeyDetails?.modulusLength ?? 2048) / 8;
  if (wrappedKey.length !== modulusBytes) {
    throw new FlowRequestCannotBeDecrypted(
      `encrypted_aes_key is ${wrappedKey.length} bytes, not ${modulusBytes}`,
    );
  }

  let aesKey: Buffer;
  try {
    aesKey = privateDecrypt(
      { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
      wrappedKey,
    );
  } catch (cause) {
    throw new FlowRequestCannotBeDecrypted("the AES key does not decrypt with this private key", {
      cause,
    });
  }
  if (aesKey.length !== AES_KEY_BYTES) {
    throw new FlowRequestCannotBeDecrypted(`the AES key is ${aesKey.length} bytes, not 16`);
  }

  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv("aes-128-gcm", aesKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    plaintext = Buffer.concat([
      decipher.update(data.subarray(0, data.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch (cause) {
    throw new FlowRequestCannotBeDecrypted("the AES-GCM tag does not verify", { cause });
  }

  let payload: unknown;
  try {
    payload = JSON.parse(plaintext.toString("utf8"));
  } catch {
    throw new FlowRequestCannotBeDecrypted("the decrypted payload is not JSON");
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new FlowRequestCannotBeDecrypted("the decrypted payload is not a JSON object");
  }
  return { payload: payload as Record<string, unknown>, aesKey, iv };
};

/**
 * Encrypts a response exactly as spec 1.4 describes: AES-128-GCM with the request's key and the
 * request IV with every bit flipped, the 16-byte tag appended, standard padded base64.
 *
 * @returns The HTTP response body.
 *
 * @example
 * ```ts
 * import { defaultFlowResponseEncryptor } from "@tswa/flows";
 *
 * declare const aesKey: Uint8Array;
 * declare const iv: Uint8Array;
 * const body = defaultFlowResponseEncryptor({ screen: "SUCCESS", data: {} }, aesKey, iv);
 * ```
 */
export const defaultFlowResponseEncryptor = (
  response: unknown,
  aesKey: Uint8Array,
  iv: Uint8Array,
): string => {
  // The client decrypts the answer with the bitwise complement of the IV it sent, so that one
  // key never encrypts two messages under the same nonce.
  const flipped = Buffer.allocUnsafe(iv.length);
  for (let i = 0; i < iv.length; i++) flipped[i] = ~(iv[i] as number) & 0xff;
  const cipher = createCipheriv(aesCipherName(aesKey), aesKey, flipped, {
    authTagLength: TAG_BYTES,
  });
  const head = cipher.update(JSON.stringify(response), "utf8");
  const tail = cipher.final();
  return Buffer.concat([head, tail, cipher.getAuthTag()]).toString("base64");
};

function aesCipherName(key: Uint8Array): "aes-128-gcm" | "aes-192-gcm" | "aes-256-gcm" {
  // A custom decryptor may hand back a longer key; the default one only ever yields 16 bytes.
  if (key.length === 32) return "aes-256-gcm";
  if (key.length === 24) return "aes-192-gcm";
  return "aes-128-gcm";
}

function decodeBase64(value: string, field: string): Buffer {
  // Node's decoder skips characters outside the alphabet and missing padding; a flow request is
  // exactly what the client wrote, so anything else is a damaged or forged request.
  if (!BASE64.test(value)) {
    throw new FlowRequestCannotBeDecrypted(`${field} is not valid base64`);
  }
  return Buffer.from(value, "base64");
}
