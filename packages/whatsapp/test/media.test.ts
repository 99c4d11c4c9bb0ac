import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FlowMediaHmacMismatch, WhatsApp } from "tswa";
import { encryptFlowMedia, FlowClientSimulator } from "tswa/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey, publicKey } from "./fixtures/keys.js";

const files = new Map<string, Buffer>();
const cdn = createServer((req, res) => {
  const file = files.get(new URL(req.url ?? "/", "http://cdn").pathname);
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { "content-length": file.length }).end(file);
});
let cdnOrigin = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => cdn.listen(0, "127.0.0.1", resolve));
  cdnOrigin = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => cdn.close(() => resolve())));

describe("flow media through the client", () => {
  it("downloads with the client's fetch and hands the handler verified bytes", async () => {
    const fetched: string[] = [];
    const wa = new WhatsApp({
      businessPrivateKey: privateKey,
      businessPrivateKeyPassword: PASSPHRASE,
      fetch: (input, init) => {
        fetched.push(new URL(input).pathname);
        return fetch(input, init);
      },
    });
    const photo = Buffer.from("\xff\xd8\xff\xe0 a small jpeg", "latin1");
    const good = encryptFlowMedia(photo, {
      cdnUrl: `${cdnOrigin}/v/id.jpg?oh=secret`,
      fileName: "id.jpg",
    });
    const bad = encryptFlowMedia(photo, { cdnUrl: `${cdnOrigin}/v/bad.jpg`, fileName: "bad.jpg" });
    files.set("/v/id.jpg", good.cdnFile);
    // Another file's bytes under this item's keys: the hashes and the MAC cannot all match.
    files.set("/v/bad.jpg", good.cdnFile);
    bad.item.encryption_metadata.encrypted_hash = good.item.encryption_metadata.encrypted_hash;

    const results: unknown[] = [];
    // Only Meta's CDN hosts are allowed by default: the test CDN listens on 127.0.0.1.
    const mediaOptions = { allowUrl: (url: URL) => url.hostname === "127.0.0.1" };
    wa.onFlowRequest("/kyc", undefined, { mediaOptions }).onDataExchange("UPLOAD", async (req) => {
      const { filename, data } = await req.decryptMedia("id_photo");
      results.push({ filename, same: data.equals(photo) });
      const error = await req.decryptMedia("id_photo", 1).catch((e: unknown) => e);
      results.push(error instanceof FlowMediaHmacMismatch);
      return req.respond({ screen: "DONE", data: { received: filename } });
    });
    const server = await wa.listen({ port: 0 });
    try {
      const client = new FlowClientSimulator({ url: `${server.url}/kyc`, publicKey });
      const exchange = await client.dataExchange("UPLOAD", { id_photo: [good.item, bad.item] });
      expect(exchange.response).toEqual({
        version: "3.0",
        screen: "DONE",
        data: { received: "id.jpg" },
      });
    } finally {
      await server.close();
    }
    expect(results).toEqual([{ filename: "id.jpg", same: true }, true]);
    expect(fetched).toEqual(["/v/id.jpg", "/v/bad.jpg"]);
  });
});
