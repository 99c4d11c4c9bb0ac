import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { MediaApi, MediaFetchError, MediaTooLarge } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { PHONE_ID } from "./graph-handlers.js";
import { graphStandIn, multipartParts, sha256 } from "./graph-stand-in.js";
import { jpeg, pdf } from "./media-files.js";

const local = (url: URL) => url.hostname === "127.0.0.1";

/** A web server with files, and a Graph stand-in to upload them to. */
interface Served {
  status?: number;
  headers?: Record<string, string>;
  body?: Uint8Array;
}

async function setUp(serve: (path: string) => Served) {
  const web = await graphStandIn((request) => (res) => {
    const { status = 200, headers = {}, body } = serve(request.path);
    res.writeHead(status, headers);
    res.end(body);
  });
  const graph = await graphStandIn(() => ({ json: { id: "77" } }));
  return { web, graph, media: new MediaApi(graph.client(), { phoneId: PHONE_ID }) };
}

describe("uploadMedia from a URL", () => {
  it("fetches the URL and streams it into the upload, with its type and name", async () => {
    const bytes = jpeg(200_000);
    const { web, graph, media } = await setUp(() => ({
      headers: { "content-type": "image/jpeg", "content-length": String(bytes.length) },
      body: bytes,
    }));
    const uploaded = await media.uploadMedia(`${web.origin}/menus/today.jpg?v=2`, {
      allowUrl: local,
    });
    expect(uploaded.toJSON()).toMatchObject({ filename: "today.jpg", mimeType: "image/jpeg" });
    expect(web.received.map((r) => [r.method, r.path])).toEqual([["GET", "/menus/today.jpg"]]);
    expect(await multipartParts(graph.received[0] as never)).toEqual({
      messaging_product: "whatsapp",
      type: "image/jpeg",
      file: {
        filename: "today.jpg",
        type: "image/jpeg",
        size: bytes.length,
        sha256: sha256(bytes),
      },
    });
  });

  it("tells the type from the bytes when the server says only octet-stream", async () => {
    const { web, graph, media } = await setUp(() => ({
      headers: { "content-type": "application/octet-stream" },
      body: pdf(5000),
    }));
    await media.uploadMedia(`${web.origin}/download`, { allowUrl: local });
    expect((await multipartParts(graph.received[0] as never)).type).toBe("application/pdf");
  });

  it("follows a redirect, checking the new URL too", async () => {
    const { web, media } = await setUp(
      (path): Served =>
        path === "/old"
          ? { status: 302, headers: { location: "/new.pdf" } }
          : { headers: { "content-type": "application/pdf" }, body: pdf(100) },
    );
    await media.uploadMedia(`${web.origin}/old`, { allowUrl: local });
    expect(web.received.map((r) => r.path)).toEqual(["/old", "/new.pdf"]);
  });

  it("refuses a redirect to a URL allowUrl refuses, without fetching it", async () => {
    const { web, graph, media } = await setUp(() => ({
      status: 301,
      headers: { location: "http://169.254.169.254/latest/meta-data" },
    }));
    const error = await media
      .uploadMedia(`${web.origin}/x`, { allowUrl: local })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaFetchError);
    expect(error).toMatchObject({ origin: "http://169.254.169.254" });
    expect(graph.received).toHaveLength(0);
  });

  it("fetches https URLs only by default: an http URL is refused before any connection", async () => {
    const { web, graph, media } = await setUp(() => ({ body: jpeg() }));
    const error = await media.uploadMedia(`${web.origin}/a.jpg`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaFetchError);
    expect((error as Error).message).toBe(
      `cannot fetch the media to upload from ${web.origin}: only https URLs are fetched (pass \`allowUrl\` to allow others)`,
    );
    expect(web.received).toHaveLength(0);
    expect(graph.received).toHaveLength(0);
  });

  it("reports an error status with the origin only (a query may carry a token)", async () => {
    const { web, graph, media } = await setUp(() => ({ status: 404, body: new Uint8Array(0) }));
    const error = await media
      .uploadMedia(`${web.origin}/a.jpg?token=s3cret`, { allowUrl: local })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "MediaFetchError", status: 404 });
    expect((error as Error).message).not.toContain("s3cret");
    expect(graph.received).toHaveLength(0);
  });

  it("reports a refused connection by its code, without the URL's query", async () => {
    const { media } = await setUp(() => ({ body: jpeg() }));
    // A port that was just freed: nothing listens on it.
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, "127.0.0.1", resolve));
    const { port } = spare.address() as AddressInfo;
    await new Promise((resolve) => spare.close(resolve));
    const error = await media
      .uploadMedia(`http://127.0.0.1:${port}/a.jpg?token=s3cret`, { allowUrl: local })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaFetchError);
    expect((error as Error).message).toBe(
      `cannot fetch the media to upload from http://127.0.0.1:${port}: the request failed (ECONNREFUSED)`,
    );
    expect((error as Error).cause).toBeUndefined();
  });

  it("refuses a file whose Content-Length is over the limit before uploading", async () => {
    const bytes = jpeg(6 * 1024 * 1024);
    const { web, graph, media } = await setUp(() => ({
      headers: { "content-type": "image/jpeg", "content-length": String(bytes.length) },
      body: bytes,
    }));
    const error = await media
      .uploadMedia(`${web.origin}/huge.jpg`, { allowUrl: local })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaTooLarge);
    expect(error).toMatchObject({ sizeKnown: true, size: bytes.length });
    expect(graph.received).toHaveLength(0);
  });
});
