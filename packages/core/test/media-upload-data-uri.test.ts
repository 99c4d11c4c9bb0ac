import {
  MEDIA_SIZE_LIMITS,
  MediaApi,
  MediaTooLarge,
  MessagesApi,
  ResumableUploadApi,
  UploadFileError,
} from "@tswa/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PHONE_ID } from "./graph-handlers.js";
import { filePart, graphStandIn, multipartParts, type Received, sha256 } from "./graph-stand-in.js";
import { jpeg, pdf, png, unknown } from "./media-files.js";

const MEDIA_ID = "1037543291543636";

async function api() {
  const graph = await graphStandIn(() => ({ json: { id: MEDIA_ID } }));
  return { graph, media: new MediaApi(graph.client(), { phoneId: PHONE_ID }) };
}

async function upload(...args: Parameters<MediaApi["uploadMedia"]>) {
  const { graph, media } = await api();
  const uploaded = await media.uploadMedia(...args);
  return { media: uploaded, graph, request: graph.received[0] as Received };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const dataUri = (type: string, bytes: Uint8Array) => `data:${type};base64,${base64(bytes)}`;

describe("uploadMedia: a base64 data: URI", () => {
  it("uploads the decoded bytes, typed as the URI says, with their exact length", async () => {
    const bytes = png(120_000);
    const { media, request } = await upload(dataUri("image/png", bytes));
    expect([request.method, request.path]).toEqual(["POST", `/${PHONE_ID}/media`]);
    expect(request.headers["content-length"]).toBe(String(request.body.length));
    expect(await multipartParts(request)).toEqual({
      messaging_product: "whatsapp",
      type: "image/png",
      file: filePart("file.png", "image/png", bytes),
    });
    expect(media.toJSON()).toEqual({
      id: MEDIA_ID,
      filename: "file.png",
      mimeType: "image/png",
      uploadedTo: PHONE_ID,
    });
  });

  it("takes the type from the URI, not from the bytes: text/plain that no sniffing would find", async () => {
    const bytes = unknown(3000);
    const { request } = await upload(dataUri("text/plain;charset=utf-8", bytes));
    expect(await multipartParts(request)).toMatchObject({
      type: "text/plain",
      file: filePart("file.txt", "text/plain", bytes),
    });
  });

  it("lets the mimeType option win over the URI's type, as it does over a File's", async () => {
    const bytes = jpeg(5000);
    const { request } = await upload(dataUri("image/png", bytes), { mimeType: "image/jpeg" });
    expect((await multipartParts(request)).type).toBe("image/jpeg");
  });

  it("names the file only when told: filename gives the name, the URI never does", async () => {
    const bytes = pdf(4000);
    const { request, media } = await upload(dataUri("application/pdf", bytes), {
      filename: "Invoice 42.pdf",
    });
    expect((await multipartParts(request)).file).toEqual(
      filePart("Invoice 42.pdf", "application/pdf", bytes),
    );
    expect(media.filename).toBe("Invoice 42.pdf");
  });

  it.each([
    ["no type", "data:;base64,"],
    ["parameters but no type", "data:;charset=utf-8;base64,"],
    ["a generic application/octet-stream", "data:application/octet-stream;base64,"],
    ["PHP's data:// form, whose type is not a type", "data://image/jpeg;base64,"],
  ])("sniffs the type from the bytes when the URI has %s", async (_, prefix) => {
    const bytes = jpeg(9000);
    const { request } = await upload(prefix + base64(bytes));
    expect(await multipartParts(request)).toMatchObject({
      type: "image/jpeg",
      file: filePart("file.jpg", "image/jpeg", bytes),
    });
  });

  it("fails with UploadFileError asking for mimeType when neither the URI nor the bytes tell", async () => {
    const { graph, media } = await api();
    await expect(media.uploadMedia(`data:;base64,${base64(unknown())}`)).rejects.toMatchObject({
      name: "UploadFileError",
      field: "mimeType",
    });
    expect(graph.received).toHaveLength(0);
  });

  it("reads the scheme and the base64 flag in any case: DATA:image/PNG;BASE64,", async () => {
    const bytes = png(2000);
    const { request } = await upload(`DATA:image/PNG;BASE64,${base64(bytes)}`);
    expect((await multipartParts(request)).file).toEqual(filePart("file.png", "image/png", bytes));
  });

  it("takes a URL object with the data: protocol", async () => {
    const bytes = png(6000);
    const { request } = await upload(new URL(dataUri("image/png", bytes)));
    expect((await multipartParts(request)).file).toEqual(filePart("file.png", "image/png", bytes));
  });

  it("decodes base64 as browsers do: line breaks, missing padding and %-escapes are fine", async () => {
    const bytes = jpeg(1000); // 1000 bytes: base64 ends in "=="
    const wrapped = base64(bytes).replace(/.{76}/g, "$&\r\n");
    const unpadded = base64(bytes).replace(/=+$/, "");
    const escaped = base64(bytes)
      .replaceAll("+", "%2B")
      .replaceAll("/", "%2f")
      .replace("==", "%3D%3D");
    for (const body of [wrapped, unpadded, escaped]) {
      const { request } = await upload(`data:image/jpeg;base64,${body}`);
      expect((await multipartParts(request)).file).toEqual(
        filePart("file.jpg", "image/jpeg", bytes),
      );
    }
  });

  it("leaves a fragment out of the data, as a URL does", async () => {
    const bytes = png(300);
    const { request } = await upload(`${dataUri("image/png", bytes)}#preview`);
    expect((await multipartParts(request)).file).toEqual(filePart("file.png", "image/png", bytes));
  });

  it("decodes a percent-encoded (not base64) URI to its UTF-8 bytes", async () => {
    const { request } = await upload("data:text/plain;charset=utf-8,Gr%C3%BC%C3%9Fe, W%6Frld ü%zz");
    const bytes = Buffer.from("Grüße, World ü%zz", "utf8");
    expect((await multipartParts(request)).file).toEqual(filePart("file.txt", "text/plain", bytes));
  });

  it("decodes a percent-encoded URL object to the same bytes as its string", async () => {
    const { request } = await upload(new URL("data:text/plain,Grüße"));
    const bytes = Buffer.from("Grüße", "utf8");
    expect((await multipartParts(request)).file).toEqual(filePart("file.txt", "text/plain", bytes));
  });

  it("sends the same decoded bytes again when Graph asks for a retry", async () => {
    const bytes = pdf(50_000);
    const graph = await graphStandIn((_, index) =>
      index === 0
        ? { status: 503, json: { error: { message: "busy", code: 2, is_transient: true } } }
        : { json: { id: MEDIA_ID } },
    );
    const client = graph.client({ retry: { maxRetries: 1, initialDelay: 1, maxDelay: 1 } });
    await new MediaApi(client, { phoneId: PHONE_ID }).uploadMedia(
      dataUri("application/pdf", bytes),
    );
    expect(graph.received).toHaveLength(2);
    for (const request of graph.received) {
      expect((await multipartParts(request)).file).toEqual(
        filePart("file.pdf", "application/pdf", bytes),
      );
    }
  });
});

describe("uploadMedia: a data: URI refused before any request", () => {
  it("refuses decoded data over Meta's limit with MediaTooLarge, counting bytes, not characters", async () => {
    const { max } = MEDIA_SIZE_LIMITS.image;
    const { graph, media } = await api();
    const error = await media
      .uploadMedia(dataUri("image/png", png(max + 1)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaTooLarge);
    expect(error).toMatchObject({ mediaType: "image", size: max + 1, sizeKnown: true });
    expect(graph.received).toHaveLength(0);
    // Exactly the limit passes, though its base64 is a third longer than the limit.
    await media.uploadMedia(dataUri("image/png", png(max)));
    expect(graph.received).toHaveLength(1);
  });

  const secret = base64(jpeg(600)).slice(0, 400);
  it.each([
    ["a character outside base64", `${secret.slice(0, 200)}!${secret.slice(200)}`],
    ["base64url's - and _", `${secret.slice(0, 200)}-_${secret.slice(202)}`],
    ["padding in the middle", `${secret.slice(0, 200)}==${secret.slice(200)}`],
    ["a length no base64 has (4n+1)", `${secret}A`],
  ])("refuses %s with UploadFileError that shows none of the data", async (_, body) => {
    const { graph, media } = await api();
    const error = await media
      .uploadMedia(`data:image/jpeg;base64,${body}`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadFileError);
    expect(error).toMatchObject({ name: "UploadFileError", field: "file" });
    const message = (error as Error).message;
    expect(message).toMatch(/not valid base64/);
    expect(message).toContain(`${body.length} characters`);
    for (let at = 0; at + 8 <= body.length; at += 8) {
      expect(message).not.toContain(body.slice(at, at + 8));
    }
    expect(JSON.stringify(error)).not.toContain(body.slice(0, 16));
    expect(graph.received).toHaveLength(0);
  });

  it("refuses a URI without a comma, without showing it, and says how to name such a file", async () => {
    const { graph, media } = await api();
    const error = await media
      .uploadMedia(`data:image/png;base64${secret}`)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "UploadFileError", field: "file" });
    expect((error as Error).message).toMatch(/no comma/);
    expect((error as Error).message).toContain("./data:");
    expect((error as Error).message).not.toContain(secret.slice(0, 16));
    expect(graph.received).toHaveLength(0);
  });
});

