import { createCipheriv, generateKeyPairSync } from "node:crypto";
import {
  defaultFlowRequestDecryptor,
  defaultFlowResponseEncryptor,
  FlowRequestCannotBeDecrypted,
  loadFlowPrivateKey,
} from "@tswa/flows";
import { decryptFlowResponse, encryptFlowRequest } from "@tswa/flows/simulator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixedVector, privateKeyPem, publicKeyPem } from "./fixtures/index.js";

const key = loadFlowPrivateKey(privateKeyPem);
const otherPublicKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("defaultFlowRequestDecryptor", () => {
  it("decrypts the fixed vector made by an independent implementation, byte for byte", () => {
    const { payload, aesKey, iv } = defaultFlowRequestDecryptor(fixedVector.envelope, key);
    expect(hex(aesKey)).toBe(fixedVector.aes_key_hex);
    expect(hex(iv)).toBe(fixedVector.iv_hex);
    expect(payload).toEqual(JSON.parse(fixedVector.request_plaintext));
  });

  it("decrypts what the simulated client encrypts, for any JSON payload", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (payload) => {
        const { envelope, aesKey, iv } = encryptFlowRequest(payload, publicKeyPem);
        const decrypted = defaultFlowRequestDecryptor(envelope, key);
        expect(decrypted.payload).toEqual(JSON.parse(JSON.stringify(payload)));
        expect(hex(decrypted.aesKey)).toBe(hex(aesKey));
        expect(hex(decrypted.iv)).toBe(hex(iv));
      }),
      { numRuns: 50 },
    );
  });

  const cases: [string, (e: typeof fixedVector.envelope) => typeof fixedVector.envelope, RegExp][] =
    [
      [
        "a key wrapped for another key pair",
        (e) => ({
          ...e,
          encrypted_aes_key: encryptFlowRequest({}, otherPublicKey).envelope.encrypted_aes_key,
        }),
        /does not decrypt with this private key/,
      ],
      [
        "one flipped bit in the wrapped key",
        (e) => ({ ...e, encrypted_aes_key: flipLastBit(e.encrypted_aes_key) }),
        /does not decrypt with this private key/,
      ],
      [
        "one flipped bit in the ciphertext",
        (e) => ({ ...e, encrypted_flow_data: flipFirstBit(e.encrypted_flow_data) }),
        /tag/,
      ],
      [
        "one flipped bit in the GCM tag",
        (e) => ({ ...e, encrypted_flow_data: flipLastBit(e.encrypted_flow_data) }),
        /tag/,
      ],
      [
        "one flipped bit in the IV",
        (e) => ({ ...e, initial_vector: flipLastBit(e.initial_vector) }),
        /tag/,
      ],
      [
        "a 12-byte IV",
        (e) => ({ ...e, initial_vector: Buffer.alloc(12).toString("base64") }),
        /12 bytes/,
      ],
      [
        "a truncated wrapped key",
        (e) => ({ ...e, encrypted_aes_key: e.encrypted_aes_key.slice(0, 200) }),
        /bytes, not 256/,
      ],
      [
        "base64 with characters outside the alphabet",
        (e) => ({
          ...e,
          encrypted_flow_data: `${e.encrypted_flow_data.slice(0, 8)}!!${e.encrypted_flow_data.slice(10)}`,
        }),
        /base64/,
      ],
      [
        "base64 cut to an impossible length",
        (e) => ({ ...e, encrypted_flow_data: `${e.encrypted_flow_data}A` }),
        /base64/,
      ],
      [
        "swapped fields",
        (e) => ({ ...e, encrypted_aes_key: e.initial_vector, initial_vector: e.encrypted_aes_key }),
        /bytes/,
      ],
      [
        "flow data shorter than the tag",
        (e) => ({ ...e, encrypted_flow_data: "AAAA" }),
        /shorter than the GCM tag/,
      ],
    ];
  it.each(cases)("rejects %s with FlowRequestCannotBeDecrypted (421)", (_, tamper, reason) => {
    const attempt = () => defaultFlowRequestDecryptor(tamper(fixedVector.envelope), key);
    expect(attempt).toThrow(FlowRequestCannotBeDecrypted);
    expect(attempt).toThrow(reason);
    try {
      attempt();
    } catch (error) {
      expect((error as FlowRequestCannotBeDecrypted).status).toBe(421);
    }
  });

  it("rejects a payload that decrypts but is not a JSON object", () => {
    for (const plaintext of ["[1,2]", "not json"]) {
      const { envelope } = encryptFlowRequest(null, publicKeyPem);
      const forged = encryptRaw(plaintext);
      expect(() => defaultFlowRequestDecryptor({ ...envelope, ...forged }, key)).toThrow(
        /not a JSON object|not JSON/,
      );
    }
  });

  it("needs a private key", () => {
    expect(() => defaultFlowRequestDecryptor(fixedVector.envelope, undefined)).toThrow(
      /no business private key/,
    );
  });
});

describe("defaultFlowResponseEncryptor", () => {
  const aesKey = Buffer.from(fixedVector.aes_key_hex, "hex");
  const iv = Buffer.from(fixedVector.iv_hex, "hex");

  it("encrypts with the flipped IV exactly as the independent implementation does", () => {
    const body = defaultFlowResponseEncryptor(
      JSON.parse(fixedVector.response_plaintext),
      aesKey,
      iv,
    );
    expect(body).toBe(fixedVector.response_body);
  });

  it("writes standard padded base64 that the client decrypts, for any JSON response", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (response, anyIv) => {
          const body = defaultFlowResponseEncryptor(response, aesKey, anyIv);
          expect(body).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
          expect(body.length % 4).toBe(0);
          expect(decryptFlowResponse(body, aesKey, anyIv)).toEqual(
            JSON.parse(JSON.stringify(response)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("does not decrypt with the unflipped IV", () => {
    const body = defaultFlowResponseEncryptor({ screen: "A" }, aesKey, iv);
    const flipped = Buffer.from(fixedVector.flipped_iv_hex, "hex");
    // Decrypting "with the flipped IV" of the flipped IV is decrypting with the request IV itself.
    expect(() => decryptFlowResponse(body, aesKey, flipped)).toThrow();
  });
});

function flipFirstBit(base64: string): string {
  const bytes = Buffer.from(base64, "base64");
  bytes[0] = (bytes[0] as number) ^ 0x80;
  return bytes.toString("base64");
}

function flipLastBit(base64: string): string {
  const bytes = Buffer.from(base64, "base64");
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
  return bytes.toString("base64");
}

/** Encrypts arbitrary plaintext under the fixed vector's key and IV (not JSON-serialized). */
function encryptRaw(plaintext: string): {
  encrypted_flow_data: string;
  encrypted_aes_key: string;
  initial_vector: string;
} {
  const { envelope } = encryptFlowRequest({}, publicKeyPem, {
    aesKey: Buffer.from(fixedVector.aes_key_hex, "hex"),
    iv: Buffer.from(fixedVector.iv_hex, "hex"),
  });
  const cipher = createCipheriv(
    "aes-128-gcm",
    Buffer.from(fixedVector.aes_key_hex, "hex"),
    Buffer.from(fixedVector.iv_hex, "hex"),
  );
  const data = Buffer.concat([
    cipher.update(plaintext, "utf8"),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return { ...envelope, encrypted_flow_data: data.toString("base64") };
}
