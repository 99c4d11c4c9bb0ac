import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FlowMediaUrlNotAllowed, isMetaCdnUrl, WhatsApp } from "tswa";
import { encryptFlowMedia, FlowClientSimulator } from "tswa/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey, publicKey } from "./fixtures/keys.js";

// An internal service that a forged cdn_url points at: it must never be called.
const hits: string[] = [];
const internal = createServer((req, res) => {
  hits.push(req.url ?? "");
  res.writeHead(200).end("internal secrets");
});
let internalOrigin = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => internal.listen(0, "127.0.0.1", resolve));
  internalOrigin = `http://127.0.0.1:${(internal.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => internal.close(() => resolve())));

describe("cdn_url is fetched only from Meta's CDN by default", () => {
  it("refuses a cdn_url on 127.0.0.1 without connecting, and says how to allow it", async () => {
    const wa = new WhatsApp({
      businessPrivateKey: privateKey,
      businessPrivateKeyPassword: PASSPHRASE,
    });
    const forged = encryptFlowMedia(Buffer.from("x"), {
      cdnUrl: `${internalOrigin}/admin/delete-everything?token=abc`,
      fileName: "x.jpg",
    });
    const outcomes: unknown[] = [];
    wa.onFlowRequest("/upload").onDataExchange("UPLOAD", async (req) => {
      outcomes.push(await req.decryptMedia("photo").catch((error: unknown) => error));
      return req.respond({ screen: "DONE", data: {} });
    });
    const server = await wa.listen();
    try {
      const client = new FlowClientSimulator({ url: `${server.url}/upload`, publicKey });
      await client.dataExchange("UPLOAD", { photo: [forged.item] });
    } finally {
      await server.close();
    }
    expect(hits).toEqual([]);
    expect(outcomes[0]).toBeInstanceOf(FlowMediaUrlNotAllowed);
    expect((outcomes[0] as FlowMediaUrlNotAllowed).origin).toBe(internalOrigin);
    expect((outcomes[0] as Error).message).toContain("allowUrl");
    expect((outcomes[0] as Error).message).not.toContain("token=abc");
  });

  it("checks every redirect against allowUrl too", async () => {
    const redirecting = createServer((_req, res) => {
      res.writeHead(302, { location: `${internalOrigin}/admin` }).end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    const cdnPort = String((redirecting.address() as AddressInfo).port);
    const wa = new WhatsApp({
      businessPrivateKey: privateKey,
      businessPrivateKeyPassword: PASSPHRASE,
    });
    const upload = encryptFlowMedia(Buffer.from("x"), {
      cdnUrl: `http://127.0.0.1:${cdnPort}/v/1.enc`,
      fileName: "x.jpg",
    });
    const outcomes: unknown[] = [];
    // The test CDN is allowed; the internal service it redirects to is not.
    const mediaOptions = { allowUrl: (url: URL) => url.port === cdnPort };
    wa.onFlowRequest("/upload", undefined, { mediaOptions }).onDataExchange(
      "UPLOAD",
      async (req) => {
        outcomes.push(await req.decryptMedia("photo").catch((error: unknown) => error));
        return req.respond({ screen: "DONE", data: {} });
      },
    );
    const server = await wa.listen();
    try {
      const client = new FlowClientSimulator({ url: `${server.url}/upload`, publicKey });
      await client.dataExchange("UPLOAD", { photo: [upload.item] });
    } finally {
      await server.close();
      await new Promise((resolve) => redirecting.close(resolve));
    }
    expect(hits).toEqual([]);
    expect(outcomes[0]).toBeInstanceOf(FlowMediaUrlNotAllowed);
    expect((outcomes[0] as FlowMediaUrlNotAllowed).origin).toBe(internalOrigin);
  });

  it.each([
    ["https://mmg.whatsapp.net/v/t62.7119-24/1.enc?oh=x", true],
    ["https://media-ams4-1.cdn.whatsapp.net/v/1.enc", true],
    ["https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1", true],
    ["https://scontent.xx.fbcdn.net/v/1.jpg", true],
    ["http://mmg.whatsapp.net/v/1.enc", false],
    ["https://mmg.whatsapp.net:8443/v/1.enc", false],
    ["https://whatsapp.net.attacker.example/v/1.enc", false],
    ["https://evilwhatsapp.net/v/1.enc", false],
    ["https://user:pw@mmg.whatsapp.net/v/1.enc", false],
    ["http://127.0.0.1/v/1.enc", false],
    ["http://169.254.169.254/latest/meta-data", false],
  ])("isMetaCdnUrl(%s) is %s", (url, allowed) => {
    expect(isMetaCdnUrl(new URL(url))).toBe(allowed);
  });
});
