import {
  constants,
  createHash,
  createPrivateKey,
  createPublicKey,
  KeyObject,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
} from "node:crypto";
import { FlowPrivateKeyError } from "./errors.js";
import { pemLooksIntact } from "./pem-structure.js";

/**
 * A business private key as users hold it: PEM text (PKCS#8 `BEGIN PRIVATE KEY`, encrypted PKCS#8
 * `BEGIN ENCRYPTED PRIVATE KEY`, or traditional PKCS#1 `BEGIN RSA PRIVATE KEY`), the same as
 * bytes, DER bytes (PKCS#8 or PKCS#1), or an already created `KeyObject`.
 */
export type FlowPrivateKeyInput = string | Uint8Array | KeyObject;

/** WhatsApp Flows uses RSA-2048 (spec 1.2); any other size cannot be a flow endpoint key. */
const MODULUS_BITS = 2048;
const CACHE_LIMIT = 16;
const cache = new Map<string, KeyObject>();

/**
 * Turns a business private key into a `KeyObject`, once.
 *
 * Parsing a PEM costs about twice an RSA decryption, so the endpoint loads the key when it is
 * created and reuses the `KeyObject` for every request. Calls with the same key and passphrase
 * return the same `KeyObject` from a small cache keyed by a hash (the key text itself is not kept
 * as a map key).
 *
 * @param key - PEM text or bytes, DER bytes, or a `KeyObject`.
 * @param passphrase - The passphrase of an encrypted key (`openssl genrsa -des3` asks for one).
 * @throws {@link FlowPrivateKeyError} when the key cannot be read, the passphrase is missing or
 *   wrong, or the key is not an RSA-2048 private key.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { loadFlowPrivateKey } from "@tswa/flows";
 *
 * const key = loadFlowPrivateKey(readFileSync("private.pem"), process.env.KEY_PASSPHRASE);
 * ```
 */
export function loadFlowPrivateKey(key: FlowPrivateKeyInput, passphrase?: string): KeyObject {
  if (key instanceof KeyObject) return selfTest(checkRsa2048(key));
  const bytes = typeof key === "string" ? Buffer.from(key, "utf8") : Buffer.from(key);
  const cacheKey = createHash("sha256")
    .update(bytes)
    .update("\0")
    .update(passphrase ?? "\u0001none")
    .digest("base64");
  const cached = cache.get(cacheKey);
  if (cached) return cached;

  const loaded = selfTest(checkRsa2048(parse(bytes, passphrase)));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, loaded);
  return loaded;
}

function parse(bytes: Buffer, passphrase: string | undefined): KeyObject {
  const isPem = bytes.subarray(0, 64).toString("latin1").includes("-----BEGIN");
  if (isPem) {
    const text = bytes.toString("utf8");
    // Encrypted PKCS#8 says so in its label; legacy encrypted PKCS#1 in a Proc-Type header.
    const encrypted = /BEGIN ENCRYPTED PRIVATE KEY|Proc-Type:\s*4,\s*ENCRYPTED/.test(text);
    if (encrypted && passphrase === undefined) {
      throw new FlowPrivateKeyError(
        "passphrase-required",
        "the business private key is encrypted: pass its passphrase (businessPrivateKeyPassword)",
      );
    }
    if (/BEGIN (RSA )?PUBLIC KEY/.test(text) && !/PRIVATE KEY/.test(text)) {
      throw new FlowPrivateKeyError(
        "not-private",
        "this is a public key: the flow endpoint needs the private key (upload the public one to WhatsApp)",
      );
    }
    try {
      return createPrivateKey({ key: text, format: "pem", passphrase });
    } catch (cause) {
      const intact = pemLooksIntact(text);
      // OpenSSL says "bad decrypt" when the passphrase's key unpads garbage: a wrong passphrase,
      // unless the file itself is broken. Any other failure of a private key PEM is damage.
      if (encrypted && intact && (cause as { code?: unknown }).code === "ERR_OSSL_BAD_DECRYPT") {
        throw new FlowPrivateKeyError(
          "wrong-passphrase",
          "the passphrase does not decrypt the business private key",
          { cause },
        );
      }
      if (encrypted || !intact || /BEGIN (RSA |ENCRYPTED )?PRIVATE KEY/.test(text)) {
        throw new FlowPrivateKeyError(
          "damaged",
          "the business private key file is damaged (cut short or edited): its PEM text does not decode; use an intact copy",
          { cause },
        );
      }
      throw invalid(cause);
    }
  }
  // DER: PKCS#8 first (what `openssl pkcs8 -outform DER` writes), then traditional PKCS#1.
  for (const type of ["pkcs8", "pkcs1"] as const) {
    try {
      return createPrivateKey({ key: bytes, format: "der", type, passphrase });
    } catch {
      // try the next encoding
    }
  }
  throw invalid(undefined);
}

/**
 * Encrypts a probe with the key's public half and decrypts it with the key, as every request
 * will: a key whose numbers do not belong together (a damaged file that still parses) fails
 * here, at start, rather than answering every request with 421.
 */
function selfTest(key: KeyObject): KeyObject {
  const probe = randomBytes(16);
  const oaep = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" } as const;
  let ok = false;
  try {
    const sealed = publicEncrypt({ key: createPublicKey(key), ...oaep }, probe);
    ok = privateDecrypt({ key, ...oaep }, sealed).equals(probe);
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new FlowPrivateKeyError(
      "failed-self-test",
      "the business private key loads but cannot decrypt what its public key encrypts: its file is damaged; use an intact copy",
    );
  }
  return key;
}

function invalid(cause: unknown): FlowPrivateKeyError {
  return new FlowPrivateKeyError(
    "invalid-key",
    "the business private key is not a PEM or DER private key (expected PKCS#8 or PKCS#1 RSA)",
    { cause },
  );
}

function checkRsa2048(key: KeyObject): KeyObject {
  if (key.type !== "private") {
    throw new FlowPrivateKeyError("not-private", "the flow endpoint needs a private key");
  }
  if (key.asymmetricKeyType !== "rsa") {
    throw new FlowPrivateKeyError(
      "not-rsa",
      `the business private key is ${key.asymmetricKeyType ?? "not asymmetric"}, WhatsApp Flows needs RSA-2048`,
    );
  }
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (bits !== MODULUS_BITS) {
    throw new FlowPrivateKeyError(
      "wrong-size",
      `the business private key is RSA-${bits}, WhatsApp Flows needs RSA-2048`,
    );
  }
  return key;
}
