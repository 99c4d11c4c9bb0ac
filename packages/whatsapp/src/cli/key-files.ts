import {
  createHash,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
  randomUUID,
} from "node:crypto";
import { access, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { CommandFailure } from "./errors.js";

/** The private key file `tswa keys generate` writes. */
export const PRIVATE_KEY_FILE = "private.pem";
/** The public key file `tswa keys generate` writes, the one to upload. */
export const PUBLIC_KEY_FILE = "public.pem";

/** A key pair as PEM text: the private key PKCS#8 (encrypted with a passphrase), the public SPKI. */
export interface KeyPairPem {
  privateKey: string;
  publicKey: string;
}

/**
 * Generates an RSA-2048 pair, the size WhatsApp Flows requires, off the main thread. With a
 * passphrase, the private key is encrypted PKCS#8 (aes-256-cbc), which `loadFlowPrivateKey`
 * and `openssl` both read.
 */
export function generateFlowKeyPair(passphrase: string | undefined): Promise<KeyPairPem> {
  return new Promise((resolve, reject) => {
    generateKeyPair(
      "rsa",
      {
        modulusLength: 2048,
        publicExponent: 0x10001,
        publicKeyEncoding: { type: "spki", format: "pem" },
        privateKeyEncoding:
          passphrase === undefined
            ? { type: "pkcs8", format: "pem" }
            : { type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase },
      },
      (error, publicKey, privateKey) =>
        error ? reject(error) : resolve({ privateKey, publicKey }),
    );
  });
}

/** Throws unless `dir` has neither key file, so that nothing is generated in vain. */
export async function refuseExistingKeys(dir: string): Promise<void> {
  for (const path of [join(dir, PRIVATE_KEY_FILE), join(dir, PUBLIC_KEY_FILE)]) {
    if (await exists(path)) {
      throw new CommandFailure(`${path} already exists`, [
        "pass --force to replace it (flows still using the old key stop working until you upload the new public key), or --out <dir> to write elsewhere",
      ]);
    }
  }
}

/**
 * Writes the pair into `dir` (made if missing): `private.pem` readable by the owner only (0600),
 * `public.pem` 0644. Without `force`, never replaces a file, even one made since
 * {@link refuseExistingKeys} looked. With `force`, each file is written to a temporary name and
 * renamed over the old one, so a failure never leaves a half-written key.
 */
export async function writeKeyPair(
  dir: string,
  pair: KeyPairPem,
  force: boolean,
): Promise<{ privateKeyPath: string; publicKeyPath: string }> {
  const privateKeyPath = join(dir, PRIVATE_KEY_FILE);
  const publicKeyPath = join(dir, PUBLIC_KEY_FILE);
  await mkdir(dir, { recursive: true });
  await writeFileSafely(privateKeyPath, pair.privateKey, 0o600, force);
  await writeFileSafely(publicKeyPath, pair.publicKey, 0o644, force);
  return { privateKeyPath, publicKeyPath };
}

/**
 * Reads an RSA-2048 public key from a PEM file: a public key (SPKI or PKCS#1) or an unencrypted
 * private key, whose public half is taken here.
 *
 * @throws {@link CommandFailure} saying what the file holds instead.
 */
export async function readPublicKeyFile(path: string): Promise<KeyObject> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES"
          ? "permission denied"
          : (error as Error).message;
    throw new CommandFailure(`cannot read ${path}: ${reason}`);
  }
  if (/BEGIN ENCRYPTED PRIVATE KEY|Proc-Type:\s*4,\s*ENCRYPTED/.test(text)) {
    throw new CommandFailure(`${path} is an encrypted private key`, [
      `pass the public key instead (tswa keys generate writes it as ${PUBLIC_KEY_FILE}, next to ${PRIVATE_KEY_FILE})`,
    ]);
  }
  let key: KeyObject;
  try {
    key = createPublicKey(text);
  } catch {
    throw new CommandFailure(`${path} is not a PEM public or private key`, [
      "expected -----BEGIN PUBLIC KEY----- (make a pair with tswa keys generate)",
    ]);
  }
  if (key.asymmetricKeyType !== "rsa") {
    throw new CommandFailure(
      `${basename(path)} is not an RSA key (it is ${key.asymmetricKeyType ?? "unknown"}): WhatsApp Flows needs RSA-2048`,
      ["make an RSA-2048 pair with tswa keys generate"],
    );
  }
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (bits !== 2048) {
    throw new CommandFailure(
      `${basename(path)} is an RSA-${bits} key: WhatsApp Flows needs RSA-2048`,
      ["make an RSA-2048 pair with tswa keys generate"],
    );
  }
  return key;
}

/** The SHA-256 of the key's SPKI bytes, as `SHA256:<base64>` (the form OpenSSH prints). */
export function keyFingerprint(key: KeyObject | string): string {
  // createPublicKey takes PEM or a private KeyObject, not a KeyObject that is already public.
  const publicKey = typeof key !== "string" && key.type === "public" ? key : createPublicKey(key);
  const der = publicKey.export({ type: "spki", format: "der" });
  return `SHA256:${createHash("sha256").update(der).digest("base64").replace(/=+$/, "")}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function writeFileSafely(path: string, text: string, mode: number, replace: boolean) {
  if (!replace) {
    // "wx": fail rather than overwrite a file made since refuseExistingKeys looked.
    await writeFile(path, text, { mode, flag: "wx" });
    return;
  }
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, text, { mode, flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
