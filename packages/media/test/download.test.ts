import { inspect } from "node:util";
import { defaultFetch, HttpTransport } from "@tswa/core";
import {
  DEFAULT_MAX_MEDIA_SIZE,
  FlowMediaDownloadError,
  FlowMediaDownloadTimeout,
  FlowMediaEncryptedHashMismatch,
  type FlowMediaOptions,
  FlowMediaTooLarge,
  FlowMediaUrlNotAllowed,
  flowRequestMediaDecryptor,
} from "@tswa/media";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type CdnBehavior, LOCAL_CDN, TestCdn } from "./fixtures/cdn.js";
import { type EncryptedUpload, encryptUpload, pattern } from "./fixtures/encrypt.js";
import { expectRequestsThrough, TRANSPORT_PATHS } from "./fixtures/paths.js";

let cdn: TestCdn;
beforeAll(async () => {
  cdn = await TestCdn.start();
});
afterAll(() => cdn.close());

let names = 0;

/** Serves an upload and returns the media object a flow request would carry for it. */
function publish(
  upload: EncryptedUpload,
  behave?: CdnBehavior | ((attempt: number) => CdnBehavior),
) {
  const name = `file-${++names}.enc`;
  const media = {
    media_id: `media-${names}`,
    cdn_url: cdn.serve(name, upload.cdnFile, behave),
    file_name: `photo-${names}.jpg`,
    encryption_metadata: upload.metadata,
  };
  return { name, media };
}

/** The error's message and everything `util.inspect` shows of it (its causes too): no token. */
function expectNoQueryString(error: unknown) {
  expect(inspect(error, { depth: 10 })).not.toContain("SECRET-TOKEN");
  expect((error as Error).message).not.toContain("?");
}

