import type { ServerResponse } from "node:http";
import { Readable } from "node:stream";
import {
  MediaApi,
  MediaTooLarge,
  MediaUploadError,
  MessagesApi,
  TemplatesApi,
  TemplateValidationError,
  templates as t,
  UploadFileError,
} from "@tswa/core";
import { describe, expect, it } from "vitest";
import { PHONE_ID } from "./graph-handlers.js";
import {
  type Answer,
  graphStandIn,
  multipartParts,
  type Received,
  sha256,
} from "./graph-stand-in.js";
import { jpeg, mp4, pdf, png, tempDir } from "./media-files.js";

const WAMID = "wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA";
const to = "16505551234";
const files = tempDir();

/** The n-th upload's media id. */
const mediaId = (n: number) => `44907093273840${30 + n}`;

/**
 * Graph: the n-th upload answers `mediaId(n)`, a send answers a message id; `media` may answer
 * uploads its own way.
 */
async function setUp(media?: (request: Received) => Answer) {
  let uploads = 0;
  const graph = await graphStandIn((request) => {
    if (request.path.endsWith("/media"))
      return media?.(request) ?? { json: { id: mediaId(uploads++) } };
    return {
      json: {
        messaging_product: "whatsapp",
        contacts: [{ input: to, wa_id: to }],
        messages: [{ id: WAMID }],
      },
    };
  });
  const client = graph.client();
  const messages = new MessagesApi(client, { phoneId: PHONE_ID, media: new MediaApi(client) });
  return {
    graph,
    messages,
    calls: () => graph.received.map((r) => `${r.method} ${r.path}`),
    /** The message body the `index`-th request carried. */
    body: (index: number) => JSON.parse((graph.received[index] as Received).body.toString()),
    upload: (index: number) => multipartParts(graph.received[index] as Received),
  };
}

const template = { name: "order_update", language: "en_US" } as const;

