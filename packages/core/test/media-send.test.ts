import { Readable } from "node:stream";
import {
  Button,
  MediaApi,
  MediaTooLarge,
  MessagesApi,
  MessageValidationError,
  UploadFileError,
  URLButton,
} from "@tswa/core";
import { describe, expect, it } from "vitest";
import { PHONE_ID } from "./graph-handlers.js";
import { graphStandIn, multipartParts, type Received, sha256 } from "./graph-stand-in.js";
import { jpeg, mp4, ogg, pdf, png, staticWebp, tempDir } from "./media-files.js";

const MEDIA_ID = "4490709327384033";
const WAMID = "wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA";
const to = "16505551234";
const files = tempDir();

/** Graph: uploads answer a media id, sends a message id. */
async function setUp() {
  const graph = await graphStandIn((request) =>
    request.path.endsWith("/media")
      ? { json: { id: MEDIA_ID } }
      : {
          json: {
            messaging_product: "whatsapp",
            contacts: [{ input: to, wa_id: to }],
            messages: [{ id: WAMID }],
          },
        },
  );
  const client = graph.client();
  return {
    graph,
    messages: new MessagesApi(client, { phoneId: PHONE_ID, media: new MediaApi(client) }),
    calls: () => graph.received.map((r) => `${r.method} ${r.path}`),
    sent: (index = 1) => JSON.parse((graph.received[index] as Received).body.toString()),
  };
}

const expectUpload = async (
  request: Received | undefined,
  file: { filename: string; type: string; bytes: Uint8Array },
) => {
  expect(await multipartParts(request as Received)).toEqual({
    messaging_product: "whatsapp",
    type: file.type,
    file: {
      filename: file.filename,
      type: file.type,
      size: file.bytes.byteLength,
      sha256: sha256(file.bytes),
    },
  });
};

describe("media sends upload a file first, then send its id", () => {
  it("sendImage with a path: the multipart upload, then the message with the new id", async () => {
    const bytes = jpeg(40_000);
    const path = files.write("menu.jpg", bytes);
    const { graph, messages, calls, sent } = await setUp();
    const message = await messages.sendImage({ to, image: path, caption: "Today's menu" });
    expect(message.id).toBe(WAMID);
    expect(calls()).toEqual([`POST /${PHONE_ID}/media`, `POST /${PHONE_ID}/messages`]);
    await expectUpload(graph.received[0], { filename: "menu.jpg", type: "image/jpeg", bytes });
    expect(sent()).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to,
      type: "image",
      image: { id: MEDIA_ID, caption: "Today's menu" },
    });
  });

  it("sendVideo with a Blob", async () => {
    const bytes = mp4(30_000);
    const { graph, messages, sent } = await setUp();
    await messages.sendVideo({ to, video: new Blob([bytes]) });
    await expectUpload(graph.received[0], { filename: "file.mp4", type: "video/mp4", bytes });
    expect(sent().video).toEqual({ id: MEDIA_ID });
  });

  it("sendDocument with bytes and a filename: the upload and the message carry the name", async () => {
    const bytes = pdf(10_000);
    const { graph, messages, sent } = await setUp();
    await messages.sendDocument({ to, document: Buffer.from(bytes), filename: "Invoice 42.pdf" });
    await expectUpload(graph.received[0], {
      filename: "Invoice 42.pdf",
      type: "application/pdf",
      bytes,
    });
    expect(sent().document).toEqual({ id: MEDIA_ID, filename: "Invoice 42.pdf" });
  });

  it("sendDocument with a path shows the file's own name", async () => {
    const path = files.write("price-list.pdf", pdf(500));
    const { messages, sent } = await setUp();
    await messages.sendDocument({ to, document: path });
    expect(sent().document).toEqual({ id: MEDIA_ID, filename: "price-list.pdf" });
  });

  it("sendDocument takes a JPEG over the image limit: a document may be 100 MB", async () => {
    const path = files.sparse("scan.jpg", 6 * 1024 * 1024, jpeg(16));
    const { graph, messages } = await setUp();
    await messages.sendDocument({ to, document: path });
    expect((await multipartParts(graph.received[0] as Received)).type).toBe("image/jpeg");
  });

  it("sendAudio with a web ReadableStream, sendVoice with a Node Readable", async () => {
    const bytes = ogg(20_000);
    const { graph, messages, sent } = await setUp();
    await messages.sendAudio({ to, audio: new Blob([bytes]).stream() });
    await messages.sendVoice({ to, voice: Readable.from([bytes]) });
    await expectUpload(graph.received[2], { filename: "file.ogg", type: "audio/ogg", bytes });
    expect(sent(1).audio).toEqual({ id: MEDIA_ID });
    expect(sent(3).audio).toEqual({ id: MEDIA_ID, voice: true });
  });

  it("sendSticker with WebP bytes", async () => {
    const bytes = staticWebp(30_000);
    const { graph, messages, sent } = await setUp();
    await messages.sendSticker({ to, sticker: bytes });
    await expectUpload(graph.received[0], { filename: "file.webp", type: "image/webp", bytes });
    expect(sent().sticker).toEqual({ id: MEDIA_ID });
  });

  it("uses the mimeType given for bytes it cannot sniff", async () => {
    const { graph, messages } = await setUp();
    await messages.sendAudio({ to, audio: new Uint8Array(100), mimeType: "audio/mpeg" });
    expect((await multipartParts(graph.received[0] as Received)).type).toBe("audio/mpeg");
  });

  it("uploads to the sending number", async () => {
    const { calls, messages } = await setUp();
    await messages.sendImage({ to, image: png(), sender: "555" });
    expect(calls()).toEqual(["POST /555/media", "POST /555/messages"]);
  });

  it("uploads a media header: sendImage with buttons, sendMessage with a document header", async () => {
    const { messages, sent } = await setUp();
    await messages.sendImage({
      to,
      image: png(),
      caption: "Pick one",
      buttons: [new Button({ title: "Yes", callbackData: "y" })],
    });
    expect(sent(1).interactive.header).toEqual({ type: "image", image: { id: MEDIA_ID } });
    const path = files.write("terms.pdf", pdf());
    await messages.sendMessage({
      to,
      text: "Please read the terms",
      header: { document: path },
      buttons: new URLButton({ title: "Sign", url: "https://example.com/sign" }),
    });
    expect(sent(3).interactive.header).toEqual({
      type: "document",
      document: { id: MEDIA_ID, filename: "terms.pdf" },
    });
  });
});

