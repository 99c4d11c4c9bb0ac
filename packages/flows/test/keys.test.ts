import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { FlowPrivateKeyError, loadFlowPrivateKey } from "@tswa/flows";
import { describe, expect, it } from "vitest";
import { privateKeyPem, readKey, TEST_PASSPHRASE } from "./fixtures/index.js";

const reference = createPrivateKey(privateKeyPem).export({ type: "pkcs1", format: "der" });
const sameKey = (key: ReturnType<typeof loadFlowPrivateKey>) =>
  expect(key.export({ type: "pkcs1", format: "der" }).equals(reference)).toBe(true);

function keyError(load: () => unknown): FlowPrivateKeyError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(FlowPrivateKeyError);
    return error as FlowPrivateKeyError;
  }
  throw new Error("expected the key to be rejected");
}

/** `pem` with one base64 character of line `line` (from the end when negative) changed. */
function edit(pem: string, line: number, change: (text: string) => string): string {
  const lines = pem.split("\n");
  const at = line < 0 ? lines.length + line : line;
  lines[at] = change(lines[at] as string);
  return lines.join("\n");
}
const flip = (text: string) =>
  `${text.slice(0, 10)}${text[10] === "A" ? "B" : "A"}${text.slice(11)}`;

describe("damaged key files", () => {
  const encrypted = readKey("pkcs8-encrypted.pem").toString("utf8");
  const legacy = readKey("pkcs1-encrypted.pem").toString("utf8");

  it("tells a wrong passphrase from a damaged file", () => {
    expect(keyError(() => loadFlowPrivateKey(encrypted, "wrong")).reason).toBe("wrong-passphrase");
    expect(keyError(() => loadFlowPrivateKey(legacy, "wrong")).reason).toBe("wrong-passphrase");
  });

  it.each([
    [
      "cut short",
      (pem: string) =>
        pem
          .split("\n")
          .filter((_, i, all) => i < 8 || i >= all.length - 2)
          .join("\n"),
    ],
    [
      "with a character that is not base64",
      (pem: string) => edit(pem, 5, (l) => `${l.slice(0, 5)}*${l.slice(6)}`),
    ],
    ["with a line removed", (pem: string) => edit(pem, 3, () => "")],
  ])("reports an encrypted PKCS#8 file %s as damaged, not as a wrong passphrase", (_, damage) => {
    const error = keyError(() => loadFlowPrivateKey(damage(encrypted), TEST_PASSPHRASE));
    expect(error.reason).toBe("damaged");
    expect(error.message).toMatch(/damaged/);
  });

  it("reports a legacy encrypted PKCS#1 file whose ciphertext was edited as damaged", () => {
    const middle = Math.floor(legacy.split("\n").length / 2);
    const error = keyError(() => loadFlowPrivateKey(edit(legacy, middle, flip), TEST_PASSPHRASE));
    expect(error.reason).toBe("damaged");
  });

  it("rejects at load a key that parses but cannot decrypt what its public key encrypts", () => {
    const jwk = createPrivateKey(privateKeyPem).export({ format: "jwk" });
    // Both the private exponent and a CRT exponent wrong: OpenSSL cannot recover the result.
    const broken = createPrivateKey({
      key: { ...jwk, d: flip(jwk.d as string), dp: flip(jwk.dp as string) },
      format: "jwk",
    });
    const error = keyError(() => loadFlowPrivateKey(broken));
    expect(error.reason).toBe("failed-self-test");
    expect(error.message).toMatch(/damaged/);
  });
});

describe("loadFlowPrivateKey", () => {
  it.each([
    ["unencrypted PKCS#8 PEM", "pkcs8.pem", undefined],
    ["traditional PKCS#1 PEM", "pkcs1.pem", undefined],
    ["passphrase-protected PKCS#8 PEM", "pkcs8-encrypted.pem", TEST_PASSPHRASE],
    ["passphrase-protected PKCS#1 PEM (Proc-Type)", "pkcs1-encrypted.pem", TEST_PASSPHRASE],
    ["PKCS#8 DER", "pkcs8.der", undefined],
    ["PKCS#1 DER", "pkcs1.der", undefined],
  ])("loads an %s", (_, file, passphrase) => {
    sameKey(loadFlowPrivateKey(readKey(file), passphrase));
  });

  it("accepts the PEM as a string and as bytes, and returns the cached KeyObject", () => {
    const fromString = loadFlowPrivateKey(
      readKey("pkcs8-encrypted.pem").toString(),
      TEST_PASSPHRASE,
    );
    const fromBytes = loadFlowPrivateKey(
      new Uint8Array(readKey("pkcs8-encrypted.pem")),
      TEST_PASSPHRASE,
    );
    expect(fromBytes).toBe(fromString);
    sameKey(fromString);
  });

  it("accepts a KeyObject as is", () => {
    const key = createPrivateKey(privateKeyPem);
    expect(loadFlowPrivateKey(key)).toBe(key);
  });

  it.each(["pkcs8-encrypted.pem", "pkcs1-encrypted.pem"])(
    "asks for the passphrase of %s when none is given",
    (file) => {
      const error = keyError(() => loadFlowPrivateKey(readKey(file)));
      expect(error.reason).toBe("passphrase-required");
      expect(error.message).toMatch(/passphrase/);
    },
  );

  it.each(["pkcs8-encrypted.pem", "pkcs1-encrypted.pem"])(
    "says the passphrase of %s is wrong",
    (file) => {
      const error = keyError(() => loadFlowPrivateKey(readKey(file), "not-the-passphrase"));
      expect(error.reason).toBe("wrong-passphrase");
      expect(error.message).not.toContain("not-the-passphrase");
    },
  );

  it.each([
    ["RSA-1024", "rsa1024.pem", "wrong-size", /RSA-1024.*RSA-2048/],
    ["RSA-3072", "rsa3072.pem", "wrong-size", /RSA-3072.*RSA-2048/],
    ["an EC key", "ec.pem", "not-rsa", /ec.*RSA-2048/],
    ["a public key", "public.pem", "not-private", /public key/],
  ])("rejects %s", (_, file, reason, message) => {
    const error = keyError(() => loadFlowPrivateKey(readKey(file)));
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });

  it("rejects text that is no key, without echoing it", () => {
    const error = keyError(() =>
      loadFlowPrivateKey("-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----"),
    );
    // A PEM labelled as a private key whose body does not decode is a damaged file.
    expect(error.reason).toBe("damaged");
    expect(error.message).not.toContain("not base64");
    expect(keyError(() => loadFlowPrivateKey(Buffer.from("random bytes"))).reason).toBe(
      "invalid-key",
    );
  });

  it("rejects a public KeyObject", () => {
    const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    expect(keyError(() => loadFlowPrivateKey(publicKey)).reason).toBe("not-private");
  });
});
