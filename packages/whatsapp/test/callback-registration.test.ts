import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WhatsAppConfigurationError } from "@tswa/core";
import type { RunningServer } from "@tswa/flows/node";
import { afterEach, describe, expect, it } from "vitest";
import { CallbackRegistrationError, WhatsApp } from "../src/index.js";

const APP_ID = "684431926911215";
const APP_SECRET = "0123456789abcdef0123456789abcdef";
const APP_TOKEN = `${APP_ID}|app-token`;
const VERIFY_TOKEN = "verify-me-please";

interface StandInCall {
  method: string;
  path: string;
  auth: string | undefined;
  body: string;
}

/**
 * A Graph stand-in that behaves as Meta does when a callback URL is set: before answering, it
 * sends the verification GET (hub.mode, hub.verify_token, hub.challenge) to the URL and accepts
 * it only if the challenge comes back. `tamper` makes it send another verify token.
 */
async function startMeta(tamper = false) {
  const calls: StandInCall[] = [];
  const verifications: { url: string; status: number }[] = [];
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const path = (req.url ?? "").replace(/^\/v\d+\.\d+/, "");
    calls.push({ method: req.method ?? "", path, auth: req.headers.authorization, body });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json));
    };
    if (path === "/oauth/access_token") return send(200, { access_token: APP_TOKEN });
    const params = req.headers["content-type"]?.includes("json")
      ? (JSON.parse(body) as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(body));
    const config = (params.webhook_configuration ?? params) as Record<string, string>;
    const url = config.callback_url ?? config.override_callback_uri ?? "";
    const token = tamper ? "not-the-token" : (config.verify_token ?? "");
    const challenge = "1158201444";
    const check = new URL(url);
    check.search = new URLSearchParams({
      "hub.mode": "subscribe",
      "hub.verify_token": token,
      "hub.challenge": challenge,
    }).toString();
    const answer = await fetch(check);
    const echoed = await answer.text();
    verifications.push({ url: check.toString(), status: answer.status });
    if (answer.status === 200 && echoed === challenge) return send(200, { success: true });
    return send(400, {
      error: {
        message:
          "(#2200) Callback verification failed with the following errors: HTTP Status Code = 403",
        type: "OAuthException",
        code: 2200,
        fbtrace_id: "AxVerify",
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    server,
    calls,
    verifications,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  };
}

/** A free port on 127.0.0.1 (the public URL must be known before the server starts). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const open: (Server | RunningServer)[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) {
    if ("server" in s) await s.close();
    else {
      s.closeAllConnections();
      s.close();
    }
  }
});

function client(metaUrl: string, extra: Record<string, string> = {}) {
  return new WhatsApp({
    token: "EAAG-test-token-42",
    appId: APP_ID,
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    phoneId: "106540352242922",
    businessAccountId: "102290129340398",
    baseUrl: metaUrl,
    webhookEndpoint: "/webhook",
    retry: { maxRetries: 0 },
    ...extra,
  });
}

describe("wa.listen({ callbackUrl }) registers the server's URL with Meta", () => {
  it("APP scope: gets an app token, subscribes the app, and Meta's verification reaches the server", async () => {
    const meta = await startMeta();
    open.push(meta.server);
    const port = await freePort();
    const wa = client(meta.url);
    const running = await wa.listen({ port, callbackUrl: `http://127.0.0.1:${port}/` });
    open.push(running);

    expect(meta.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /oauth/access_token",
      `POST /${APP_ID}/subscriptions`,
    ]);
    expect(Object.fromEntries(new URLSearchParams(meta.calls[1]?.body))).toEqual({
      object: "whatsapp_business_account",
      callback_url: `http://127.0.0.1:${port}/webhook`,
      verify_token: VERIFY_TOKEN,
      fields: "messages,flows",
    });
    expect(meta.calls[1]?.auth).toBe(`Bearer ${APP_TOKEN}`);
    expect(meta.verifications.map((v) => v.status)).toEqual([200]);
    expect(meta.verifications[0]?.url).toContain(
      `http://127.0.0.1:${port}/webhook?hub.mode=subscribe`,
    );
  });

  it("PHONE scope: overrides the phone number's callback URL with the verify token", async () => {
    const meta = await startMeta();
    open.push(meta.server);
    const port = await freePort();
    const running = await client(meta.url).listen({
      port,
      callbackUrl: `http://127.0.0.1:${port}`,
      callbackUrlScope: "PHONE",
    });
    open.push(running);
    expect(meta.calls.map((c) => [c.method, c.path, JSON.parse(c.body)])).toEqual([
      [
        "POST",
        "/106540352242922",
        {
          webhook_configuration: {
            override_callback_uri: `http://127.0.0.1:${port}/webhook`,
            verify_token: VERIFY_TOKEN,
          },
        },
      ],
    ]);
    expect(meta.verifications.map((v) => v.status)).toEqual([200]);
  });

  it("WABA scope: overrides the account's callback URL", async () => {
    const meta = await startMeta();
    open.push(meta.server);
    const port = await freePort();
    open.push(
      await client(meta.url).listen({
        port,
        callbackUrl: `http://127.0.0.1:${port}`,
        callbackUrlScope: "WABA",
      }),
    );
    expect(meta.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /102290129340398/subscribed_apps",
    ]);
  });

  it("when Meta's verification fails, closes the server and throws CallbackRegistrationError", async () => {
    const meta = await startMeta(true);
    open.push(meta.server);
    const port = await freePort();
    const error = await client(meta.url)
      .listen({ port, callbackUrl: `http://127.0.0.1:${port}`, callbackUrlScope: "PHONE" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbackRegistrationError);
    expect((error as CallbackRegistrationError).callbackUrl).toBe(
      `http://127.0.0.1:${port}/webhook`,
    );
    expect(String(error)).toContain("Callback verification failed");
    expect(String(error)).not.toContain(VERIFY_TOKEN);
    expect(meta.verifications.map((v) => v.status)).toEqual([403]);
    await expect(fetch(`http://127.0.0.1:${port}/webhook`)).rejects.toThrow();
  });

  it("says which option the scope needs before starting any server", async () => {
    const meta = await startMeta();
    open.push(meta.server);
    const wa = new WhatsApp({ token: "EAAG-t", verifyToken: VERIFY_TOKEN, baseUrl: meta.url });
    await expect(wa.listen({ callbackUrl: "https://bot.example.com" })).rejects.toThrow(
      WhatsAppConfigurationError,
    );
    await expect(wa.listen({ callbackUrl: "https://bot.example.com" })).rejects.toThrow(/appId/);
    await expect(wa.listen({ callbackUrl: "bot.example.com" })).rejects.toThrow(/absolute/);
    expect(meta.calls).toEqual([]);
  });

  it("without callbackUrl, listens and calls nobody", async () => {
    const meta = await startMeta();
    open.push(meta.server);
    const running = await client(meta.url).listen();
    open.push(running);
    expect(meta.calls).toEqual([]);
  });
});
