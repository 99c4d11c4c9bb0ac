import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buffer } from "node:stream/consumers";
import { inspect } from "node:util";
import { HttpTransport } from "@tswa/core";
import {
  MediaDownloader,
  MediaDownloadFailed,
  type MediaDownloadOptions,
  MediaDownloadTooLarge,
  MediaErrorPage,
  MediaHashMismatch,
  MediaNotFound,
  MediaTruncated,
} from "@tswa/media";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type CdnBehavior, LOCAL_CDN, TestCdn } from "./fixtures/cdn.js";
import { pattern } from "./fixtures/encrypt.js";
import { graphAnswerFor, TestGraph } from "./fixtures/graph.js";

let cdn: TestCdn;
let graph: TestGraph;
let dir: string;
let spoolDir: string;
beforeAll(async () => {
  [cdn, graph] = await Promise.all([TestCdn.start(), TestGraph.start()]);
});
afterAll(() => Promise.all([cdn.close(), graph.close()]));
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tswa-cloud-media-"));
  spoolDir = await mkdtemp(join(tmpdir(), "tswa-cloud-spool-"));
});
afterEach(() =>
  Promise.all([rm(dir, { recursive: true, force: true }), rm(spoolDir, { recursive: true })]),
);

/** Fast retries, so the transport's backoff does not slow the suite. */
const transport = new HttpTransport({ retry: { initialDelay: 5, maxDelay: 20 } });
let names = 0;

function downloader(options: Partial<ConstructorParameters<typeof MediaDownloader>[0]> = {}) {
  return new MediaDownloader({
    token: "TEST-TOKEN",
    getMediaUrl: graph.getMediaUrl,
    transport,
    tempDir: spoolDir,
    ...LOCAL_CDN,
    ...options,
  });
}

/**
 * Publishes `file` as a media id: Graph answers with the hex SHA-256 and size of `file`, and the
 * CDN serves `served` (default: the file) with `behave`.
 */
