/**
 * An upload takes one of two paths, as Graph's JSON calls do: straight to tswa's undici Agent
 * (the default while the global fetch is Node's own), or through a fetch (one given to the
 * client, or the global one once msw replaced it). Both must put the same multipart bytes on
 * the wire and keep every promise: aborts, timeouts, the size limit counted mid-stream,
 * retries that send a file afresh. Real servers on 127.0.0.1.
 */
import { Readable } from "node:stream";
import {
  defaultFetch,
  type GraphClientOptions,
  MediaApi,
  MediaTooLarge,
  type UploadableMedia,
  UploadFileError,
  WhatsAppTimeoutError,
} from "@tswa/core";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { describe, expect, it, vi } from "vitest";
import { PHONE_ID } from "./graph-handlers.js";
import { graphStandIn, multipartParts, type Received, sha256 } from "./graph-stand-in.js";
import { jpeg, pdf, tempDir } from "./media-files.js";

const MiB = 1024 * 1024;
const files = tempDir();

const PATHS = {
  direct: {} as GraphClientOptions,
  fetch: { fetch: defaultFetch } as GraphClientOptions,
};

/** Headers the fetch standard adds to every request; the direct path sends none of them. */
const FETCH_ONLY_HEADERS = ["accept", "accept-encoding", "accept-language", "sec-fetch-mode"];

/** A request's body and headers with its random boundary replaced, to compare two uploads. */
function wire(request: Received) {
  const boundary = /boundary=(\S+)/.exec(String(request.headers["content-type"]))?.[1] ?? "";
  const { host: _, ...headers } = request.headers;
  for (const name of FETCH_ONLY_HEADERS) delete headers[name];
  headers["content-type"] = String(headers["content-type"]).replace(boundary, "BOUNDARY");
  const body = request.body.toString("latin1").replaceAll(boundary, "BOUNDARY");
  return {
    method: request.method,
    path: request.path,
    headers,
    sha256: sha256(Buffer.from(body, "latin1")),
  };
}

/** A web stream of `count` chunks, recording how many were pulled and whether it was cancelled. */
function countedStream(chunk: Uint8Array, count: number, stallAfter = Infinity) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= stallAfter) return new Promise<void>(() => {});
      if (state.pulled++ === count) return controller.close();
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe("both upload paths put the same multipart request on the wire", () => {
  const bytes = pdf(3 * MiB + 123);
  const inputs: [string, () => UploadableMedia][] = [
    ["a path", () => files.write("menu.pdf", bytes)],
    ["bytes", () => bytes],
    ["a Blob", () => new Blob([bytes], { type: "application/pdf" })],
    ["a Node stream", () => Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)])],
    ["a web stream", () => new Blob([bytes]).stream()],
  ];

  it.each(inputs)("from %s", async (_, input) => {
    const graph = await graphStandIn(() => ({ json: { id: "1" } }));
    for (const options of Object.values(PATHS)) {
      const media = new MediaApi(graph.client(options), { phoneId: PHONE_ID });
      await media.uploadMedia(input(), { filename: "menu.pdf" });
    }
    const [direct, fetched] = graph.received as [Received, Received];
    expect(direct.headers["sec-fetch-mode"]).toBeUndefined();
    expect(fetched.headers["sec-fetch-mode"]).toBe("cors");
    expect(wire(direct)).toEqual(wire(fetched));
    expect((await multipartParts(direct)).file).toEqual({
      filename: "menu.pdf",
      type: "application/pdf",
      size: bytes.length,
      sha256: sha256(bytes),
    });
  });
});

