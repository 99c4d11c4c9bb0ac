import { inspect } from "node:util";
import {
  MediaDownloadFailed,
  type MediaDownloadOptions,
  MediaDownloadTimeout,
  MediaDownloadTooLarge,
  MediaErrorPage,
  MediaHashMismatch,
  MediaNotFound,
  MediaTruncated,
} from "@tswa/media";
import { describe, expect, it, vi } from "vitest";
import { CloudMedia, FORMS, sha256 } from "./fixtures/cloud.js";
import { pattern } from "./fixtures/encrypt.js";
import { expectRequestsThrough, TRANSPORT_PATHS } from "./fixtures/paths.js";

const cloud = CloudMedia.use();

/** A failure, the error it must give, and the CDN's part in it. */
interface Failure {
  /** Publishes the media that fails; returns its id. */
  arrange(): string;
  error: new (...args: never[]) => MediaDownloadFailed;
  reason: MediaDownloadFailed["reason"];
  /** The socket's code, for a connection that failed. */
  code?: string;
  options?: MediaDownloadOptions;
}

const publish = (...args: Parameters<CloudMedia["publish"]>) => cloud.publish(...args).id;

/** A URL that redirects to itself, relative, for ever. */
function redirectLoop(): string {
  const name = cloud.freshName("loop");
  const url = cloud.cdn.serve(name, Buffer.alloc(0), { redirect: `/v/${name}?oh=SECRET-TOKEN` });
  return publish(pattern(10), { redirect: url });
}

const FAILURES: Record<string, Failure> = {
  "a body whose SHA-256 is not Meta's": {
    arrange: () => publish(pattern(100_000, 1), {}, pattern(100_000, 2)),
    error: MediaHashMismatch,
    reason: "hash-mismatch",
  },
  "a body declared shorter than Meta's file_size": {
    arrange: () => publish(pattern(100_000), {}, pattern(60_000)),
    error: MediaTruncated,
    reason: "truncated",
  },
  "a chunked body that ends before Meta's file_size": {
    arrange: () => publish(pattern(100_000), { contentLength: "none" }, pattern(60_000)),
    error: MediaTruncated,
    reason: "truncated",
  },
  "a body declared longer than Meta's file_size": {
    arrange: () => publish(pattern(60_000), {}, pattern(100_000)),
    error: MediaDownloadTooLarge,
    reason: "too-large",
  },
  "a chunked body that runs past Meta's file_size": {
    arrange: () => publish(pattern(60_000), { contentLength: "none" }, pattern(100_000)),
    error: MediaDownloadTooLarge,
    reason: "too-large",
  },
  "a file over maxSize": {
    arrange: () => publish(pattern(100_000)),
    error: MediaDownloadTooLarge,
    reason: "too-large",
    options: { maxSize: 99_999 },
  },
  "a file over maxSize without a Content-Length or file_size": {
    arrange: () => publish(pattern(100_000), { contentLength: "none" }),
    error: MediaDownloadTooLarge,
    reason: "too-large",
    options: { maxSize: 99_999 },
  },
  "a CDN that closes the connection mid-stream": {
    arrange: () => publish(pattern(300_000), { sendBytes: 100_000 }),
    error: MediaDownloadFailed,
    reason: "connection-reset",
    code: "UND_ERR_SOCKET",
    options: { restarts: 0 },
  },
  "a CDN that resets the connection mid-stream": {
    arrange: () => publish(pattern(300_000), { sendBytes: 100_000, afterwards: "reset" }),
    error: MediaDownloadFailed,
    reason: "connection-reset",
    code: "ECONNRESET",
    options: { restarts: 0 },
  },
  "a body that stalls for idleTimeout": {
    arrange: () => publish(pattern(300_000), { sendBytes: 100_000, afterwards: "stall" }),
    error: MediaDownloadTimeout,
    reason: "timeout",
    options: { idleTimeout: 100, restarts: 0 },
  },
  "a body that trickles past the attempt's timeout": {
    arrange: () => publish(pattern(64 * 1024), { pieceSize: 1024, pieceDelay: 20 }),
    error: MediaDownloadTimeout,
    reason: "timeout",
    options: { timeout: 200 },
  },
  "an HTML error page served with status 200": {
    arrange: () =>
      publish(pattern(100), { contentType: "text/html; charset=utf-8" }, Buffer.from("<html>")),
    error: MediaErrorPage,
    reason: "error-page",
  },
  "Meta's error JSON served with status 200": {
    arrange: () =>
      publish(
        pattern(100),
        { contentType: "application/json" },
        Buffer.from('{"error":{"message":"Invalid OAuth access token","code":190}}'),
      ),
    error: MediaErrorPage,
    reason: "error-page",
  },
  "a file the CDN compresses although asked not to": {
    arrange: () => publish(pattern(50_000), { gzip: "always" }),
    error: MediaDownloadFailed,
    reason: "http-error",
  },
  "a URL that stays 404 after resolving the id again": {
    arrange: () => publish(pattern(100), { status: 404 }),
    error: MediaNotFound,
    reason: "not-found",
  },
  "a CDN that answers 500": {
    arrange: () => publish(pattern(100), { status: 500 }),
    error: MediaDownloadFailed,
    reason: "http-error",
  },
  "a redirect to a host allowUrl does not accept": {
    arrange: () => publish(pattern(10), { redirect: "http://169.254.169.254/latest?token=1" }),
    error: MediaDownloadFailed,
    reason: "url-not-allowed",
  },
  "more than 20 redirects": {
    arrange: redirectLoop,
    error: MediaDownloadFailed,
    reason: "http-error",
  },
};

