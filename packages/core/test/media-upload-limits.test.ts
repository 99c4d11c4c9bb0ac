import { Readable } from "node:stream";
import { MEDIA_SIZE_LIMITS, MediaApi, MediaTooLarge, UploadFileError } from "@tswa/core";
import { describe, expect, it, vi } from "vitest";
import { PHONE_ID } from "./graph-handlers.js";
import { graphStandIn, multipartParts, sha256 } from "./graph-stand-in.js";
import { animatedWebp, jpeg, mp4, pdf, staticWebp, tempDir } from "./media-files.js";

const MiB = 1024 * 1024;
const files = tempDir();

async function api(options: Parameters<typeof graphStandIn>[0] = () => ({ json: { id: "1" } })) {
  const graph = await graphStandIn(options);
  return { graph, media: new MediaApi(graph.client(), { phoneId: PHONE_ID }) };
}

describe("uploadMedia: Meta's size limits, checked before any byte is sent", () => {
  it.each([
    ["an image path", () => files.sparse("big.jpg", 5 * MiB + 1, jpeg(16)), "image", "5 MB"],
    ["a video path", () => files.sparse("big.mp4", 16 * MiB + 1, mp4(16)), "video", "16 MB"],
    [
      "an audio Blob",
      () => new Blob([new Uint8Array(16 * MiB + 1)], { type: "audio/mpeg" }),
      "audio",
      "16 MB",
    ],
    [
      "a document path",
      () => files.sparse("big.pdf", 100 * MiB + 1, pdf(16)),
      "document",
      "100 MB",
    ],
    ["a static sticker", () => staticWebp(100 * 1024 + 1), "sticker", "100 KB"],
    ["an animated sticker", () => animatedWebp(500 * 1024 + 1), "sticker", "500 KB"],
  ])("refuses %s one byte over, with MediaTooLarge", async (_, make, mediaType, label) => {
    const { graph, media } = await api();
    const error = await media.uploadMedia(make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaTooLarge);
    expect(error).toMatchObject({ name: "MediaTooLarge", mediaType, sizeKnown: true });
    const { maxBytes, size } = error as MediaTooLarge;
    expect(size).toBe(maxBytes + 1);
    expect((error as Error).message).toContain(`at most ${label}`);
    expect(graph.received).toHaveLength(0);
  });

  it("takes a file of exactly the limit", async () => {
    const { graph, media } = await api();
    await media.uploadMedia(staticWebp(MEDIA_SIZE_LIMITS.staticSticker.max));
    expect(graph.received).toHaveLength(1);
  });

  it("judges a WebP by its animation flag: 200 KB passes when animated", async () => {
    const { media } = await api();
    await expect(media.uploadMedia(animatedWebp(200 * 1024))).resolves.toMatchObject({
      mimeType: "image/webp",
    });
    await expect(media.uploadMedia(staticWebp(200 * 1024))).rejects.toMatchObject({
      limit: "staticSticker",
    });
  });

  it("applies the limit of the mimeType given: a large JPEG goes as a document", async () => {
    const { media } = await api();
    const path = files.sparse("scan.jpg", 6 * MiB, jpeg(16));
    await expect(media.uploadMedia(path)).rejects.toBeInstanceOf(MediaTooLarge);
    await expect(
      media.uploadMedia(path, { mimeType: "application/pdf", filename: "scan.pdf" }),
    ).resolves.toMatchObject({ mimeType: "application/pdf" });
  });
});

describe("uploadMedia: a stream that turns out too large", () => {
  it("is counted as it streams, aborted past the limit, and rejected with MediaTooLarge", async () => {
    const { graph, media } = await api();
    const chunk = jpeg(256 * 1024);
    let pulled = 0;
    // 64 chunks of 256 KiB: 16 MiB, far over the image limit of 5 MiB.
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ === 64) return controller.close();
        controller.enqueue(chunk);
      },
    });
    const error = await media.uploadMedia(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaTooLarge);
    expect(error).toMatchObject({ mediaType: "image", sizeKnown: false, maxBytes: 5 * MiB });
    expect((error as MediaTooLarge).size).toBeGreaterThan(5 * MiB);
    expect((error as Error).message).toContain("more than 5242880 bytes");
    // The stream was not read to its end, and the server never got a whole body.
    expect(pulled).toBeLessThan(30);
    await vi.waitFor(() => expect(graph.received[0]?.body.length).toBeGreaterThan(0));
    expect(graph.received[0]?.complete).toBe(false);
    expect(graph.received[0]?.body.length).toBeLessThan(6 * MiB);
  });
});

describe("uploadMedia: retries", () => {
  const transient = {
    status: 503,
    json: {
      error: {
        message: "Service temporarily unavailable",
        type: "OAuthException",
        code: 2,
        is_transient: true,
        fbtrace_id: "Abc",
      },
    },
  };

  it("sends a file again from its start when Graph asks for a retry", async () => {
    const bytes = pdf(300_000);
    const path = files.write("menu.pdf", bytes);
    const graph = await graphStandIn((_, index) =>
      index === 0 ? transient : { json: { id: "9" } },
    );
    const client = graph.client({ retry: { maxRetries: 1, initialDelay: 1, maxDelay: 1 } });
    const media = await new MediaApi(client, { phoneId: PHONE_ID }).uploadMedia(path);
    expect(media.id).toBe("9");
    expect(graph.received).toHaveLength(2);
    for (const request of graph.received) {
      expect((await multipartParts(request)).file).toEqual({
        filename: "menu.pdf",
        type: "application/pdf",
        size: bytes.length,
        sha256: sha256(bytes),
      });
    }
  });

  it("cannot send a stream twice, and says what to pass instead", async () => {
    const graph = await graphStandIn(() => transient);
    const client = graph.client({ retry: { maxRetries: 1, initialDelay: 1, maxDelay: 1 } });
    const error = await new MediaApi(client, { phoneId: PHONE_ID })
      .uploadMedia(Readable.from([pdf(1000)]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadFileError);
    expect((error as Error).message).toMatch(/pass a path, bytes or a Blob/);
    expect(graph.received).toHaveLength(1);
  });
});
