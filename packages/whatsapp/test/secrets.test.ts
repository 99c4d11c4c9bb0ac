import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { GraphApiError } from "@tswa/core";
import { signPayload } from "@tswa/flows";
import type { RunningServer } from "@tswa/flows/node";
import { WebhookHandlerError, WhatsApp, type WhatsAppError } from "tswa";
import { afterEach, describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey } from "./fixtures/keys.js";
import { envelope, messagesValue, PHONE_ID, textMessage } from "./fixtures/webhooks.js";

const TOKEN = "EAAGtokenthatmustneverbeprinted0123456789";
const APP_SECRET = "app-secret-that-must-never-be-printed";
const VERIFY_TOKEN = "verify-token-that-must-never-be-printed";
const PEM_LINE = privateKey.split("\n")[1] as string;
const SECRETS = [TOKEN, APP_SECRET, VERIFY_TOKEN, PASSPHRASE, PEM_LINE];

let running: RunningServer | undefined;
let graph: Server | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
  await new Promise((resolve) => (graph ? graph.close(resolve) : resolve(undefined)));
  graph = undefined;
});

/** A stand-in for Graph on 127.0.0.1 that rejects the token, quoting it back as Graph does. */
async function graphQuotingTheToken(): Promise<string> {
  graph = createServer((req, res) => {
    const token = (req.headers.authorization ?? "").replace("Bearer ", "");
    const body = JSON.stringify({
      error: {
        message: `Malformed access token ${token}`,
        type: "OAuthException",
        code: 190,
        fbtrace_id: "AbCdEf",
      },
    });
    res.writeHead(400, { "content-type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => graph?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(graph.address() as AddressInfo).port}`;
}

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe("secrets never reach logs", () => {
  it("leaves the token, app secret, verify token, key and passphrase out of inspect and JSON of the client a handler gets", async () => {
    const wa = new WhatsApp({
      phoneId: PHONE_ID,
      token: TOKEN,
      appSecret: APP_SECRET,
      verifyToken: VERIFY_TOKEN,
      businessPrivateKey: privateKey,
      businessPrivateKeyPassword: PASSPHRASE,
      webhookEndpoint: "/webhook",
    });
    const endpoint = wa.onFlowRequest("/flow", (req) => req.respond({ screen: "A", data: {} }));
    const printed: string[] = [];
    wa.onMessage((msg, client) => {
      printed.push(inspect(client, { depth: Number.POSITIVE_INFINITY, showHidden: true }));
      printed.push(inspect(msg, { depth: Number.POSITIVE_INFINITY }));
      printed.push(JSON.stringify(client));
    });
    running = await wa.listen();
    const body = JSON.stringify(
      envelope([{ field: "messages", value: messagesValue({ messages: [textMessage("hi")] }) }]),
    );
    const response = await fetch(`${running.url}/webhook`, {
      method: "POST",
      headers: { "x-hub-signature-256": signPayload(body, APP_SECRET) },
      body,
    });
    expect(response.status).toBe(200);
    await wa.idle();
    expect(printed).toHaveLength(3);
    printed.push(inspect(wa.graph, { depth: Number.POSITIVE_INFINITY, showHidden: true }));
    printed.push(inspect(endpoint, { depth: Number.POSITIVE_INFINITY, showHidden: true }));
    printed.push(JSON.stringify(wa.graph), JSON.stringify(endpoint));
    expectNoSecret(printed.join("\n"));
    // The client still works with what it hides.
    expect(wa.phoneId).toBe(PHONE_ID);
  });

  it("masks a token Graph quotes back in GraphApiError's message and rawBody", async () => {
    const baseUrl = await graphQuotingTheToken();
    const wa = new WhatsApp({ phoneId: PHONE_ID, token: TOKEN, baseUrl, retry: { maxRetries: 0 } });
    const error = await wa.sendMessage({ to: "16505551234", text: "hi" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    const graphError = error as GraphApiError;
    expect(graphError.code).toBe(190);
    expect(graphError.message).toContain("Malformed access token [redacted]");
    expect(graphError.rawBody).toContain("Malformed access token [redacted]");
    expectNoSecret(
      [graphError.message, graphError.rawBody, graphError.graphMessage, inspect(graphError)].join(),
    );
  });

  it("keeps the update out of a WebhookHandlerError's printed form, as FlowHandlerError keeps its request", async () => {
    const wa = new WhatsApp({ appSecret: APP_SECRET, webhookEndpoint: "/webhook" });
    const errors: WhatsAppError[] = [];
    wa.on("error", (error) => errors.push(error));
    wa.onMessage(() => {
      throw new Error("database down");
    });
    running = await wa.listen();
    const body = JSON.stringify(
      envelope([
        { field: "messages", value: messagesValue({ messages: [textMessage("my card is 4111")] }) },
      ]),
    );
    await fetch(`${running.url}/webhook`, {
      method: "POST",
      headers: { "x-hub-signature-256": signPayload(body, APP_SECRET) },
      body,
    });
    await wa.idle();
    const [error] = errors;
    expect(error).toBeInstanceOf(WebhookHandlerError);
    expect((error as WebhookHandlerError).update.kind).toBe("message");
    const printed = `${inspect(error, { depth: Number.POSITIVE_INFINITY })}${JSON.stringify(error)}`;
    expect(printed).toContain("database down");
    expect(printed).not.toContain("4111");
  });
});