describe("send methods: a data: URI is uploaded first, then sent by its id", () => {
  const to = "16505551234";
  const WAMID = "wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA";

  async function setUp() {
    const graph = await graphStandIn((request) =>
      request.path.endsWith("/media")
        ? { json: { id: MEDIA_ID } }
        : { json: { messaging_product: "whatsapp", messages: [{ id: WAMID }] } },
    );
    const client = graph.client();
    return {
      graph,
      messages: new MessagesApi(client, { phoneId: PHONE_ID, media: new MediaApi(client) }),
      calls: () => graph.received.map((r) => `${r.method} ${r.path}`),
      sent: () => JSON.parse((graph.received[1] as Received).body.toString()),
    };
  }

  it.each([
    ["a data: URI string", (bytes: Uint8Array) => dataUri("image/png", bytes)],
    ["a data: URL object", (bytes: Uint8Array) => new URL(dataUri("image/png", bytes))],
  ])("sendImage with %s", async (_, make) => {
    const bytes = png(20_000);
    const { graph, messages, calls, sent } = await setUp();
    const message = await messages.sendImage({ to, image: make(bytes), caption: "Chart" });
    expect(message.id).toBe(WAMID);
    expect(calls()).toEqual([`POST /${PHONE_ID}/media`, `POST /${PHONE_ID}/messages`]);
    expect((await multipartParts(graph.received[0] as Received)).file).toEqual(
      filePart("file.png", "image/png", bytes),
    );
    expect(sent()).toMatchObject({ type: "image", image: { id: MEDIA_ID, caption: "Chart" } });
  });

  it("sendDocument with a data: URI and a filename: the upload and the message carry the name", async () => {
    const bytes = pdf(10_000);
    const { graph, messages, sent } = await setUp();
    await messages.sendDocument({
      to,
      document: dataUri("application/pdf", bytes),
      filename: "Invoice 42.pdf",
    });
    expect((await multipartParts(graph.received[0] as Received)).file).toEqual(
      filePart("Invoice 42.pdf", "application/pdf", bytes),
    );
    expect(sent().document).toEqual({ id: MEDIA_ID, filename: "Invoice 42.pdf" });
  });

  it("checks the limit of the kind it is sent as: a JPEG over 5 MB fails sendImage, with no request", async () => {
    const { graph, messages } = await setUp();
    const big = dataUri("image/jpeg", jpeg(MEDIA_SIZE_LIMITS.image.max + 1));
    await expect(messages.sendImage({ to, image: big })).rejects.toBeInstanceOf(MediaTooLarge);
    expect(graph.received).toHaveLength(0);
  });

  it("refuses invalid base64 in a send with UploadFileError, before any request", async () => {
    const { graph, messages } = await setUp();
    await expect(
      messages.sendImage({ to, image: "data:image/png;base64,iVBORw0K$GgoAAAANSUhEUg" }),
    ).rejects.toMatchObject({ name: "UploadFileError", field: "file" });
    expect(graph.received).toHaveLength(0);
  });
});