describe("sendTemplate uploads a media header's file, then sends its id", () => {
  it("an image path: the multipart upload to the sending number, then the message with the id", async () => {
    const bytes = jpeg(40_000);
    const path = files.write("winter-banner.jpg", bytes);
    const { calls, messages, body, upload } = await setUp();
    const sent = await messages.sendTemplate({
      to,
      ...template,
      params: [t.HeaderImage.params({ image: path }), t.BodyText.params("Pablo")],
    });
    expect(sent.id).toBe(WAMID);
    expect(calls()).toEqual([`POST /${PHONE_ID}/media`, `POST /${PHONE_ID}/messages`]);
    expect(await upload(0)).toEqual({
      messaging_product: "whatsapp",
      type: "image/jpeg",
      file: {
        filename: "winter-banner.jpg",
        type: "image/jpeg",
        size: bytes.byteLength,
        sha256: sha256(bytes),
      },
    });
    expect(body(1)).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to,
      type: "template",
      template: {
        name: "order_update",
        language: { code: "en_US" },
        components: [
          { type: "header", parameters: [{ type: "image", image: { id: mediaId(0) } }] },
          { type: "body", parameters: [{ type: "text", text: "Pablo" }] },
        ],
      },
    });
  });

  it("uploads to the `sender` number and sends from it", async () => {
    const { calls, messages } = await setUp();
    await messages.sendTemplate({
      to,
      ...template,
      sender: "555",
      params: [t.HeaderImage.params({ image: png() })],
    });
    expect(calls()).toEqual(["POST /555/media", "POST /555/messages"]);
  });

  it("takes a Blob, a web stream, a Node stream and a file: URL", async () => {
    const { calls, messages, body } = await setUp();
    for (const video of [
      new Blob([mp4(3000)]),
      new Blob([mp4(3000)]).stream(),
      Readable.from([mp4(3000)]),
      `file://${files.write("clip.mp4", mp4(3000))}`,
    ]) {
      await messages.sendTemplate({ to, ...template, params: [t.HeaderVideo.params({ video })] });
    }
    expect(calls()).toEqual(
      Array.from({ length: 4 }, () => [
        `POST /${PHONE_ID}/media`,
        `POST /${PHONE_ID}/messages`,
      ]).flat(),
    );
    expect(body(7).template.components[0].parameters[0]).toEqual({
      type: "video",
      video: { id: mediaId(3) },
    });
  });

  it("gives the upload the mimeType of bytes it cannot tell by itself", async () => {
    const { messages, upload } = await setUp();
    await messages.sendTemplate({
      to,
      ...template,
      params: [t.HeaderImage.params({ image: new Uint8Array(64), mimeType: "image/png" })],
    });
    expect((await upload(0)).type).toBe("image/png");
  });

  it.each([
    ["under the file's own name", "invoice-2026-11.pdf", undefined, "invoice-2026-11.pdf"],
    ["under the filename given", "tmp-81723.pdf", "Invoice November.pdf", "Invoice November.pdf"],
  ])("uploads and shows a document from a path %s", async (_, name, filename, shown) => {
    const path = files.write(name, pdf(800));
    const { messages, body, upload } = await setUp();
    await messages.sendTemplate({
      to,
      ...template,
      params: [t.HeaderDocument.params({ document: path, filename })],
    });
    expect(await upload(0)).toMatchObject({ file: { filename: shown } });
    expect(body(1).template.components[0].parameters[0]).toEqual({
      type: "document",
      document: { id: mediaId(0), filename: shown },
    });
  });

  it("uploads a GIF header's file as a video and sends it as a gif", async () => {
    const bytes = mp4(5000);
    const { messages, body, upload } = await setUp();
    await messages.sendTemplate({
      to,
      ...template,
      params: [t.HeaderGIF.params({ gif: Buffer.from(bytes) })],
    });
    expect(await upload(0)).toMatchObject({ type: "video/mp4", file: { sha256: sha256(bytes) } });
    expect(body(1).template.components[0].parameters[0]).toEqual({
      type: "gif",
      gif: { id: mediaId(0) },
    });
  });

  it("holds a GIF header's file to a video's type and limit, a document's to 100 MB", async () => {
    const { graph, messages } = await setUp();
    const gif = t.HeaderGIF.params({ gif: png() });
    const error = await messages
      .sendTemplate({ to, ...template, params: [gif] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadFileError);
    expect((error as Error).message).toMatch(/a video must be a video\/\* type/);
    const poster = files.sparse("poster.jpg", 5 * 1024 * 1024 + 1, jpeg(16));
    await expect(
      messages.sendTemplate({ to, ...template, params: [t.HeaderImage.params({ image: poster })] }),
    ).rejects.toBeInstanceOf(MediaTooLarge);
    expect(graph.received).toHaveLength(0);
    await messages.sendTemplate({
      to,
      ...template,
      params: [t.HeaderDocument.params({ document: poster })],
    });
    expect((await multipartParts(graph.received[0] as Received)).type).toBe("image/jpeg");
  });

  it("uploads each carousel card's file, and one file shown on several cards once", async () => {
    const shared = files.write("shared.png", png(900));
    const { calls, messages, body } = await setUp();
    const card = (index: number, image: string | Uint8Array) =>
      t.CarouselCard.params({ index, params: [t.HeaderImage.params({ image })] });
    await messages.sendTemplate({
      to,
      ...template,
      params: [t.Carousel.params({ cards: [card(0, shared), card(1, png(700)), card(2, shared)] })],
    });
    expect(calls()).toEqual([
      `POST /${PHONE_ID}/media`,
      `POST /${PHONE_ID}/media`,
      `POST /${PHONE_ID}/messages`,
    ]);
    const cards = body(2).template.components[0].cards;
    const ids = cards.map((c: { components: { parameters: { image: { id: string } }[] }[] }) => {
      return c.components[0]?.parameters[0]?.image.id;
    });
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe(ids[2]);
    expect(new Set(ids)).toEqual(new Set([mediaId(0), mediaId(1)]));
  });

  it("checks against a Template with the file still waiting, through TemplatesApi too", async () => {
    const { graph, calls, messages, body } = await setUp();
    const templatesApi = new TemplatesApi(graph.client(), { phoneId: PHONE_ID, messages });
    const built = new t.Template({
      name: "receipt",
      language: "en_US",
      category: "UTILITY",
      components: [
        new t.HeaderDocument({ example: "4::cmVjZWlwdA==" }),
        new t.BodyText("Hi {{1}}, your receipt is here.", "Pablo"),
      ],
    });
    await templatesApi.sendTemplate({
      to,
      template: built,
      params: [t.HeaderDocument.params({ document: pdf(300) }), t.BodyText.params("Ana")],
    });
    expect(calls()).toEqual([`POST /${PHONE_ID}/media`, `POST /${PHONE_ID}/messages`]);
    expect(body(1).template.components[0].parameters[0].document).toEqual({
      id: mediaId(0),
      filename: "file.pdf",
    });
  });
});

