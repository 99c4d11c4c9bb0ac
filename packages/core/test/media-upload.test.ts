import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { MediaApi, UploadFileError } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { PHONE_ID, TOKEN } from "./graph-handlers.js";
import {
  type Answer,
  filePart,
  graphStandIn,
  multipartParts,
  type Received,
} from "./graph-stand-in.js";
import { jpeg, mp4, ogg, pdf, png, tempDir, unknown } from "./media-files.js";

const MEDIA_ID = "1037543291543636";
const uploaded: Answer = { json: { id: MEDIA_ID } };
const files = tempDir();

async function upload(...args: Parameters<MediaApi["uploadMedia"]>) {
  const graph = await graphStandIn(() => uploaded);
  const media = await new MediaApi(graph.client(), { phoneId: PHONE_ID }).uploadMedia(...args);
  return { media, graph, request: graph.received[0] as Received };
}

const partsOf = multipartParts;

describe("uploadMedia: the request", () => {
  it("POSTs multipart to /{phone-id}/media: messaging_product, type, then the file", async () => {
    const bytes = jpeg(70_000);
    const path = files.write("menu.jpg", bytes);
    const { media, request } = await upload(path);
    expect([request.method, request.path]).toEqual(["POST", `/${PHONE_ID}/media`]);
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=----tswa/);
    // A file's size is known: the body goes with its exact length, not chunked.
    expect(request.headers["content-length"]).toBe(String(request.body.length));
    expect(request.headers["transfer-encoding"]).toBeUndefined();
    const parts = await partsOf(request);
    expect(Object.keys(parts)).toEqual(["messaging_product", "type", "file"]);
    expect(parts).toEqual({
      messaging_product: "whatsapp",
      type: "image/jpeg",
      file: filePart("menu.jpg", "image/jpeg", bytes),
    });
    expect(media.toJSON()).toEqual({
      id: MEDIA_ID,
      filename: "menu.jpg",
      mimeType: "image/jpeg",
      uploadedTo: PHONE_ID,
    });
  });

  it("uploads to the call's phoneId over the client's", async () => {
    const { media, request } = await upload(jpeg(), { phoneId: "555" });
    expect(request.path).toBe("/555/media");
    expect(media.uploadedTo).toBe("555");
  });

  it("says when an upload lasts until: 30 days", async () => {
    const { media } = await upload(jpeg());
    expect(media.expiresAt.getTime() - media.uploadedAt.getTime()).toBe(30 * 24 * 3600 * 1000);
  });

  it("encodes quotes and line breaks of a file name so it cannot break the part's headers", async () => {
    const { request } = await upload(pdf(), { filename: 'my "menu"\r\nX-Evil: 1.pdf' });
    const text = request.body.toString("latin1");
    expect(text).toContain('filename="my %22menu%22%0D%0AX-Evil: 1.pdf"');
    expect(text).not.toContain("\r\nX-Evil");
  });
});

