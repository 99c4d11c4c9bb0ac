import { createHash, createPublicKey, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { privateKey as encryptedPrivateKey, publicKey } from "../fixtures/keys.js";
import {
  expectNoToken,
  type GraphAnswer,
  graphError,
  graphPerTest,
  TOKEN,
  tswa,
} from "./fixtures.js";

const PHONE = "106540352242922";
const ENCRYPTION = `/${PHONE}/whatsapp_business_encryption`;
const dir = mkdtempSync(join(tmpdir(), "tswa-upload-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const fingerprint = `SHA256:${createHash("sha256")
  .update(createPublicKey(publicKey).export({ type: "spki", format: "der" }))
  .digest("base64")
  .replace(/=+$/, "")}`;

/** An unencrypted private key (PKCS#1, as `openssl genrsa` writes it) and its public half. */
const plain = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
let publicFile: string;
let plainPrivateFile: string;
beforeAll(() => {
  publicFile = file("public.pem", publicKey);
  plainPrivateFile = file("plain-private.pem", plain.privateKey);
});

const serve = graphPerTest({ WHATSAPP_TOKEN: TOKEN, WHATSAPP_PHONE_ID: PHONE });

/** A Graph stand-in that keeps the uploaded key and reads it back with `status`. */
function keyStore(status = "VALID", post?: GraphAnswer) {
  let held: string | undefined;
  return serve({
    [`POST ${ENCRYPTION}`]: (call) => {
      if (post) return post;
      held = new URLSearchParams(call.body).get("business_public_key") ?? undefined;
      return { body: { success: true } };
    },
    [`GET ${ENCRYPTION}`]: () => ({
      body: { data: [{ business_public_key: held, business_public_key_signature_status: status }] },
    }),
  });
}

describe("tswa keys upload", () => {
  it("uploads the public key, reads it back and prints its signature status", async () => {
    const g = await keyStore();
    const run = await tswa(["keys", "upload", "--public-key", publicFile], g.env);
    expect(run).toEqual({
      code: 0,
      stdout: `uploaded public key ${fingerprint} for phone ${PHONE}\nsignature status: VALID\n`,
      stderr: `uploading public key ${fingerprint} for phone ${PHONE}…\nchecking the key WhatsApp holds for phone ${PHONE}…\n`,
    });
    expect(g.calls.map((c) => `${c.method} ${c.version} ${c.path}`)).toEqual([
      `POST v26.0 ${ENCRYPTION}`,
      `GET v26.0 ${ENCRYPTION}`,
    ]);
    const [post] = g.calls;
    expect(post?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(post?.headers["content-type"]).toBe("application/x-www-form-urlencoded;charset=UTF-8");
    expect(new URLSearchParams(post?.body).get("business_public_key")).toBe(publicKey);
  });

  it("sends only the public half of a private key file", async () => {
    const g = await keyStore();
    const run = await tswa(["keys", "upload", "--public-key", plainPrivateFile], g.env);
    expect(run.code).toBe(0);
    const sent = new URLSearchParams(g.calls[0]?.body).get("business_public_key") ?? "";
    expect(sent).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(g.calls[0]?.body).not.toContain("PRIVATE");
    expect(sent).toBe(plain.publicKey);
  });

  it("takes flags over the environment: --token, --phone-id, --api-version, --base-url", async () => {
    const g = await serve({
      "POST /999/whatsapp_business_encryption": () => ({ body: { success: true } }),
      "GET /999/whatsapp_business_encryption": () => ({
        body: { business_public_key: publicKey, business_public_key_signature_status: "VALID" },
      }),
    });
    const run = await tswa(
      [
        "keys",
        "upload",
        "--public-key",
        publicFile,
        "--phone-id",
        "999",
        "--token",
        "flag-token-123456",
        "--api-version",
        "v25.0",
        "--base-url",
        g.url,
      ],
      { WHATSAPP_TOKEN: TOKEN, WHATSAPP_PHONE_ID: "111", GRAPH_BASE_URL: "http://127.0.0.1:1" },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `uploaded public key ${fingerprint} for phone 999\nsignature status: VALID\n`,
    );
    expect(g.calls.map((c) => [c.version, c.path, c.headers.authorization])).toEqual([
      ["v25.0", "/999/whatsapp_business_encryption", "Bearer flag-token-123456"],
      ["v25.0", "/999/whatsapp_business_encryption", "Bearer flag-token-123456"],
    ]);
    expect(run.stdout + run.stderr).not.toContain("flag-token-123456");
  });

  it("shows Graph's code, message and trace id when Graph refuses, and exits 1", async () => {
    const g = await keyStore("VALID", graphError(403, 200, "(#200) Permissions error"));
    const run = await tswa(["keys", "upload", "--public-key", publicFile], g.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").slice(1)).toEqual([
      "tswa: keys upload: Graph error 200: (#200) Permissions error. (fbtrace_id AxTrace42)",
      "hint: check the access token (--token or WHATSAPP_TOKEN) and that it has the whatsapp_business_management permission",
      "",
    ]);
    expect(g.calls).toHaveLength(1);
    expectNoToken(run);
  });

  it("fails when WhatsApp reports the signature as MISMATCH", async () => {
    const g = await keyStore("MISMATCH");
    const run = await tswa(["keys", "upload", "--public-key", publicFile], g.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `uploaded public key ${fingerprint} for phone ${PHONE}\nsignature status: MISMATCH\n`,
    );
    expect(run.stderr).toContain(
      "tswa: keys upload: WhatsApp reports the key's signature status as MISMATCH\nhint: upload the key again",
    );
  });

  it.each([
    [{ data: [] }, `WhatsApp reports no public key for phone ${PHONE} after the upload`],
    [
      { business_public_key: plain.publicKey, business_public_key_signature_status: "VALID" },
      "WhatsApp holds a different key (SHA256:",
    ],
  ])("fails when the key read back is not the one uploaded: %j", async (held, message) => {
    const g = await serve({
      [`POST ${ENCRYPTION}`]: () => ({ body: { success: true } }),
      [`GET ${ENCRYPTION}`]: () => ({ body: held }),
    });
    const run = await tswa(["keys", "upload", "--public-key", publicFile], g.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[2]).toContain(`tswa: keys upload: ${message}`);
  });

  it("prints each Graph call with --verbose, and the stack of an error, never the token", async () => {
    const g = await keyStore("VALID", graphError(400, 100, "Invalid parameter"));
    const run = await tswa(["keys", "upload", "--public-key", publicFile, "--verbose"], g.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^graph: POST ${g.url}/v26\\.0${ENCRYPTION} -> HTTP 400 \\(\\d+ ms\\)$`, "m"),
    );
    expect(run.stderr).toContain("tswa: keys upload: Graph error 100: Invalid parameter.");
    expect(run.stderr).toMatch(/^GraphApiError: POST \/\d+\/whatsapp_business_encryption failed/m);
    expect(run.stderr).toMatch(/^\s+at /m);
    expectNoToken(run);
  });

  it.each([
    [
      "an EC key",
      () => file("ec.pem", ecPublicKey()),
      "ec.pem is not an RSA key (it is ec): WhatsApp Flows needs RSA-2048",
    ],
    [
      "an RSA-1024 key",
      () => file("small.pem", rsaPublicKey(1024)),
      "small.pem is an RSA-1024 key: WhatsApp Flows needs RSA-2048",
    ],
    [
      "an encrypted private key",
      () => file("enc.pem", encryptedPrivateKey),
      `${dir}/enc.pem is an encrypted private key`,
    ],
    [
      "text that is no key",
      () => file("junk.pem", "hello"),
      `${dir}/junk.pem is not a PEM public or private key`,
    ],
    [
      "a missing file",
      () => join(dir, "missing.pem"),
      `cannot read ${dir}/missing.pem: no such file`,
    ],
  ])("exits 1 without calling Graph for %s", async (_, make, message) => {
    const g = await keyStore();
    const run = await tswa(["keys", "upload", "--public-key", make()], g.env);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe(`tswa: keys upload: ${message}`);
    expect(g.calls).toEqual([]);
  });

  it.each([
    [{ WHATSAPP_PHONE_ID: PHONE }, "missing the access token: pass --token or set WHATSAPP_TOKEN"],
    [
      { WHATSAPP_TOKEN: TOKEN },
      "missing the phone number id: pass --phone-id or set WHATSAPP_PHONE_ID",
    ],
    [
      { WHATSAPP_TOKEN: TOKEN, WHATSAPP_PHONE_ID: "+1 555" },
      "invalid --phone-id or WHATSAPP_PHONE_ID: must be digits",
    ],
    [
      { WHATSAPP_TOKEN: "", WHATSAPP_PHONE_ID: PHONE },
      "missing the access token: pass --token or set WHATSAPP_TOKEN",
    ],
  ])("exits 2 naming the flag and variable to set: %j", async (vars, message) => {
    const g = await keyStore();
    const run = await tswa(["keys", "upload", "--public-key", publicFile], {
      GRAPH_BASE_URL: g.url,
      ...vars,
    });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toEqual([
      `tswa: keys upload: ${message}`,
      "usage: tswa keys upload --public-key <file> [--phone-id <id>] [Graph API options]",
      "(tswa keys upload --help for details)",
      "",
    ]);
    expect(g.calls).toEqual([]);
    expectNoToken(run);
  });

  it("exits 2 without --public-key", async () => {
    const run = await tswa(["keys", "upload"], { WHATSAPP_TOKEN: TOKEN, WHATSAPP_PHONE_ID: PHONE });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("tswa: keys upload: missing --public-key <file>");
  });
});

function ecPublicKey(): string {
  return generateKeyPairSync("ec", { namedCurve: "P-256" })
    .publicKey.export({ type: "spki", format: "pem" })
    .toString();
}

function rsaPublicKey(bits: number): string {
  return generateKeyPairSync("rsa", { modulusLength: bits })
    .publicKey.export({ type: "spki", format: "pem" })
    .toString();
}