describe.each(TRANSPORT_PATHS)("flowRequestMediaDecryptor over HTTP ($name path)", (path) => {
  expectRequestsThrough(path, () => cdn);

  const decrypt = (media: unknown, options: FlowMediaOptions = {}) =>
    flowRequestMediaDecryptor(media, { ...LOCAL_CDN, transport: path.transport, ...options });

  async function failure(media: unknown, options: FlowMediaOptions = {}): Promise<unknown> {
    const error = await decrypt(media, options).then(
      () => new Error("expected the download to fail"),
      (e: unknown) => e,
    );
    expectNoQueryString(error);
    return error;
  }

  describe("round trips", () => {
    it.each([0, 1, 15, 16, 17, 65_535, 65_536, 65_537, 1024 * 1024 + 5])(
      "round-trips a %i-byte file",
      async (size) => {
        const upload = encryptUpload(pattern(size, size));
        const { media } = publish(upload);
        const result = await decrypt(media);
        expect(result.mediaId).toBe(media.media_id);
        expect(result.filename).toBe(media.file_name);
        expect(result.data.equals(upload.plaintext)).toBe(true);
      },
    );

    it.each<[string, CdnBehavior]>([
      ["in 7-byte pieces", { pieceSize: 7 }],
      ["chunked, without a Content-Length", { contentLength: "none", pieceSize: 1000 }],
      ["slowly, 4 KiB every 5 ms", { pieceSize: 4096, pieceDelay: 5 }],
    ])("round-trips a file sent %s", async (_, behavior) => {
      const upload = encryptUpload(pattern(70_000));
      const result = await decrypt(publish(upload, behavior).media);
      expect(result.data.equals(upload.plaintext)).toBe(true);
    });

    it("round-trips a file of exactly 25 MiB, the default limit", async () => {
      const upload = encryptUpload(pattern(DEFAULT_MAX_MEDIA_SIZE));
      const result = await decrypt(publish(upload).media);
      expect(result.data.length).toBe(DEFAULT_MAX_MEDIA_SIZE);
      expect(result.data.equals(upload.plaintext)).toBe(true);
    });

    it("asks for the file uncompressed, so a CDN that could gzip sends its bytes as they are", async () => {
      const upload = encryptUpload(pattern(70_000));
      const { name, media } = publish(upload, { gzip: "accepted" });
      expect((await decrypt(media)).data.equals(upload.plaintext)).toBe(true);
      expect(cdn.acceptEncodings(name)).toEqual(["identity"]);
    });

    it("refuses a file the CDN compresses although asked not to, as fetch would decode it", async () => {
      const { name, media } = publish(encryptUpload(pattern(70_000)), { gzip: "always" });
      const error = await failure(media);
      expect(error).toBeInstanceOf(FlowMediaDownloadError);
      expect(error).toMatchObject({ status: 200 });
      expect((error as Error).message).toBe(
        `the CDN sent ${cdn.origin}/v/${name} with Content-Encoding gzip, not the file as is`,
      );
    });
  });

  describe("the size limit", () => {
    it("refuses a file one byte over 25 MiB from its Content-Length", async () => {
      const upload = encryptUpload(pattern(DEFAULT_MAX_MEDIA_SIZE + 1));
      const error = await failure(publish(upload).media);
      expect(error).toBeInstanceOf(FlowMediaTooLarge);
      expect((error as FlowMediaTooLarge).limit).toBe(26_214_400);
    });

    it("accepts a file at maxSize and refuses one past it", async () => {
      const fits = encryptUpload(pattern(1000));
      const result = await decrypt(publish(fits, { contentLength: "none" }).media, {
        maxSize: 1000,
      });
      expect(result.data.equals(fits.plaintext)).toBe(true);
      const over = publish(encryptUpload(pattern(1001)), { contentLength: "none" }).media;
      expect(await failure(over, { maxSize: 1000 })).toBeInstanceOf(FlowMediaTooLarge);
    });

    it("refuses a file that pads past a maxSize that is not a multiple of 16", async () => {
      // 30 bytes pad to 32, as 20 bytes do: only the decrypted size tells them apart.
      const upload = encryptUpload(pattern(30));
      const error = await failure(publish(upload).media, { maxSize: 20 });
      expect(error).toBeInstanceOf(FlowMediaTooLarge);
    });

    it("stops reading a CDN that sends without end and without a Content-Length", async () => {
      const upload = encryptUpload(pattern(10));
      const { name, media } = publish(upload, { endless: true, contentLength: "none" });
      const error = await failure(media, { maxSize: 64 * 1024 });
      expect(error).toBeInstanceOf(FlowMediaTooLarge);
      expect((error as FlowMediaTooLarge).limit).toBe(64 * 1024);
      // The connection was closed: the server got no further than what the socket buffers hold.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(cdn.bytesSent(name)).toBeLessThan(16 * 1024 * 1024);
    });
  });

  describe("CDN failures", () => {
    it("reports an error status with the URL stripped of its token", async () => {
      const { name, media } = publish(encryptUpload(pattern(10)), { status: 404 });
      const error = (await failure(media)) as FlowMediaDownloadError;
      expect(error).toBeInstanceOf(FlowMediaDownloadError);
      expect(error.status).toBe(404);
      expect(error.url).toBe(`${cdn.origin}/v/${name}`);
      expect(error.message).toBe(`the CDN answered HTTP 404 for ${cdn.origin}/v/${name}`);
      expect(cdn.requests(name)).toBe(1);
    });

    it("retries a 500 through the transport, then succeeds", async () => {
      const upload = encryptUpload(pattern(5000));
      const { name, media } = publish(upload, (attempt) => (attempt < 2 ? { status: 500 } : {}));
      expect((await decrypt(media)).data.equals(upload.plaintext)).toBe(true);
      expect(cdn.requests(name)).toBe(3);
    });

    it("gives up on a 503 that lasts, with its status", async () => {
      const { name, media } = publish(encryptUpload(pattern(10)), { status: 503 });
      expect(await failure(media)).toMatchObject({ name: "FlowMediaDownloadError", status: 503 });
      expect(cdn.requests(name)).toBe(3);
    });

    it("starts a download again when the connection drops mid-body", async () => {
      const upload = encryptUpload(pattern(300_000));
      const { name, media } = publish(upload, (attempt) =>
        attempt === 0 ? { sendBytes: 100_000 } : {},
      );
      expect((await decrypt(media)).data.equals(upload.plaintext)).toBe(true);
      expect(cdn.requests(name)).toBe(2);
    });

    it.each<[string, CdnBehavior["afterwards"], string, string]>([
      ["closes", "close", "UND_ERR_SOCKET", "other side closed"],
      ["resets", "reset", "ECONNRESET", "read ECONNRESET"],
    ])(
      "gives up on a CDN that keeps %s the connection mid-body, with the socket's code",
      async (_, afterwards, code, reason) => {
        const { name, media } = publish(encryptUpload(pattern(300_000)), {
          sendBytes: 100_000,
          afterwards,
        });
        const error = (await failure(media, { restarts: 1 })) as FlowMediaDownloadError;
        expect(error).toBeInstanceOf(FlowMediaDownloadError);
        expect(error).toMatchObject({ status: undefined, code });
        expect(error.message).toBe(
          `the media download from ${cdn.origin}/v/${name} failed: ${reason}`,
        );
        expect(cdn.requests(name)).toBe(2);
      },
    );

    it("fails the hash check when the CDN declares and sends less than the file", async () => {
      const upload = encryptUpload(pattern(5000));
      const { media } = publish(upload, { contentLength: upload.cdnFile.length - 16 });
      expect(await failure(media)).toBeInstanceOf(FlowMediaEncryptedHashMismatch);
    });

    it("fails as a broken download when the CDN declares more than it sends", async () => {
      const upload = encryptUpload(pattern(5000));
      const { media } = publish(upload, { contentLength: upload.cdnFile.length + 100 });
      const error = await failure(media, { restarts: 0 });
      expect(error).toBeInstanceOf(FlowMediaDownloadError);
      expect(error).toMatchObject({ status: undefined, code: "UND_ERR_SOCKET" });
    });

    it("times out a body that stalls (idleTimeout) after starting it again", async () => {
      const { name, media } = publish(encryptUpload(pattern(300_000)), {
        sendBytes: 70_000,
        afterwards: "stall",
      });
      const error = await failure(media, { idleTimeout: 100, restarts: 1 });
      expect(error).toBeInstanceOf(FlowMediaDownloadTimeout);
      expect(error).toMatchObject({ idle: true, timeout: 100, status: undefined });
      expect((error as Error).message).toBe(
        `the media download from ${cdn.origin}/v/${name} stalled: no data for 100 ms`,
      );
      expect(cdn.requests(name)).toBe(2);
    });

    it("times out a body that trickles past the attempt's timeout", async () => {
      const { name, media } = publish(encryptUpload(pattern(64 * 1024)), {
        pieceSize: 1024,
        pieceDelay: 20,
      });
      const error = await failure(media, { timeout: 200 });
      expect(error).toBeInstanceOf(FlowMediaDownloadTimeout);
      expect(error).toMatchObject({ idle: false, timeout: 200 });
      expect((error as Error).message).toBe(
        `the media download from ${cdn.origin}/v/${name} timed out after 200 ms`,
      );
      expect(cdn.requests(name)).toBe(1);
    });

    it("times out a CDN that never answers", async () => {
      const { media } = publish(encryptUpload(pattern(10)), {
        holdHeaders: new Promise(() => {}),
      });
      const error = await failure(media, {
        timeout: 100,
        transport: path.transportWith({ retry: { maxRetries: 0 } }),
      });
      expect(error).toBeInstanceOf(FlowMediaDownloadTimeout);
      expect(error).toMatchObject({ idle: false, timeout: 100 });
    });

    it("reports a refused connection with its code", async () => {
      const closed = await TestCdn.start();
      const url = closed.serve("x.enc", Buffer.alloc(0));
      await closed.close();
      const { media } = publish(encryptUpload(pattern(10)));
      const error = (await failure({ ...media, cdn_url: url })) as FlowMediaDownloadError;
      expect(error).toBeInstanceOf(FlowMediaDownloadError);
      expect(error.code).toBe("ECONNREFUSED");
    });
  });

  describe("the signal", () => {
    it("rejects with its reason before a request when it is already aborted", async () => {
      const { name, media } = publish(encryptUpload(pattern(10)));
      const reason = new Error("the user went away");
      expect(await failure(media, { signal: AbortSignal.abort(reason) })).toBe(reason);
      expect(cdn.requests(name)).toBe(0);
    });

    it("rejects with its reason when aborted mid-body", async () => {
      const controller = new AbortController();
      const { name, media } = publish(encryptUpload(pattern(300_000)), {
        sendBytes: 70_000,
        afterwards: "stall",
      });
      const reason = new Error("the user went away");
      const done = decrypt(media, { signal: controller.signal });
      await vi.waitFor(() => expect(cdn.bytesSent(name)).toBe(70_000));
      controller.abort(reason);
      await expect(done).rejects.toBe(reason);
    });
  });

  describe("redirects", () => {
    it("follows a relative redirect on the same host", async () => {
      const upload = encryptUpload(pattern(5000));
      const target = publish(upload);
      const { name, media } = publish(upload, {
        redirect: `/v/${target.name}?oh=SECRET-TOKEN`,
      });
      expect((await decrypt(media)).data.equals(upload.plaintext)).toBe(true);
      expect([cdn.requests(name), cdn.requests(target.name)]).toEqual([1, 1]);
    });

    it("checks every hop against allowUrl and refuses one it does not accept, unfetched", async () => {
      const upload = encryptUpload(pattern(10));
      const target = publish(upload);
      const { name, media } = publish(upload, { redirect: target.media.cdn_url });
      const asked: string[] = [];
      const error = await failure(media, {
        allowUrl: (url) => {
          asked.push(url.pathname);
          return url.pathname !== `/v/${target.name}`;
        },
      });
      expect(error).toBeInstanceOf(FlowMediaUrlNotAllowed);
      expect(asked).toEqual([`/v/${name}`, `/v/${target.name}`]);
      expect(cdn.requests(target.name)).toBe(0);
    });

    it("gives up after 20 redirects, with the last status", async () => {
      const name = `loop-${++names}.enc`;
      const url = cdn.serve(name, Buffer.alloc(0), { redirect: `/v/${name}?oh=SECRET-TOKEN` });
      const { media } = publish(encryptUpload(pattern(10)));
      const error = await failure({ ...media, cdn_url: url });
      expect(error).toBeInstanceOf(FlowMediaDownloadError);
      expect(error).toMatchObject({ status: 302 });
      expect((error as Error).message).toBe(
        `the CDN redirected more than 20 times for ${cdn.origin}/v/${name}`,
      );
      expect(cdn.requests(name)).toBe(21);
    });
  });
});