describe.each(Object.entries(PATHS))("an upload on the %s path", (_, options) => {
  const api = async (
    answer: Parameters<typeof graphStandIn>[0] = () => ({ json: { id: "1" } }),
  ) => {
    const graph = await graphStandIn(answer);
    return {
      graph,
      media: (extra: GraphClientOptions = {}) =>
        new MediaApi(graph.client({ ...options, ...extra }), { phoneId: PHONE_ID }),
    };
  };

  it("stops mid-upload when the signal aborts: the caller's reason, the stream cancelled", async () => {
    const { graph, media } = await api();
    const { stream, state } = countedStream(pdf(256 * 1024), 400, 8);
    const controller = new AbortController();
    const reason = new Error("the user left");
    const upload = media().uploadMedia(stream, { signal: controller.signal });
    upload.catch(() => undefined);
    // 2 MiB read and sent, then the stream waits: the upload is in flight.
    await vi.waitFor(() => expect(state.pulled).toBe(8));
    controller.abort(reason);
    await expect(upload).rejects.toBe(reason);
    await vi.waitFor(() => expect(state.cancelled).toBe(true));
    expect(graph.received[0]?.complete).toBe(false);
  });

  it("times out a stream that stops sending, and cancels it", async () => {
    const { graph, media } = await api();
    const { stream, state } = countedStream(pdf(64 * 1024), 100, 3);
    const error = await media()
      .uploadMedia(stream, { timeout: 300 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhatsAppTimeoutError);
    await vi.waitFor(() => expect(state.cancelled).toBe(true));
    expect(graph.received[0]?.complete).toBe(false);
  });

  it("stops a stream past the size limit with MediaTooLarge, having read little of it", async () => {
    const { graph, media } = await api();
    const { stream, state } = countedStream(jpeg(256 * 1024), 64);
    const error = await media()
      .uploadMedia(stream)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaTooLarge);
    expect(error).toMatchObject({ mediaType: "image", sizeKnown: false });
    expect(state.pulled).toBeLessThan(30);
    await vi.waitFor(() => expect(graph.received[0]?.body.length).toBeGreaterThan(0));
    expect(graph.received[0]?.complete).toBe(false);
  });

  it("sends a file again, whole, when Graph marks the failure transient", async () => {
    const bytes = pdf(2 * MiB + 5);
    const path = files.write("retry.pdf", bytes);
    const { graph, media } = await api((_, index) =>
      index === 0
        ? { status: 503, json: { error: { message: "busy", code: 2, is_transient: true } } }
        : { json: { id: "9" } },
    );
    const retry = { maxRetries: 1, initialDelay: 1, maxDelay: 1 };
    expect((await media({ retry }).uploadMedia(path)).id).toBe("9");
    expect(graph.received).toHaveLength(2);
    for (const request of graph.received) {
      expect((await multipartParts(request)).file).toMatchObject({ sha256: sha256(bytes) });
    }
  });

  it("never sends a stream twice: the retry is refused with UploadFileError", async () => {
    const { graph, media } = await api(() => ({
      status: 503,
      json: { error: { message: "busy", code: 2, is_transient: true } },
    }));
    const retry = { maxRetries: 1, initialDelay: 1, maxDelay: 1 };
    const error = await media({ retry })
      .uploadMedia(Readable.from([pdf(1000)]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadFileError);
    expect(graph.received).toHaveLength(1);
  });
});

describe("msw sees uploads", () => {
  it("intercepts an upload from a path while it listens; the real server gets nothing", async () => {
    const graph = await graphStandIn(() => ({ json: { id: "real" } }));
    const bytes = jpeg(500_000);
    const path = files.write("photo.jpg", bytes);
    let seen: { type: unknown; size: number } | undefined;
    const msw = setupServer(
      http.post(`${graph.origin}/v26.0/${PHONE_ID}/media`, async ({ request }) => {
        const form = await request.formData();
        const file = form.get("file") as File;
        seen = { type: form.get("type"), size: file.size };
        return HttpResponse.json({ id: "mocked" });
      }),
    );
    msw.listen({ onUnhandledRequest: "error" });
    try {
      const media = new MediaApi(graph.client(), { phoneId: PHONE_ID });
      expect((await media.uploadMedia(path)).id).toBe("mocked");
    } finally {
      msw.close();
    }
    expect(seen).toEqual({ type: "image/jpeg", size: bytes.length });
    expect(graph.received).toHaveLength(0);
  });
});
