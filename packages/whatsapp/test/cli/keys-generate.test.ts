import { createHash, createPublicKey } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FlowPrivateKeyError, loadFlowPrivateKey } from "tswa";
import { describe, expect, it } from "vitest";
import { tswa } from "./fixtures.js";

const PASSPHRASE = "correct horse battery staple";
/** DER of the aes-256-cbc OID (2.16.840.1.101.3.4.1.42), as PKCS#8 encryption names it. */
const AES_256_CBC_OID = Buffer.from("060960864801650304012a", "hex");

const tempDir = () => mkdtempSync(join(tmpdir(), "tswa-keys-"));
const fingerprint = (pem: string) =>
  `SHA256:${createHash("sha256")
    .update(createPublicKey(pem).export({ type: "spki", format: "der" }))
    .digest("base64")
    .replace(/=+$/, "")}`;
const pemBody = (pem: string) => Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ""), "base64");

describe("tswa keys generate", () => {
  it("writes an RSA-2048 PKCS#8 private key readable by its owner only, and its SPKI public key", async () => {
    const dir = tempDir();
    const run = await tswa(["keys", "generate", "--out", dir]);
    expect(run.code).toBe(0);
    const privatePem = readFileSync(join(dir, "private.pem"), "utf8");
    const publicPem = readFileSync(join(dir, "public.pem"), "utf8");
    expect(privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(statSync(join(dir, "private.pem")).mode & 0o777).toBe(0o600);
    const key = loadFlowPrivateKey(privatePem);
    expect(key.asymmetricKeyDetails).toMatchObject({ modulusLength: 2048, publicExponent: 65537n });
    expect(createPublicKey(key).export({ type: "spki", format: "pem" })).toBe(publicPem);
    expect(run.stdout.split("\n")).toEqual([
      `wrote ${dir}/private.pem (private key, PKCS#8, not encrypted, mode 0600: keep it secret)`,
      `wrote ${dir}/public.pem (public key, SPKI, ${fingerprint(publicPem)})`,
      "",
      "next steps:",
      "  1. upload the public key for your phone number:",
      `       tswa keys upload --public-key ${dir}/public.pem --phone-id <phone number id>`,
      "  2. give the private key to your flow endpoint:",
      `       new WhatsApp({ businessPrivateKey: readFileSync("${dir}/private.pem") })`,
      "",
    ]);
    expect(run.stderr).toBe(
      "generating an RSA-2048 key pair…\nnote: the private key is not encrypted; keep it out of version control, or make it again with --passphrase-env\n",
    );
  });

  it("encrypts the private key with aes-256-cbc under the passphrase from --passphrase-env", async () => {
    const dir = tempDir();
    const run = await tswa(["keys", "generate", "--out", dir, "--passphrase-env", "KEY_PASS"], {
      KEY_PASS: PASSPHRASE,
    });
    expect(run.code).toBe(0);
    const privatePem = readFileSync(join(dir, "private.pem"), "utf8");
    const publicPem = readFileSync(join(dir, "public.pem"), "utf8");
    expect(privatePem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    expect(pemBody(privatePem).includes(AES_256_CBC_OID)).toBe(true);
    // The round trip a flow endpoint makes: the generated key loads with the passphrase only.
    const key = loadFlowPrivateKey(privatePem, PASSPHRASE);
    expect(createPublicKey(key).export({ type: "spki", format: "pem" })).toBe(publicPem);
    expect(() => loadFlowPrivateKey(privatePem)).toThrow(
      expect.objectContaining({ reason: "passphrase-required" }),
    );
    expect(() => loadFlowPrivateKey(privatePem, "wrong")).toThrow(FlowPrivateKeyError);
    expect(run.stdout).toContain("(private key, PKCS#8, encrypted with aes-256-cbc, mode 0600");
    expect(run.stdout).toContain(", businessPrivateKeyPassword: <the passphrase> })");
    expect(run.stderr).toBe(
      "generating an RSA-2048 key pair (private key encrypted with aes-256-cbc)…\n",
    );
    expect(run.stdout + run.stderr).not.toContain(PASSPHRASE);
  });

  it("takes the passphrase inline with --passphrase, and makes the --out directory", async () => {
    const dir = join(tempDir(), "nested", "keys");
    const run = await tswa(["keys", "generate", `--out=${dir}`, "--passphrase", PASSPHRASE]);
    expect(run.code).toBe(0);
    const privatePem = readFileSync(join(dir, "private.pem"), "utf8");
    expect(loadFlowPrivateKey(privatePem, PASSPHRASE).asymmetricKeyType).toBe("rsa");
  });

  it("writes into the working directory by default", async () => {
    const dir = tempDir();
    const run = await tswa(["keys", "generate"], {}, dir);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["private.pem", "public.pem"]);
  });

  it("refuses to overwrite an existing key without --force, and writes nothing", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "public.pem"), "old public key");
    const run = await tswa(["keys", "generate", "--out", dir]);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        `tswa: keys generate: ${dir}/public.pem already exists`,
        "hint: pass --force to replace it (flows still using the old key stop working until you upload the new public key), or --out <dir> to write elsewhere",
        "",
      ].join("\n"),
    });
    expect(readdirSync(dir)).toEqual(["public.pem"]);
    expect(readFileSync(join(dir, "public.pem"), "utf8")).toBe("old public key");
  });

  it("replaces both files with --force, leaving no temporary file and a 0600 private key", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "private.pem"), "old private key", { mode: 0o644 });
    writeFileSync(join(dir, "public.pem"), "old public key");
    const run = await tswa(["keys", "generate", "--out", dir, "--force"]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["private.pem", "public.pem"]);
    expect(statSync(join(dir, "private.pem")).mode & 0o777).toBe(0o600);
    const privatePem = readFileSync(join(dir, "private.pem"), "utf8");
    expect(createPublicKey(privatePem).export({ type: "spki", format: "pem" })).toBe(
      readFileSync(join(dir, "public.pem"), "utf8"),
    );
  });

  it.each([
    [["--passphrase-env", "UNSET_VAR"], "--passphrase-env: $UNSET_VAR is not set or empty"],
    [
      ["--passphrase", "a", "--passphrase-env", "P"],
      "pass --passphrase or --passphrase-env, not both",
    ],
    [["--passphrase="], "--passphrase is empty"],
    [["--out"], "--out needs a value"],
    [["--force=yes"], "--force takes no value"],
    [["--bogus"], "unknown option --bogus"],
    [["extra"], 'unexpected argument "extra"'],
  ])("exits 2 on a usage error: %j", async (args, message) => {
    const dir = tempDir();
    const run = await tswa(["keys", "generate", ...args], { P: "x" }, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toEqual([
      `tswa: keys generate: ${message}`,
      "usage: tswa keys generate [--out <dir>] [--passphrase-env <VAR> | --passphrase <p>] [--force]",
      "(tswa keys generate --help for details)",
      "",
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("tswa keys generate: next steps", () => {
  it("leaves --phone-id out of the upload command when $WHATSAPP_PHONE_ID is set", async () => {
    const dir = tempDir();
    const run = await tswa(["keys", "generate", "--out", dir], {
      WHATSAPP_PHONE_ID: "106540352242922",
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `       tswa keys upload --public-key ${dir}/public.pem (for $WHATSAPP_PHONE_ID, 106540352242922)\n`,
    );
    expect(run.stdout).not.toContain("--phone-id");
  });
});