describe("choosing the path", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    cdn.takePaths();
  });

  it("goes straight to undici by default, through fetch with a fetch option", async () => {
    const upload = encryptUpload(pattern(100));
    await flowRequestMediaDecryptor(publish(upload).media, LOCAL_CDN);
    expect(cdn.takePaths()).toEqual(["direct"]);
    const seen: string[] = [];
    const result = await flowRequestMediaDecryptor(publish(upload).media, {
      ...LOCAL_CDN,
      fetch: (url, init) => {
        seen.push(new URL(url).pathname);
        return defaultFetch(url, init);
      },
    });
    expect(result.data.equals(upload.plaintext)).toBe(true);
    expect(seen).toEqual([`/v/file-${names}.enc`]);
    expect(cdn.takePaths()).toEqual(["fetch"]);
  });

  it("goes through the global fetch once something (msw, an APM agent) replaced it", async () => {
    const upload = encryptUpload(pattern(100));
    const seen: string[] = [];
    const nodeFetch = globalThis.fetch;
    vi.stubGlobal("fetch", (input: string, init: RequestInit) => {
      seen.push(new URL(input).pathname);
      return nodeFetch(input, init);
    });
    const result = await flowRequestMediaDecryptor(publish(upload).media, LOCAL_CDN);
    expect(result.data.equals(upload.plaintext)).toBe(true);
    expect(seen).toEqual([`/v/file-${names}.enc`]);
    expect(cdn.takePaths()).toEqual(["fetch"]);
  });

  it("keeps the token out of a fetch error that names the URL", async () => {
    const { name, media } = publish(encryptUpload(pattern(10)));
    const nodeFetchStyle = async (url: string): Promise<Response> => {
      throw new Error(`request to ${url} failed, reason: socket hang up`);
    };
    const error = await flowRequestMediaDecryptor(media, {
      ...LOCAL_CDN,
      transport: new HttpTransport({ fetch: nodeFetchStyle, retry: { maxRetries: 0 } }),
    }).catch((e: unknown) => e);
    const url = `${cdn.origin}/v/${name}`;
    expect(error).toBeInstanceOf(FlowMediaDownloadError);
    expect((error as Error).message).toBe(
      `the media download from ${url} failed: request to ${url} failed, reason: socket hang up`,
    );
    expectNoQueryString(error);
    expect((error as Error).cause).toBeUndefined();
  });

  it("keeps a redirect's token out of a fetch error that names the redirect", async () => {
    const upload = encryptUpload(pattern(10));
    const { media } = publish(upload, { redirect: `/v/elsewhere.enc?oe=HOP-TOKEN` });
    const failsOnRedirect = async (url: string, init: RequestInit): Promise<Response> => {
      if (url.includes("HOP-TOKEN")) throw new Error(`GET ${url} failed: socket hang up`);
      return defaultFetch(url, init);
    };
    const error = await flowRequestMediaDecryptor(media, {
      ...LOCAL_CDN,
      transport: new HttpTransport({ fetch: failsOnRedirect, retry: { maxRetries: 0 } }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowMediaDownloadError);
    expect((error as Error).message).toContain(`GET ${cdn.origin}/v/elsewhere.enc failed`);
    expect(inspect(error, { depth: 10 })).not.toContain("HOP-TOKEN");
  });
});