describe("uploadMedia: every input form", () => {
  const bytes = png(100_000);

  it.each([
    ["a Buffer", () => Buffer.from(bytes)],
    ["a Uint8Array", () => bytes],
    ["an ArrayBuffer", () => bytes.slice().buffer],
    ["a Blob", () => new Blob([bytes])],
    [
      "a web ReadableStream",
      () => Readable.toWeb(Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)])),
    ],
    ["a Node Readable", () => Readable.from([bytes.subarray(0, 3), bytes.subarray(3)])],
    [
      "an async iterable",
      () =>
        (async function* () {
          yield bytes.subarray(0, 50_000);
          yield bytes.subarray(50_000);
        })(),
    ],
  ])("takes %s, sniffs PNG from its first bytes and names it file.png", async (_, make) => {
    const { request, media } = await upload(make() as never);
    expect(await partsOf(request)).toEqual({
      messaging_product: "whatsapp",
      type: "image/png",
      file: filePart("file.png", "image/png", bytes),
    });
    expect(media.mimeType).toBe("image/png");
  });

  it("keeps every byte in order when a stream comes in thousands of small chunks", async () => {
    const big = png(3 * 1024 * 1024 + 17);
    const chunks = Array.from({ length: Math.ceil(big.length / 1000) }, (_, i) =>
      big.subarray(i * 1000, (i + 1) * 1000),
    );
    const { request } = await upload(Readable.from(chunks));
    expect((await partsOf(request)).file).toEqual(filePart("file.png", "image/png", big));
  });

  it("streams a stream of unknown length chunked, without a Content-Length", async () => {
    const { request } = await upload(Readable.from([bytes]));
    expect(request.headers["transfer-encoding"]).toBe("chunked");
    expect(request.headers["content-length"]).toBeUndefined();
  });

  it("takes a File's name and type", async () => {
    const file = new File([pdf()], "menu.pdf", { type: "application/pdf" });
    const { request } = await upload(file);
    const parts = await partsOf(request);
    expect(parts.file).toMatchObject({ filename: "menu.pdf", type: "application/pdf" });
  });

  it("takes the name of a file stream (fs.createReadStream) and its type from the extension", async () => {
    const path = files.write("voice.ogg", ogg(10_000));
    const { request } = await upload(createReadStream(path));
    const parts = await partsOf(request);
    expect(parts.type).toBe("audio/ogg");
    expect(parts.file).toMatchObject({ filename: "voice.ogg", type: "audio/ogg" });
  });

  it.each([
    ["a URL", (path: string) => new URL(`file://${path}`)],
    ["a string", (path: string) => `file://${path}`],
  ])("takes a file: URL as %s, as a path", async (_, make) => {
    const path = files.write("clip.mp4", mp4(5000));
    const { request } = await upload(make(path));
    expect((await partsOf(request)).file).toMatchObject({
      filename: "clip.mp4",
      type: "video/mp4",
    });
  });

  it("uses the mimeType and filename given over what it would guess", async () => {
    const { request, media } = await upload(jpeg(), {
      mimeType: "image/png",
      filename: "shot.png",
    });
    expect((await partsOf(request)).file).toMatchObject({
      filename: "shot.png",
      type: "image/png",
    });
    expect(media.mimeType).toBe("image/png");
  });

  it("takes the type from the filename given when no mimeType is", async () => {
    const { request } = await upload(unknown(), { filename: "notes.txt" });
    expect((await partsOf(request)).type).toBe("text/plain");
  });

  it("refuses bytes whose type it cannot tell, naming mimeType, before any request", async () => {
    const graph = await graphStandIn(() => uploaded);
    const error = await new MediaApi(graph.client(), { phoneId: PHONE_ID })
      .uploadMedia(unknown())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadFileError);
    expect(error).toMatchObject({ name: "UploadFileError", field: "mimeType" });
    expect((error as Error).message).toMatch(/pass `mimeType`/);
    expect(graph.received).toHaveLength(0);
  });

  it("refuses a mimeType that is not one (a line break cannot add a header to the part)", async () => {
    const graph = await graphStandIn(() => uploaded);
    const error = await new MediaApi(graph.client(), { phoneId: PHONE_ID })
      .uploadMedia(jpeg(), { mimeType: "image/jpeg\r\nX-Evil: 1" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "UploadFileError", field: "mimeType" });
    expect(graph.received).toHaveLength(0);
  });

  it("refuses a path that does not exist, naming the file only", async () => {
    const graph = await graphStandIn(() => uploaded);
    const error = await new MediaApi(graph.client(), { phoneId: PHONE_ID })
      .uploadMedia(files.path("missing.jpg"))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "UploadFileError", field: "file" });
    expect((error as Error).message).toBe("cannot read the file to upload (missing.jpg)");
    expect(graph.received).toHaveLength(0);
  });

  it("turns a stream that fails while read into UploadFileError, before any request", async () => {
    const graph = await graphStandIn(() => uploaded);
    const error = await new MediaApi(graph.client(), { phoneId: PHONE_ID })
      .uploadMedia(createReadStream(files.path("gone.ogg")))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "UploadFileError", field: "file" });
    expect((error as Error).message).toBe("cannot read the file to upload (gone.ogg)");
    expect((error as Error).cause).toMatchObject({ code: "ENOENT" });
    expect(graph.received).toHaveLength(0);
  });

  it("needs a phone id, and says where to give it", async () => {
    const graph = await graphStandIn(() => uploaded);
    await expect(new MediaApi(graph.client()).uploadMedia(jpeg())).rejects.toMatchObject({
      name: "WhatsAppConfigurationError",
      option: "phoneId",
    });
  });
});