describe("sendTemplate sends media it need not upload as before", () => {
  it.each([
    ["a media id", "1013859600285441", { id: "1013859600285441" }],
    ["an https link", "https://example.com/sale.jpg", { link: "https://example.com/sale.jpg" }],
    ["{ id }", { id: "1013859600285441" }, { id: "1013859600285441" }],
    [
      "{ link }",
      { link: "https://example.com/sale.jpg" },
      { link: "https://example.com/sale.jpg" },
    ],
  ])("%s goes out as is, with no upload", async (_, image, object) => {
    const { calls, messages, body } = await setUp();
    await messages.sendTemplate({ to, ...template, params: [t.HeaderImage.params({ image })] });
    expect(calls()).toEqual([`POST /${PHONE_ID}/messages`]);
    expect(body(0).template.components[0]).toEqual({
      type: "header",
      parameters: [{ type: "image", image: object }],
    });
  });

  it("a Media uploaded before goes out by its id", async () => {
    const { graph, calls, messages, body } = await setUp();
    const media = await new MediaApi(graph.client(), { phoneId: PHONE_ID }).uploadMedia(pdf());
    await messages.sendTemplate({
      to,
      ...template,
      params: [t.HeaderDocument.params({ document: media, filename: "Terms.pdf" })],
    });
    expect(calls()).toEqual([`POST /${PHONE_ID}/media`, `POST /${PHONE_ID}/messages`]);
    expect(body(1).template.components[0].parameters[0].document).toEqual({
      id: mediaId(0),
      filename: "Terms.pdf",
    });
  });
});