describe("media sends without an upload", () => {
  it.each([
    ["a media id", MEDIA_ID, { id: MEDIA_ID }],
    ["an https link", "https://example.com/a.jpg", { link: "https://example.com/a.jpg" }],
    [
      "an https URL object",
      new URL("https://example.com/a.jpg"),
      { link: "https://example.com/a.jpg" },
    ],
    ["{ id }", { id: MEDIA_ID }, { id: MEDIA_ID }],
    ["{ link }", { link: "https://example.com/a.jpg" }, { link: "https://example.com/a.jpg" }],
  ])("sends %s as is", async (_, image, object) => {
    const { calls, messages, sent } = await setUp();
    await messages.sendImage({ to, image });
    expect(calls()).toEqual([`POST /${PHONE_ID}/messages`]);
    expect(sent(0).image).toEqual(object);
  });

  it("sends a Media uploaded before by its id", async () => {
    const { graph, calls, messages, sent } = await setUp();
    const media = await new MediaApi(graph.client(), { phoneId: PHONE_ID }).uploadMedia(png());
    await messages.sendImage({ to, image: media });
    expect(calls()).toEqual([`POST /${PHONE_ID}/media`, `POST /${PHONE_ID}/messages`]);
    expect(sent(1).image).toEqual({ id: MEDIA_ID });
  });
});

describe("bad media input fails before any request", () => {
  it("checks every other argument before uploading: a too-long caption costs no upload", async () => {
    const { graph, messages } = await setUp();
    await expect(
      messages.sendImage({ to, image: png(), caption: "x".repeat(1025) }),
    ).rejects.toBeInstanceOf(MessageValidationError);
    expect(graph.received).toHaveLength(0);
  });

  it("refuses another scheme's URL and an empty string as before, not as paths", async () => {
    const { graph, messages } = await setUp();
    for (const image of ["ftp://example.com/a.png", ""]) {
      await expect(messages.sendImage({ to, image })).rejects.toThrow(
        /`image` must be a media id \(digits\), an http\(s\) link/,
      );
    }
    expect(graph.received).toHaveLength(0);
  });

  it("refuses a file of the wrong kind: a PNG is not a sticker", async () => {
    const { graph, messages } = await setUp();
    const error = await messages.sendSticker({ to, sticker: png() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadFileError);
    expect((error as Error).message).toMatch(
      /a sticker must be image\/webp, and the file is image\/png/,
    );
    expect(graph.received).toHaveLength(0);
  });

  it("refuses an image over 5 MB before uploading", async () => {
    const path = files.sparse("poster.png", 5 * 1024 * 1024 + 1, png(16));
    const { graph, messages } = await setUp();
    await expect(messages.sendImage({ to, image: path })).rejects.toBeInstanceOf(MediaTooLarge);
    expect(graph.received).toHaveLength(0);
  });
});