describe.each(TRANSPORT_PATHS)("a failed Cloud API download ($name path)", (path) => {
  expectRequestsThrough(path, () => cloud.cdn);

  describe.each(Object.entries(FAILURES))("%s", (_, failure) => {
    it.each(FORMS)("is a typed error and leaves nothing behind (%s form)", async (form) => {
      const id = failure.arrange();
      const error = await cloud
        .download(form, cloud.downloader(path), id, failure.options)
        .catch((e) => e);
      expect(error).toBeInstanceOf(failure.error);
      expect(error).toBeInstanceOf(MediaDownloadFailed);
      expect(error).toMatchObject({ name: failure.error.name, reason: failure.reason });
      if (failure.code) expect(error).toMatchObject({ code: failure.code });
      // Neither the CDN's query string nor the access token, in the message or the causes.
      const shown = inspect(error, { depth: 10 });
      expect(shown).not.toContain("SECRET-TOKEN");
      expect(shown).not.toContain("TEST-TOKEN");
      expect((error as Error).message).not.toContain("?");
      await cloud.expectNothingLeft();
    });
  });

  describe.each(FORMS)("an abort signal (%s form)", (form) => {
    it("already aborted: rejects with its reason, before a request", async () => {
      const { id, name } = cloud.publish(pattern(10));
      const reason = new Error("stop");
      const error = await cloud
        .download(form, cloud.downloader(path), id, { signal: AbortSignal.abort(reason) })
        .catch((e) => e);
      expect(error).toBe(reason);
      expect(cloud.cdn.requests(name)).toBe(0);
      await cloud.expectNothingLeft();
    });

    it("aborted mid-body: rejects with its reason and leaves nothing behind", async () => {
      const { id, name } = cloud.publish(pattern(300_000), {
        sendBytes: 100_000,
        afterwards: "stall",
      });
      const controller = new AbortController();
      const reason = new Error("stop");
      const done = cloud.download(form, cloud.downloader(path), id, { signal: controller.signal });
      await vi.waitFor(() => expect(cloud.cdn.bytesSent(name)).toBe(100_000));
      controller.abort(reason);
      await expect(done).rejects.toBe(reason);
      await cloud.expectNothingLeft();
    });
  });

  describe("the errors tell", () => {
    const downloader = () => cloud.downloader(path);

    it("both hashes, hex, on a mismatch", async () => {
      const [file, served] = [pattern(1000, 1), pattern(1000, 2)];
      const error = (await downloader()
        .getMediaBytes(cloud.publish(file, {}, served).id)
        .catch((e) => e)) as MediaHashMismatch;
      expect(error.expected).toBe(sha256(file).toString("hex"));
      expect(error.actual).toBe(sha256(served).toString("hex"));
    });

    it("a file_size over maxSize, before connecting to the CDN", async () => {
      const { id, name } = cloud.publish(pattern(2000));
      const error = await cloud
        .downloader(path, { maxSize: 1000 })
        .getMediaBytes(id)
        .catch((e) => e);
      expect(error).toMatchObject({ reason: "too-large", limit: 1000, limitKind: "maxSize" });
      expect(cloud.cdn.requests(name)).toBe(0);
    });

    it("a body that runs past file_size, and stops reading it", async () => {
      const { id, name } = cloud.publish(pattern(1000), { endless: true, contentLength: "none" });
      const error = await downloader()
        .getMediaBytes(id)
        .catch((e) => e);
      expect(error).toMatchObject({ reason: "too-large", limit: 1000, limitKind: "fileSize" });
      // The connection was closed: the server got no further than what the socket buffers hold.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(cloud.cdn.bytesSent(name)).toBeLessThan(16 * 1024 * 1024);
    });

    it("the truncated sizes", async () => {
      const { id } = cloud.publish(pattern(1000), { contentLength: "none" }, pattern(600));
      const error = await downloader()
        .getMediaBytes(id)
        .catch((e) => e);
      expect(error).toMatchObject({ reason: "truncated", expected: 1000, received: 600 });
    });

    it.each([
      ["close", "UND_ERR_SOCKET"],
      ["reset", "ECONNRESET"],
    ] as const)(
      "the socket's code when every attempt broke off (%s), after starting again",
      async (afterwards, code) => {
        const { id, name } = cloud.publish(pattern(200_000), { sendBytes: 50_000, afterwards });
        const error = await cloud
          .downloader(path, { restarts: 1 })
          .getMediaBytes(id)
          .catch((e) => e);
        expect(error).toMatchObject({ reason: "connection-reset", code, status: undefined });
        expect(cloud.cdn.requests(name)).toBe(2);
      },
    );

    it("idleTimeout when the body stalls, after starting again", async () => {
      const { id, name } = cloud.publish(pattern(300_000), {
        sendBytes: 70_000,
        afterwards: "stall",
      });
      const error = await cloud
        .downloader(path, { idleTimeout: 100, restarts: 1 })
        .getMediaBytes(id)
        .catch((e) => e);
      expect(error).toBeInstanceOf(MediaDownloadTimeout);
      expect(error).toMatchObject({ idle: true, timeout: 100 });
      expect(cloud.cdn.requests(name)).toBe(2);
    });

    it("the attempt's timeout when the CDN never answers", async () => {
      const { id } = cloud.publish(pattern(10), { holdHeaders: new Promise(() => {}) });
      const error = await cloud
        .downloader(path, { transport: path.transportWith({ retry: { maxRetries: 0 } }) })
        .getMediaBytes(id, { timeout: 100 })
        .catch((e) => e);
      expect(error).toBeInstanceOf(MediaDownloadTimeout);
      expect(error).toMatchObject({ idle: false, timeout: 100 });
    });
  });
});