describe("nothing is uploaded or sent when the send cannot succeed", () => {
  it("a parameter that does not fit the template costs no upload", async () => {
    const { graph, messages } = await setUp();
    const built = new t.Template({
      name: "receipt",
      language: "en_US",
      category: "UTILITY",
      components: [
        new t.HeaderImage({ example: "4::aW1n" }),
        new t.BodyText("Hi {{1}} and {{2}}, welcome.", "a", "b"),
      ],
    });
    await expect(
      messages.sendTemplate({
        to,
        template: built,
        params: [t.HeaderImage.params({ image: png() }), t.BodyText.params("only one")],
      }),
    ).rejects.toThrow(TemplateValidationError);
    expect(graph.received).toHaveLength(0);
  });

  it("a bad raw parameter or option elsewhere costs no upload", async () => {
    const { graph, messages } = await setUp();
    const image = t.HeaderImage.params({ image: png() });
    await expect(
      messages.sendTemplate({ to, ...template, params: [image], messageActivitySharing: true }),
    ).rejects.toThrow(/useMmLiteApi/);
    await expect(messages.sendTemplate({ to: "", ...template, params: [image] })).rejects.toThrow(
      /`to`/,
    );
    await expect(
      messages.sendTemplate({ to, name: "", language: "en_US", params: [image] }),
    ).rejects.toThrow(/`name` is required/);
    expect(graph.received).toHaveLength(0);
  });

  it("an aborted signal sends nothing", async () => {
    const { graph, messages } = await setUp();
    const controller = new AbortController();
    controller.abort(new Error("user left"));
    await expect(
      messages.sendTemplate({
        to,
        ...template,
        params: [t.HeaderImage.params({ image: png() })],
        signal: controller.signal,
      }),
    ).rejects.toThrow("user left");
    expect(graph.received).toHaveLength(0);
  });

  it("an abort during the upload reaches it, and the message is never sent", async () => {
    const controller = new AbortController();
    const { graph, messages } = await setUp(() => (_res: ServerResponse) => controller.abort());
    await expect(
      messages.sendTemplate({
        to,
        ...template,
        params: [t.HeaderImage.params({ image: jpeg(20_000) })],
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    expect(graph.received.map((r) => r.path)).toEqual([`/${PHONE_ID}/media`]);
  });

  it("a failed upload throws Graph's typed error and sends no message", async () => {
    const { graph, messages } = await setUp(() => ({
      status: 400,
      json: {
        error: {
          message: "(#131053) Media upload error",
          type: "OAuthException",
          code: 131053,
          error_data: { messaging_product: "whatsapp", details: "Unsupported file" },
          fbtrace_id: "AZl4pEo4l1Gy6ZWbpA1bR9y",
        },
      },
    }));
    const error = await messages
      .sendTemplate({ to, ...template, params: [t.HeaderVideo.params({ video: mp4() })] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaUploadError);
    expect(error).toMatchObject({ code: 131053 });
    expect(graph.received.map((r) => r.path)).toEqual([`/${PHONE_ID}/media`]);
  });

  it("when one card's upload fails, the other is cancelled and no message is sent", async () => {
    let uploads = 0;
    let held: Promise<void> | undefined;
    const { graph, messages } = await setUp(() =>
      uploads++ === 0
        ? (res: ServerResponse) => {
            // The first upload to arrive gets no answer: only an abort can end it.
            held = new Promise((closed) => res.on("close", () => closed()));
          }
        : {
            status: 400,
            json: { error: { message: "(#131053) Media upload error", code: 131053 } },
          },
    );
    const cards = [png(500), png(600)].map((image, index) =>
      t.CarouselCard.params({ index, params: [t.HeaderImage.params({ image })] }),
    );
    await expect(
      messages.sendTemplate({ to, ...template, params: [t.Carousel.params({ cards })] }),
    ).rejects.toBeInstanceOf(MediaUploadError);
    await held;
    expect(graph.received.map((r) => r.path)).toEqual([`/${PHONE_ID}/media`, `/${PHONE_ID}/media`]);
  });
});

describe("parameters holding a file", () => {
  it("refuse to become JSON until sendTemplate uploads the file", () => {
    const params = t.HeaderImage.params({ image: "./banner.jpg" });
    expect(params.file).toBe("./banner.jpg");
    expect(params.media).toBeUndefined();
    expect(() => JSON.stringify(params)).toThrow(TemplateValidationError);
    expect(() => params.toJSON()).toThrow(
      "HeaderImage: `image` is a file that is not uploaded yet: sendTemplate uploads it",
    );
    const card = t.CarouselCard.params({ index: 0, params: [params] });
    expect(() => JSON.stringify(t.Carousel.params({ cards: [card] }))).toThrow(
      TemplateValidationError,
    );
  });

  it("stay as given after a send: the next send uploads again", async () => {
    const path = files.write("banner.png", png(1200));
    const { calls, messages, body } = await setUp();
    const params = [t.HeaderImage.params({ image: path })];
    await messages.sendTemplate({ to, ...template, params });
    await messages.sendTemplate({ to, ...template, params });
    expect(calls()).toEqual(
      Array.from({ length: 2 }, () => [
        `POST /${PHONE_ID}/media`,
        `POST /${PHONE_ID}/messages`,
      ]).flat(),
    );
    expect(body(3).template.components[0].parameters[0].image).toEqual({ id: mediaId(1) });
    expect(params[0]?.file).toBe(path);
    expect(() => params[0]?.toJSON()).toThrow(TemplateValidationError);
  });

  it.each([
    ["an empty string", ""],
    ["another scheme's URL", "ftp://example.com/banner.jpg"],
    ["a link that is no URL", { link: "https://" }],
    ["a number", 42 as unknown as string],
  ])("refuse %s at once, as before", (_, image) => {
    expect(() => t.HeaderImage.params({ image })).toThrow(TemplateValidationError);
  });

  it("refuse an empty mimeType or filename at once", () => {
    expect(() => t.HeaderVideo.params({ video: mp4(), mimeType: "" })).toThrow(
      "HeaderVideo: `mimeType` must be a non-empty string",
    );
    expect(() => t.HeaderDocument.params({ document: pdf(), filename: "" })).toThrow(
      "HeaderDocument: `filename` must be a non-empty string",
    );
  });
});
