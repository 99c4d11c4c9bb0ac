import {
  constants,
  createCipheriv,
  createPublicKey,
  publicEncrypt,
  randomBytes,
} from "node:crypto";
import type { RunningServer } from "@tswa/flows/node";
import { decryptFlowResponse, encryptFlowRequest } from "@tswa/flows/simulator";
import { consoleLogger, WhatsApp } from "tswa";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PASSPHRASE, privateKey, publicKey } from "./fixtures/keys.js";

let running: RunningServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await running?.close({ timeout: 0 });
  running = undefined;
});

/** Encrypts payload text as the WhatsApp client does, for JSON that JSON.stringify cannot make. */
function encryptText(text: string) {
  const aesKey = randomBytes(16);
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-128-gcm", aesKey, iv);
  const data = Buffer.concat([cipher.update(text, "utf8"), cipher.final(), cipher.getAuthTag()]);
  const wrapped = publicEncrypt(
    {
      key: createPublicKey(publicKey),
      padding: constants.RSA_PKCS1_OAEP_PADDING,
      oaepHash: "sha256",
    },
    aesKey,
  );
  return {
    body: JSON.stringify({
      encrypted_flow_data: data.toString("base64"),
      encrypted_aes_key: wrapped.toString("base64"),
      initial_vector: iv.toString("base64"),
    }),
    aesKey,
    iv,
  };
}

function client(): WhatsApp {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  const wa = new WhatsApp({
    businessPrivateKey: privateKey,
    businessPrivateKeyPassword: PASSPHRASE,
    logger: consoleLogger({ level: "debug" }),
    logPayloads: true,
  });
  wa.on("error", () => undefined);
  return wa;
}

describe("logPayloads never costs an answer", () => {
  it("answers 200 to a request whose data nests deeper than JSON.stringify can go", async () => {
    const wa = client();
    wa.onFlowRequest("/flow", (req) =>
      req.respond({ screen: "OK", data: { got: typeof req.data.deep } }),
    );
    running = await wa.listen();
    const deep = `${"[".repeat(100_000)}1${"]".repeat(100_000)}`;
    const { body, aesKey, iv } = encryptText(
      `{"version":"3.0","action":"data_exchange","screen":"S","flow_token":"t","data":{"deep":${deep}}}`,
    );
    const response = await fetch(`${running.url}/flow`, { method: "POST", body });
    expect(response.status).toBe(200);
    expect(decryptFlowResponse(await response.text(), aesKey, iv)).toMatchObject({
      data: { got: "object" },
    });
  });

  it("never makes wa.fetch reject when a response holds a BigInt", async () => {
    const wa = client();
    wa.onFlowRequest("/flow", () => ({ screen: "OK", data: { n: 10n } }));
    const { envelope } = encryptFlowRequest(
      { version: "3.0", action: "data_exchange", screen: "S", data: {}, flow_token: "t" },
      publicKey,
    );
    const response = await wa.fetch(
      new Request("http://127.0.0.1/flow", { method: "POST", body: JSON.stringify(envelope) }),
    );
    // A BigInt cannot be encrypted as JSON: the handler's error is a 500, never a rejection.
    expect(response.status).toBe(500);
    expect(vi.mocked(console.error).mock.calls.flat().join(" ")).toContain('"n":"10"');
  });
});
