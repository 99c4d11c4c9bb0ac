import { resolve } from "node:path";
import { type CliCommand, type CliContext, parseCommandArgs, usageOf } from "./command.js";
import { connect, GRAPH_OPTIONS_HELP, graphOptions, phoneOption } from "./connection.js";
import { CommandFailure, ExitCode, UsageError } from "./errors.js";
import {
  generateFlowKeyPair,
  keyFingerprint,
  PRIVATE_KEY_FILE,
  PUBLIC_KEY_FILE,
  readPublicKeyFile,
  refuseExistingKeys,
  writeKeyPair,
} from "./key-files.js";

const generateOptions = {
  out: { type: "string" },
  passphrase: { type: "string" },
  "passphrase-env": { type: "string" },
  force: { type: "boolean" },
} as const;

/** `tswa keys generate`: an RSA-2048 pair for flow endpoints. */
export const keysGenerate: CliCommand = {
  name: "keys generate",
  summary: "make an RSA-2048 key pair for flow endpoints",
  usage:
    "usage: tswa keys generate [--out <dir>] [--passphrase-env <VAR> | --passphrase <p>] [--force]",
  help: `Makes the RSA-2048 key pair a flow endpoint needs: ${PRIVATE_KEY_FILE} (PKCS#8, readable by
you only; encrypted with aes-256-cbc when you give a passphrase) and ${PUBLIC_KEY_FILE} (SPKI), which
you upload for your phone number with \`tswa keys upload\`.

usage: tswa keys generate [options]

options:
  --out <dir>              where to write the files (default: the current directory)
  --passphrase-env <VAR>   encrypt the private key with the passphrase in $VAR
  --passphrase <p>         encrypt it with <p> (visible in your shell history: prefer --passphrase-env)
  --force                  replace existing key files

example:
  KEY_PASSPHRASE=… tswa keys generate --out keys --passphrase-env KEY_PASSPHRASE`,
  async run(argv, context) {
    const { values } = parseCommandArgs(argv, this, generateOptions);
    const passphrase = readPassphrase(values, context, this);
    const dir = resolve(context.cwd, values.out ?? ".");
    const force = values.force === true;
    if (!force) await refuseExistingKeys(dir);
    context.output.progress(
      `generating an RSA-2048 key pair${passphrase === undefined ? "" : " (private key encrypted with aes-256-cbc)"}…`,
    );
    const pair = await generateFlowKeyPair(passphrase);
    const { privateKeyPath, publicKeyPath } = await writeKeyPair(dir, pair, values.force === true);
    const encrypted = passphrase === undefined ? "not encrypted" : "encrypted with aes-256-cbc";
    context.output.result(
      `wrote ${privateKeyPath} (private key, PKCS#8, ${encrypted}, mode 0600: keep it secret)`,
      `wrote ${publicKeyPath} (public key, SPKI, ${keyFingerprint(pair.publicKey)})`,
      "",
      "next steps:",
      "  1. upload the public key for your phone number:",
      // With $WHATSAPP_PHONE_ID set, keys upload reads it: the flag would only be noise.
      `       tswa keys upload --public-key ${publicKeyPath}${context.env.WHATSAPP_PHONE_ID ? ` (for $WHATSAPP_PHONE_ID, ${context.env.WHATSAPP_PHONE_ID})` : " --phone-id <phone number id>"}`,
      "  2. give the private key to your flow endpoint:",
      `       new WhatsApp({ businessPrivateKey: readFileSync("${privateKeyPath}")${passphrase === undefined ? "" : ", businessPrivateKeyPassword: <the passphrase>"} })`,
    );
    if (passphrase === undefined) {
      context.output.error(
        "note: the private key is not encrypted; keep it out of version control, or make it again with --passphrase-env",
      );
    }
    return ExitCode.OK;
  },
};

function readPassphrase(
  values: { passphrase?: string | undefined; "passphrase-env"?: string | undefined },
  context: CliContext,
  command: CliCommand,
): string | undefined {
  const variable = values["passphrase-env"];
  if (values.passphrase !== undefined && variable !== undefined) {
    throw new UsageError("pass --passphrase or --passphrase-env, not both", usageOf(command));
  }
  const passphrase = variable === undefined ? values.passphrase : context.env[variable];
  if (variable !== undefined && !passphrase) {
    throw new UsageError(`--passphrase-env: $${variable} is not set or empty`, usageOf(command));
  }
  if (passphrase === "") throw new UsageError("--passphrase is empty", usageOf(command));
  context.output.addSecret(passphrase);
  return passphrase;
}

const uploadOptions = {
  "public-key": { type: "string" },
  ...phoneOption,
  ...graphOptions,
} as const;

/** `tswa keys upload`: sets the business public key of a phone number and checks it. */
export const keysUpload: CliCommand = {
  name: "keys upload",
  summary: "upload the business public key of a phone number",
  usage: "usage: tswa keys upload --public-key <file> [--phone-id <id>] [Graph API options]",
  help: `Uploads the business public key WhatsApp encrypts flow requests with, for one phone number,
then reads it back and reports its signature status. Needed once per number, and again after the
number is registered again.

usage: tswa keys upload --public-key <file> [options]

options:
  --public-key <file>    the public key (PEM); a private key file works too (only its public half is sent)
  --phone-id <id>        the phone number id (default: $WHATSAPP_PHONE_ID)

${GRAPH_OPTIONS_HELP}

example:
  WHATSAPP_TOKEN=… tswa keys upload --public-key keys/public.pem --phone-id 106540352242922`,
  async run(argv, context) {
    const { values } = parseCommandArgs(argv, this, uploadOptions);
    const file = values["public-key"];
    if (file === undefined) throw new UsageError("missing --public-key <file>", usageOf(this));
    const { wa, phoneId } = connect(values, context, this, ["phoneId"]);
    const key = await readPublicKeyFile(resolve(context.cwd, file));
    const fingerprint = keyFingerprint(key);
    context.output.progress(`uploading public key ${fingerprint} for phone ${phoneId}…`);
    await wa.setBusinessPublicKey(key);
    context.output.progress(`checking the key WhatsApp holds for phone ${phoneId}…`);
    const held = await wa.getBusinessPublicKey();
    if (held === undefined) {
      throw new CommandFailure(
        `WhatsApp reports no public key for phone ${phoneId} after the upload`,
        ["try again in a minute; check that the phone number id belongs to the token's account"],
      );
    }
    const heldFingerprint = fingerprintOf(held.businessPublicKey);
    if (heldFingerprint !== fingerprint) {
      throw new CommandFailure(
        `WhatsApp holds a different key (${heldFingerprint}) than the one uploaded (${fingerprint})`,
        ["another upload may have raced this one: run tswa keys upload again"],
      );
    }
    const status = held.signatureStatus ?? "unknown";
    context.output.result(
      `uploaded public key ${fingerprint} for phone ${phoneId}`,
      `signature status: ${status}`,
    );
    if (status === "MISMATCH") {
      throw new CommandFailure("WhatsApp reports the key's signature status as MISMATCH", [
        "upload the key again; if it stays MISMATCH, register the phone number again and then upload",
      ]);
    }
    return ExitCode.OK;
  },
};

/** The fingerprint of the key Graph returned, or a placeholder when it is not a readable key. */
function fingerprintOf(pem: string): string {
  try {
    return keyFingerprint(pem);
  } catch {
    return "an unreadable key";
  }
}