describe("ResumableUploadApi: a data: URI", () => {
  it("starts the session with the decoded size and the URI's type, then sends the decoded bytes", async () => {
    const bytes = png(3000);
    const graph = await graphStandIn((request) =>
      request.path.endsWith("/uploads")
        ? { json: { id: "upload:MTphd" } }
        : { json: { h: "4::aW" } },
    );
    const uploads = new ResumableUploadApi(graph.client(), { appId: "1234567890" });
    const result = await uploads.upload(dataUri("image/png", bytes), { filename: "banner.png" });
    expect(result.handle).toBe("4::aW");
    const [start, send] = graph.received as [Received, Received];
    expect(start.query).toEqual({
      file_name: "banner.png",
      file_length: String(bytes.length),
      file_type: "image/png",
    });
    expect(sha256(send.body)).toBe(sha256(bytes));
  });
});

describe("data: URIs decoded exactly as fetch() decodes them (the WHATWG data: URL processor)", () => {
  // Pieces of valid base64, its padding, escapes, whitespace, and what base64 does not have.
  const pieces = [
    "QUJD",
    "A",
    "b",
    "9",
    "+",
    "/",
    "=",
    "==",
    "%2B",
    "%2f",
    "%3D",
    " ",
    "\r\n",
    "\t",
  ];
  const hostile = ["-", "_", "!", "%", "%zz", "é", "#frag", "#,", ",", ";"];

  it("uploads the same bytes as fetch() reads, and refuses (with no request) what fetch() refuses", async () => {
    const graph = await graphStandIn(() => ({ json: { id: MEDIA_ID } }));
    const media = new MediaApi(graph.client(), { phoneId: PHONE_ID });
    const body = fc
      .array(
        fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pieces) }, fc.constantFrom(...hostile)),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join(""));
    await fc.assert(
      fc.asyncProperty(body, async (data) => {
        const uri = `data:application/pdf;base64,${data}`;
        const expected = await fetch(uri)
          .then((response) => response.arrayBuffer())
          .then(
            (bytes) => new Uint8Array(bytes),
            () => undefined,
          );
        const before = graph.received.length;
        const result = await media.uploadMedia(uri).catch((e: unknown) => e);
        if (expected === undefined) {
          expect(result).toBeInstanceOf(UploadFileError);
          expect(graph.received).toHaveLength(before);
        } else {
          expect((await multipartParts(graph.received.at(-1) as Received)).file).toEqual(
            filePart("file.pdf", "application/pdf", expected),
          );
        }
      }),
      { numRuns: 250 },
    );
  });
});
