import { HttpTransport } from "@tswa/core";
import {
  DEFAULT_MAX_MEDIA_SIZE,
  FlowMediaDownloadError,
  FlowMediaDownloadTimeout,
  FlowMediaEncryptedHashMismatch,
  type FlowMediaOptions,
  FlowMediaTooLarge,
  flowRequestMediaDecryptor,
} from "@tswa/media";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CdnBehavior, LOCAL_CDN, TestCdn } from "./fixtures/cdn.js";
import { type EncryptedUpload, encryptUpload, pattern } from "./fixtures/encrypt.js";

let cdn: TestCdn;
beforeAll(async () => {
  cdn = await TestCdn.start();
});
afterAll(() => cdn.close());

/** Fast retries, so the transport's backoff does not slow the suite. */
const transport = new HttpTransport({ retry: { initialDelay: 5, maxDelay: 20 } });
let names = 0;

/** Serves an upload and returns the media object a flow request would carry for it. */
function publish(upload: EncryptedUpload, behave?: Parameters<TestCdn["serve"]>[2]) {
  const name = `file-${++names}.enc`;
  const media = {
    media_id: `media-${names}`,
    cdn_url: cdn.serve(name, upload.cdnFile, behave),
    file_name: `photo-${names}.jpg`,
    encryption_metadata: upload.metadata,
  };
  return { name, media };
}

async function failure(media: unknown, options: FlowMediaOptions = {}): Promise<unknown> {
  try {
    await flowRequestMediaDecryptor(media, { ...LOCAL_CDN, transport, ...options });
  } catch (error) {
    return error;
  }
  throw new Error("expected the download to fail");
}

describe("flowRequestMediaDecryptor over HTTP", () => {
  it.each([0, 1, 15, 16, 17, 65_535, 65_536, 65_537, 1024 * 1024 + 5])(
    "round-trips a %i-byte file",
    async (size) => {
      const upload = encryptUpload(pattern(size, size));
      const { media } = publish(upload);
      const result = await flowRequestMediaDecryptor(media, { ...LOCAL_CDN, transport });
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
    const result = await flowRequestMediaDecryptor(publish(upload, behavior).media, {
      ...LOCAL_CDN,
      transport,
    });
    expect(result.data.equals(upload.plaintext)).toBe(true);
  });

  it("round-trips a file of exactly 25 MiB, the default limit", async () => {
    const upload = encryptUpload(pattern(DEFAULT_MAX_MEDIA_SIZE));
    const result = await flowRequestMediaDecryptor(publish(upload).media, {
      ...LOCAL_CDN,
      transport,
    });
    expect(result.data.length).toBe(DEFAULT_MAX_MEDIA_SIZE);
    expect(result.data.equals(upload.plaintext)).toBe(true);
  });

  it("uses a fetch function given in place of a transport", async () => {
    const upload = encryptUpload(pattern(100));
    const seen: string[] = [];
    const result = await flowRequestMediaDecryptor(publish(upload).media, {
      ...LOCAL_CDN,
      fetch: (url, init) => {
        seen.push(new URL(url).pathname);
        return fetch(url, init);
      },
    });
    expect(result.data.equals(upload.plaintext)).toBe(true);
    expect(seen).toHaveLength(1);
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
    for (const [size, ok] of [
      [1000, true],
      [1001, false],
    ] as const) {
      const upload = encryptUpload(pattern(size));
      const { media } = publish(upload, { contentLength: "none" });
      if (ok) {
        const result = await flowRequestMediaDecryptor(media, {
          ...LOCAL_CDN,
          transport,
          maxSize: 1000,
        });
        expect(result.data.equals(upload.plaintext)).toBe(true);
      } else {
        expect(await failure(media, { maxSize: 1000 })).toBeInstanceOf(FlowMediaTooLarge);
      }
    }
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
    const result = await flowRequestMediaDecryptor(media, { ...LOCAL_CDN, transport });
    expect(result.data.equals(upload.plaintext)).toBe(true);
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
    const result = await flowRequestMediaDecryptor(media, { ...LOCAL_CDN, transport });
    expect(result.data.equals(upload.plaintext)).toBe(true);
    expect(cdn.requests(name)).toBe(2);
  });

  it("gives up on a connection that keeps dropping, without a status", async () => {
    const { name, media } = publish(encryptUpload(pattern(300_000)), { sendBytes: 100_000 });
    const error = (await failure(media, { restarts: 1 })) as FlowMediaDownloadError;
    expect(error).toBeInstanceOf(FlowMediaDownloadError);
    expect(error.status).toBeUndefined();
    expect(error.code).toBe("UND_ERR_SOCKET");
    expect(error.message).not.toContain("SECRET-TOKEN");
    expect(cdn.requests(name)).toBe(2);
  });

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
    expect((error as FlowMediaDownloadError).status).toBeUndefined();
  });

  it("times out a body that stalls (idleTimeout) after starting it again", async () => {
    const { name, media } = publish(encryptUpload(pattern(300_000)), {
      sendBytes: 70_000,
      afterwards: "stall",
    });
    const error = (await failure(media, {
      idleTimeout: 100,
      restarts: 1,
    })) as FlowMediaDownloadTimeout;
    expect(error).toBeInstanceOf(FlowMediaDownloadTimeout);
    expect(error).toMatchObject({ idle: true, timeout: 100, status: undefined });
    expect(error.message).toBe(
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
    expect(cdn.requests(name)).toBe(1);
  });

  it("times out a CDN that never answers", async () => {
    const { media } = publish(encryptUpload(pattern(10)), { holdHeaders: new Promise(() => {}) });
    const error = await failure(media, {
      timeout: 100,
      transport: new HttpTransport({ retry: { maxRetries: 0 } }),
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
    expect(error.message).not.toContain("SECRET-TOKEN");
  });

  it("keeps the token out of a fetch error that names the URL", async () => {
    const { name, media } = publish(encryptUpload(pattern(10)));
    const nodeFetchStyle = async (url: string): Promise<Response> => {
      throw new Error(`request to ${url} failed, reason: socket hang up`);
    };
    const error = await failure(media, {
      transport: new HttpTransport({ fetch: nodeFetchStyle, retry: { maxRetries: 0 } }),
    });
    const url = `${cdn.origin}/v/${name}`;
    expect(error).toBeInstanceOf(FlowMediaDownloadError);
    expect((error as Error).message).toBe(
      `the media download from ${url} failed: request to ${url} failed, reason: socket hang up`,
    );
  });

  it("rejects with the signal's reason when aborted mid-body", async () => {
    const controller = new AbortController();
    const { media } = publish(encryptUpload(pattern(300_000)), {
      sendBytes: 70_000,
      afterwards: "stall",
    });
    const reason = new Error("the user went away");
    setTimeout(() => controller.abort(reason), 50);
    expect(await failure(media, { signal: controller.signal })).toBe(reason);
  });
});