function publish(
  file: Buffer,
  behave: CdnBehavior | ((attempt: number) => CdnBehavior) = {},
  served: Buffer = file,
) {
  const n = ++names;
  const id = String(1_000_000 + n);
  const name = `media-${n}`;
  const url = cdn.serve(name, served, behave);
  graph.media(id, () => graphAnswerFor(id, url, file));
  return { id, name, url };
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest();

/** Every output form, each returning the bytes it handed over. */
const FORMS = {
  file: async (media: MediaDownloader, id: string, options?: MediaDownloadOptions) => {
    const { path } = await media.downloadMedia(id, { ...options, path: join(dir, "out.jpg") });
    return readFile(path);
  },
  buffer: (media: MediaDownloader, id: string, options?: MediaDownloadOptions) =>
    media.getMediaBytes(id, options),
  stream: async (media: MediaDownloader, id: string, options?: MediaDownloadOptions) =>
    buffer(await media.streamMedia(id, options)),
} as const;
type Form = keyof typeof FORMS;

/** Nothing left behind: no file, no temporary file in the target folder or the spool folder. */
async function expectNothingLeft() {
  expect(await readdir(dir)).toEqual([]);
  expect(await readdir(spoolDir)).toEqual([]);
}

describe("downloading Cloud API media by id over HTTP", () => {
  it.each(Object.keys(FORMS) as Form[])("hands over the verified file (%s form)", async (form) => {
    const file = pattern(1024 * 1024 + 7, 3);
    const { id, name } = publish(file);
    const data = await FORMS[form](downloader(), id);
    expect(data.equals(file)).toBe(true);
    expect(graph.calls(id)).toBe(1);
    expect(cdn.authorizations(name)).toEqual(["Bearer TEST-TOKEN"]);
    if (form !== "file") expect(await readdir(dir)).toEqual([]);
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it("tells the path, size, MIME type and SHA-256 of a downloaded file, and leaves only it", async () => {
    const file = pattern(70_000);
    const { id } = publish(file);
    const result = await downloader().downloadMedia(id, { path: join(dir, "photo.jpg") });
    expect(result).toEqual({
      mediaId: id,
      mimeType: "image/jpeg",
      size: 70_000,
      sha256: sha256(file).toString("hex"),
      path: join(dir, "photo.jpg"),
    });
    expect(await readdir(dir)).toEqual(["photo.jpg"]);
  });

  it("downloads an empty file", async () => {
    const { id } = publish(Buffer.alloc(0));
    expect((await downloader().getMediaBytes(id)).length).toBe(0);
  });

  it.each<[string, CdnBehavior]>([
    ["in 7-byte pieces", { pieceSize: 7 }],
    ["chunked, without a Content-Length", { contentLength: "none", pieceSize: 1000 }],
  ])("downloads a file sent %s", async (_, behavior) => {
    const file = pattern(50_000, 9);
    const { id } = publish(file, behavior);
    expect((await downloader().getMediaBytes(id)).equals(file)).toBe(true);
  });

  it("uses a getMediaUrl answer as given, without calling Graph", async () => {
    const file = pattern(5000);
    const { id, url } = publish(file);
    const answer = { id, url, sha256: sha256(file).toString("hex"), fileSize: 5000 };
    expect((await downloader().getMediaBytes(answer)).equals(file)).toBe(true);
    expect(graph.calls(id)).toBe(0);
  });

  it("downloads a bare URL, checking the sha256 option (hex or base64) when given", async () => {
    const file = pattern(5000, 1);
    const { id, url } = publish(file);
    const media = downloader();
    expect((await media.getMediaBytes(url)).equals(file)).toBe(true);
    expect(
      (await media.getMediaBytes(url, { sha256: sha256(file).toString("base64") })).equals(file),
    ).toBe(true);
    const error = await media
      .getMediaBytes(url, { sha256: sha256(pattern(5000, 2)).toString("hex") })
      .catch((e) => e);
    expect(error).toBeInstanceOf(MediaHashMismatch);
    expect(graph.calls(id)).toBe(0);
  });

  it("refuses a SHA-256 that is neither hex nor base64 of 32 bytes", async () => {
    const { url } = publish(pattern(10));
    await expect(downloader().getMediaBytes(url, { sha256: "abc" })).rejects.toThrow(
      /64 hex digits or the base64 of 32 bytes/,
    );
  });
});

/** A failure, the error it must give, and the CDN's part in it. */
interface Failure {
  /** Publishes the media that fails; returns its id. */
  arrange(): string;
  error: new (...args: never[]) => MediaDownloadFailed;
  reason: MediaDownloadFailed["reason"];
  options?: MediaDownloadOptions;
}

const FAILURES: Record<string, Failure> = {
  "a body whose SHA-256 is not Meta's": {
    arrange: () => publish(pattern(100_000, 1), {}, pattern(100_000, 2)).id,
    error: MediaHashMismatch,
    reason: "hash-mismatch",
  },
  "a body declared shorter than Meta's file_size": {
    arrange: () => publish(pattern(100_000), {}, pattern(60_000)).id,
    error: MediaTruncated,
    reason: "truncated",
  },
  "a chunked body that ends before Meta's file_size": {
    arrange: () => publish(pattern(100_000), { contentLength: "none" }, pattern(60_000)).id,
    error: MediaTruncated,
    reason: "truncated",
  },
  "a body declared longer than Meta's file_size": {
    arrange: () => publish(pattern(60_000), {}, pattern(100_000)).id,
    error: MediaDownloadTooLarge,
    reason: "too-large",
  },
  "a chunked body that runs past Meta's file_size": {
    arrange: () => publish(pattern(60_000), { contentLength: "none" }, pattern(100_000)).id,
    error: MediaDownloadTooLarge,
    reason: "too-large",
  },
  "a file over maxSize": {
    arrange: () => publish(pattern(100_000)).id,
    error: MediaDownloadTooLarge,
    reason: "too-large",
    options: { maxSize: 99_999 },
  },
  "a CDN that resets the connection mid-stream": {
    arrange: () => publish(pattern(300_000), { sendBytes: 100_000 }).id,
    error: MediaDownloadFailed,
    reason: "connection-reset",
  },
  "an HTML error page served with status 200": {
    arrange: () =>
      publish(pattern(100), { contentType: "text/html; charset=utf-8" }, Buffer.from("<html>")).id,
    error: MediaErrorPage,
    reason: "error-page",
  },
  "Meta's error JSON served with status 200": {
    arrange: () =>
      publish(
        pattern(100),
        { contentType: "application/json" },
        Buffer.from('{"error":{"message":"Invalid OAuth access token","code":190}}'),
      ).id,
    error: MediaErrorPage,
    reason: "error-page",
  },
  "a URL that stays 404 after resolving the id again": {
    arrange: () => publish(pattern(100), { status: 404 }).id,
    error: MediaNotFound,
    reason: "not-found",
  },
  "a CDN that answers 500": {
    arrange: () => publish(pattern(100), { status: 500 }).id,
    error: MediaDownloadFailed,
    reason: "http-error",
  },
};

describe.each(Object.entries(FAILURES))("%s", (_, failure) => {
  it.each(Object.keys(FORMS) as Form[])(
    "is a typed error and leaves nothing behind (%s form)",
    async (form) => {
      const id = failure.arrange();
      const error = await FORMS[form](downloader(), id, failure.options).catch((e) => e);
      expect(error).toBeInstanceOf(failure.error);
      expect(error).toBeInstanceOf(MediaDownloadFailed);
      expect((error as MediaDownloadFailed).reason).toBe(failure.reason);
      expect((error as Error).name).toBe(failure.error.name);
      expect((error as Error).message).not.toContain("SECRET-TOKEN");
      expect((error as Error).message).not.toContain("TEST-TOKEN");
      await expectNothingLeft();
    },
  );
});

describe("the checks", () => {
  it("names both hashes, hex, on a mismatch", async () => {
    const [file, served] = [pattern(1000, 1), pattern(1000, 2)];
    const error = (await downloader()
      .getMediaBytes(publish(file, {}, served).id)
      .catch((e) => e)) as MediaHashMismatch;
    expect(error.expected).toBe(sha256(file).toString("hex"));
    expect(error.actual).toBe(sha256(served).toString("hex"));
  });

  it("refuses a file_size over maxSize before connecting to the CDN", async () => {
    const { id, name } = publish(pattern(2000));
    const error = await downloader({ maxSize: 1000 })
      .getMediaBytes(id)
      .catch((e) => e);
    expect(error).toMatchObject({ reason: "too-large", limit: 1000, limitKind: "maxSize" });
    expect(cdn.requests(name)).toBe(0);
  });

  it("stops reading a body that runs past file_size", async () => {
    const { id, name } = publish(pattern(1000), { endless: true, contentLength: "none" });
    const error = await downloader()
      .getMediaBytes(id)
      .catch((e) => e);
    expect(error).toMatchObject({ reason: "too-large", limit: 1000, limitKind: "fileSize" });
    // The connection was closed: the server got no further than what the socket buffers hold.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cdn.bytesSent(name)).toBeLessThan(16 * 1024 * 1024);
  });

  it("tells truncated sizes", async () => {
    const error = await downloader()
      .getMediaBytes(publish(pattern(1000), { contentLength: "none" }, pattern(600)).id)
      .catch((e) => e);
    expect(error).toMatchObject({ reason: "truncated", expected: 1000, received: 600 });
  });

  it("downloads again after a reset, and gives the code when every attempt broke off", async () => {
    const file = pattern(200_000);
    const once = publish(file, (attempt) => (attempt === 0 ? { sendBytes: 50_000 } : {}));
    expect((await downloader().getMediaBytes(once.id)).equals(file)).toBe(true);
    expect(cdn.requests(once.name)).toBe(2);

    const always = publish(file, { sendBytes: 50_000 });
    const error = await downloader({ restarts: 1 })
      .getMediaBytes(always.id)
      .catch((e) => e);
    expect(error).toMatchObject({ reason: "connection-reset" });
    expect((error as MediaDownloadFailed).code).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
    expect(cdn.requests(always.name)).toBe(2);
  });

  it("accepts the media's own JSON when Meta says the media is JSON", async () => {
    const file = Buffer.from('{"error":"this is a document about errors"}');
    const id = String(2_000_000 + ++names);
    const url = cdn.serve(`json-${names}`, file, { contentType: "application/json" });
    graph.media(id, () => graphAnswerFor(id, url, file, "application/json"));
    expect((await downloader().getMediaBytes(id)).equals(file)).toBe(true);
  });
});

describe("an expired URL", () => {
  it.each([404, 401])("is resolved again once after the CDN answers %i", async (status) => {
    const file = pattern(3000);
    const { id, name } = publish(file, (attempt) => (attempt === 0 ? { status } : {}));
    const path = join(dir, "again.jpg");
    await downloader().downloadMedia(id, { path });
    expect((await readFile(path)).equals(file)).toBe(true);
    expect(graph.calls(id)).toBe(2);
    expect(cdn.requests(name)).toBe(2);
  });

  it("is resolved again only once", async () => {
    const { id, name } = publish(pattern(10), { status: 404 });
    const error = await downloader()
      .getMediaBytes(id)
      .catch((e) => e);
    expect(error).toBeInstanceOf(MediaNotFound);
    expect(error).toMatchObject({ status: 404 });
    expect(graph.calls(id)).toBe(2);
    expect(cdn.requests(name)).toBe(2);
  });

  it("of a getMediaUrl answer is resolved again from its id", async () => {
    const file = pattern(3000);
    const { id, url } = publish(file, (attempt) => (attempt === 0 ? { status: 404 } : {}));
    const answer = { id, url, sha256: sha256(file).toString("hex"), fileSize: 3000 };
    expect((await downloader().getMediaBytes(answer)).equals(file)).toBe(true);
    expect(graph.calls(id)).toBe(1);
  });

  it("of a bare URL cannot be resolved again", async () => {
    const { id, url } = publish(pattern(10), { status: 404 });
    const error = await downloader()
      .getMediaBytes(url)
      .catch((e) => e);
    expect(error).toBeInstanceOf(MediaNotFound);
    expect((error as Error).message).toMatch(/pass the media id/);
    expect(graph.calls(id)).toBe(0);
  });
});

describe("the access token and the hosts", () => {
  it("is not sent to another origin a redirect leads to, and is to the same origin", async () => {
    const other = await TestCdn.start();
    try {
      const file = pattern(2000);
      const away = other.serve("away", file);
      const here = cdn.serve(`here-${++names}`, file);
      const viaSame = publish(file, { redirect: here });
      const viaOther = publish(file, { redirect: away });
      const media = downloader();
      expect((await media.getMediaBytes(viaSame.id)).equals(file)).toBe(true);
      expect((await media.getMediaBytes(viaOther.id)).equals(file)).toBe(true);
      expect(cdn.authorizations(viaOther.name)).toEqual(["Bearer TEST-TOKEN"]);
      expect(cdn.authorizations(here.split("/v/")[1]!.split("?")[0]!)).toEqual([
        "Bearer TEST-TOKEN",
      ]);
      expect(other.authorizations("away")).toEqual([undefined]);
    } finally {
      await other.close();
    }
  });

  it("refuses a redirect to a host allowUrl does not accept, before connecting", async () => {
    const { id } = publish(pattern(10), { redirect: "http://169.254.169.254/latest/meta-data" });
    const error = await downloader()
      .getMediaBytes(id)
      .catch((e) => e);
    expect(error).toMatchObject({ reason: "url-not-allowed", url: "http://169.254.169.254" });
  });

  it("fetches only Meta's https CDN hosts by default", async () => {
    const { id, name } = publish(pattern(10));
    const media = new MediaDownloader({ token: "TEST-TOKEN", getMediaUrl: graph.getMediaUrl });
    const error = await media.getMediaBytes(id).catch((e) => e);
    expect(error).toMatchObject({ reason: "url-not-allowed" });
    expect(cdn.requests(name)).toBe(0);
  });

  it("never shows the token", () => {
    const media = downloader();
    expect(inspect(media, { depth: 5 })).not.toContain("TEST-TOKEN");
    expect(JSON.stringify(media)).not.toContain("TEST-TOKEN");
  });

  it("needs getMediaUrl for a media id", async () => {
    const media = new MediaDownloader({ token: "TEST-TOKEN", ...LOCAL_CDN });
    await expect(media.getMediaBytes("123")).rejects.toMatchObject({ option: "getMediaUrl" });
  });
});

describe("options", () => {
  it("rejects with the signal's reason and leaves nothing behind", async () => {
    const { id } = publish(pattern(300_000), { pieceSize: 1000, pieceDelay: 5 });
    const controller = new AbortController();
    const reason = new Error("stop");
    setTimeout(() => controller.abort(reason), 30);
    const error = await downloader()
      .downloadMedia(id, { path: join(dir, "x.jpg"), signal: controller.signal })
      .catch((e) => e);
    expect(error).toBe(reason);
    await expectNothingLeft();
  });

  it("checks its numbers at construction", () => {
    expect(() => downloader({ maxSize: -1 })).toThrow(/media download: maxSize/);
  });

  it("asks for a path or a form", async () => {
    const { id } = publish(pattern(10));
    await expect(downloader().downloadMedia(id, {} as { to: "buffer" })).rejects.toThrow(
      /pass \{ path \}/,
    );
  });
});
