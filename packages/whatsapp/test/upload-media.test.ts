import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Media, MediaApi, WhatsApp } from "tswa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PHONE_ID = "106540352242922";
const MEDIA_ID = "1037543291543636";
const calls: { method: string; path: string; type: string; body: string }[] = [];
const graph = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const path = new URL(req.url ?? "/", "http://graph").pathname.replace(/^\/v\d+\.\d+/, "");
  calls.push({
    method: req.method ?? "",
    path,
    type: String(req.headers["content-type"] ?? ""),
    body: Buffer.concat(chunks).toString("latin1"),
  });
  const answer = path.endsWith("/media")
    ? { id: MEDIA_ID }
    : path.endsWith("/messages")
      ? { messaging_product: "whatsapp", messages: [{ id: "wamid.x" }] }
      : req.method === "DELETE"
        ? { success: true }
        : {
            id: MEDIA_ID,
            url: "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1",
            mime_type: "image/png",
            sha256: "ab".repeat(32),
            file_size: 12,
          };
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
});
let wa: WhatsApp;
beforeAll(async () => {
  await new Promise<void>((resolve) => graph.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}`;
  wa = new WhatsApp({ phoneId: PHONE_ID, token: "EAAG-test-token", baseUrl });
});
afterAll(() => new Promise<void>((resolve) => graph.close(() => resolve())));

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe("media through the WhatsApp client", () => {
  it("has the MediaApi as wa.media and its calls as bound methods", async () => {
    expect(wa.media).toBeInstanceOf(MediaApi);
    calls.length = 0;
    const { uploadMedia, getMediaUrl, deleteMedia } = wa;
    const media = await uploadMedia(png);
    expect(media).toBeInstanceOf(Media);
    expect(media.toJSON()).toEqual({
      id: MEDIA_ID,
      filename: "file.png",
      mimeType: "image/png",
      uploadedTo: PHONE_ID,
    });
    expect((await getMediaUrl(MEDIA_ID)).mimeType).toBe("image/png");
    expect(await deleteMedia(MEDIA_ID)).toBe(true);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /${PHONE_ID}/media`,
      `GET /${MEDIA_ID}`,
      `DELETE /${MEDIA_ID}`,
    ]);
  });

  it("sendImage with bytes uploads them through wa.media, then sends the id", async () => {
    calls.length = 0;
    await wa.sendImage({ to: "972987654321", image: png, caption: "Chart" });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /${PHONE_ID}/media`,
      `POST /${PHONE_ID}/messages`,
    ]);
    expect(calls[0]?.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(JSON.parse(calls[1]?.body ?? "")).toMatchObject({
      type: "image",
      image: { id: MEDIA_ID, caption: "Chart" },
    });
  });

  it("a Media's shortcuts resolve and delete it", async () => {
    const media = await wa.uploadMedia(png);
    calls.length = 0;
    expect((await media.getMediaUrl()).id).toBe(MEDIA_ID);
    expect(await media.delete()).toBe(true);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `GET /${MEDIA_ID}`,
      `DELETE /${MEDIA_ID}`,
    ]);
  });
});
