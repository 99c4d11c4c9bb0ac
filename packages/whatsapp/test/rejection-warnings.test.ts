import { generateKeyPairSync } from "node:crypto";
import { FlowRequestCannotBeDecrypted, FlowTokenNoLongerValid, signPayload } from "@tswa/flows";
import type { RunningServer } from "@tswa/flows/node";
import { WebhookRequestError, WhatsApp } from "tswa";
import { FlowClientSimulator } from "tswa/simulator";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RejectionWarnings } from "../src/rejection-warnings.js";

const APP_SECRET = "the-real-app-secret";
const { privateKey, publicKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
});

let server: RunningServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

async function start(listen: boolean) {
  const wa = new WhatsApp({ appSecret: APP_SECRET, businessPrivateKey: privateKey });
  wa.onFlowRequest("/flow").onInit((req) => req.respond({ screen: "START", data: {} }));
  if (listen) wa.on("error", () => {});
  server = await wa.listen();
  const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
  return { url: server.url, warnings };
}

const forgedWebhook = (url: string, body = '{"object":"whatsapp_business_account","entry":[]}') =>
  fetch(`${url}/`, {
    method: "POST",
    headers: { "x-hub-signature-256": signPayload(body, "another-secret") },
    body,
  });

describe("a server without an error listener", () => {
  it("prints one warning with what to check for a webhook signed with another secret, then holds the next ones back", async () => {
    const { url, warnings } = await start(false);
    for (let i = 0; i < 3; i++) expect((await forgedWebhook(url)).status).toBe(401);
    expect(warnings.mock.calls).toEqual([
      [
        `[tswa] rejected a webhook with HTTP 401: webhook X-Hub-Signature-256 does not match the app secret. Check: WhatsApp signs webhooks with your Meta app's secret: appSecret must be that secret (a simulator must sign with the same one). Rejections of this kind are printed at most once a minute; listen to the "error" event to see each one.`,
      ],
    ]);
  });

  it("warns about an unsigned flow request (432) and one encrypted for another key (421), once each", async () => {
    const { url, warnings } = await start(false);
    const unsigned = new FlowClientSimulator({ url: `${url}/flow`, publicKey });
    expect((await unsigned.init()).status).toBe(432);
    expect((await unsigned.init()).status).toBe(432);
    const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
    const wrongKey = new FlowClientSimulator({
      url: `${url}/flow`,
      publicKey: otherKey,
      appSecret: APP_SECRET,
    });
    expect((await wrongKey.init()).status).toBe(421);
    const lines = warnings.mock.calls.map(([line]) => String(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\[tswa\] rejected a flow request with HTTP 432: the request has no X-Hub-Signature-256 header\. Check: .*--app-secret or \$WHATSAPP_APP_SECRET/,
    );
    expect(lines[1]).toMatch(
      /^\[tswa\] rejected a flow request with HTTP 421: the flow request cannot be decrypted: the AES key does not decrypt with this private key\. Check: .*tswa keys upload/,
    );
  });

  it("never prints the rejected request's body", async () => {
    const { url, warnings } = await start(false);
    await forgedWebhook(url, '{"text":"a private message from a user"}');
    await fetch(`${url}/flow`, { method: "POST", body: "private text that is not JSON" });
    const printed = warnings.mock.calls.flat().join("\n");
    expect(printed).not.toContain("private");
    expect(warnings).toHaveBeenCalledTimes(2);
  });
});

describe("a server with an error listener", () => {
  it("prints nothing: the listener sees each rejection", async () => {
    const { url, warnings } = await start(true);
    await forgedWebhook(url);
    expect(warnings).not.toHaveBeenCalled();
  });
});

describe("RejectionWarnings", () => {
  const forged = () => new WebhookRequestError(401, "webhook X-Hub-Signature-256 does not match");

  it("prints a kind again after a minute, with how many were held back", () => {
    const lines: string[] = [];
    let now = 1_000_000;
    const warnings = new RejectionWarnings({ write: (line) => lines.push(line), now: () => now });
    warnings.warn(forged());
    now += 30_000;
    warnings.warn(forged());
    warnings.warn(forged());
    now += 30_000;
    warnings.warn(forged());
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(
      "does not match (2 more since the last warning of this kind). Check:",
    );
  });

  it("keeps kinds apart, and ignores what a handler chose to answer", () => {
    const lines: string[] = [];
    const warnings = new RejectionWarnings({ write: (line) => lines.push(line), now: () => 0 });
    warnings.warn(forged());
    warnings.warn(new FlowRequestCannotBeDecrypted("the AES-GCM tag does not verify"));
    warnings.warn(new FlowTokenNoLongerValid("expired"));
    warnings.warn(new WebhookRequestError(200, "an item could not be read"));
    expect(lines.map((line) => line.split(":")[0])).toEqual([
      "[tswa] rejected a webhook with HTTP 401",
      "[tswa] rejected a flow request with HTTP 421",
    ]);
  });
});
