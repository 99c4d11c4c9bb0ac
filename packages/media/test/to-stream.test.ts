import { once } from "node:events";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buffer } from "node:stream/consumers";
import {
  decryptFlowMediaStream,
  decryptFlowMediaWebStream,
  FlowMediaDownloadError,
  FlowMediaDownloadTimeout,
  FlowMediaHmacMismatch,
  type FlowMediaOptions,
  FlowMediaPlaintextHashMismatch,
  FlowMediaTooLarge,
} from "@tswa/media";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type CdnBehavior, LOCAL_CDN, TestCdn } from "./fixtures/cdn.js";
import {
  type EncryptedUpload,
  encryptUpload,
  flipBit,
  pattern,
  rehash,
} from "./fixtures/encrypt.js";
import { expectRequestsThrough, TRANSPORT_PATHS } from "./fixtures/paths.js";

let cdn: TestCdn;
let tempDir: string;
beforeAll(async () => {
  cdn = await TestCdn.start();
});
afterAll(() => cdn.close());
beforeEach(async () => {
  tempDir = await mkdtemp(join(tmpdir(), "tswa-media-stream-"));
});
afterEach(() => rm(tempDir, { recursive: true, force: true }));

let names = 0;

function publish(upload: EncryptedUpload, behave?: CdnBehavior) {
  const name = `file-${++names}.enc`;
  const media = {
    media_id: `media-${names}`,
    cdn_url: cdn.serve(name, upload.cdnFile, behave),
    file_name: "clip.mp4",
    encryption_metadata: upload.metadata,
  };
  return { name, media };
}

/** A CDN answer that holds its last 20 bytes back until `release()`. */
function heldBack() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { behavior: { holdLast: 20, release: released } satisfies CdnBehavior, release };
}

describe.each(TRANSPORT_PATHS)("decrypting flow media to a stream ($name path)", (path) => {
  expectRequestsThrough(path, () => cdn);
  const { transport } = path;

  describe("decryptFlowMediaStream", () => {
    it("streams the verified file from a spool that is already deleted", async () => {
      const upload = encryptUpload(pattern(1024 * 1024 + 5));
      const result = await decryptFlowMediaStream(publish(upload).media, {
        ...LOCAL_CDN,
        transport,
        tempDir,
      });
      expect(result).toMatchObject({
        mediaId: `media-${names}`,
        filename: "clip.mp4",
        size: 1024 * 1024 + 5,
      });
      expect(await readdir(tempDir)).toEqual([]);
      expect((await buffer(result.stream)).equals(upload.plaintext)).toBe(true);
    });

    it("hands over nothing until every check passed, spooling to a private file", async () => {
      const upload = encryptUpload(pattern(300_000));
      const { behavior, release } = heldBack();
      const { name, media } = publish(upload, behavior);
      let settled = false;
      const done = decryptFlowMediaStream(media, { ...LOCAL_CDN, transport, tempDir }).finally(
        () => {
          settled = true;
        },
      );
      await vi.waitFor(() => expect(cdn.bytesSent(name)).toBe(upload.cdnFile.length - 20));
      const spool = await readdir(tempDir);
      expect(spool).toHaveLength(1);
      expect(spool[0]).toMatch(/^tswa-media-[0-9a-f]{16}\.part$/);
      if (process.platform !== "win32") {
        expect((await stat(join(tempDir, spool[0]!))).mode & 0o777).toBe(0o600);
      }
      expect(settled).toBe(false);
      release();
      const { stream } = await done;
      expect((await buffer(stream)).equals(upload.plaintext)).toBe(true);
    });

    it("rejects a file whose last bytes fail the HMAC, leaving no spool", async () => {
      const good = encryptUpload(pattern(300_000));
      const cdnFile = flipBit(good.cdnFile, good.cdnFile.length - 2);
      const { behavior, release } = heldBack();
      const { name, media } = publish(
        { ...good, cdnFile, metadata: rehash(good.metadata, cdnFile) },
        behavior,
      );
      const done = decryptFlowMediaStream(media, { ...LOCAL_CDN, transport, tempDir });
      await vi.waitFor(() => expect(cdn.bytesSent(name)).toBe(cdnFile.length - 20));
      expect(await readdir(tempDir)).toHaveLength(1);
      release();
      await expect(done).rejects.toThrow(FlowMediaHmacMismatch);
      expect(await readdir(tempDir)).toEqual([]);
    });

    it.each<[string, CdnBehavior, FlowMediaOptions, unknown]>([
      ["a wrong plaintext hash", {}, {}, FlowMediaPlaintextHashMismatch],
      ["a file over maxSize", { contentLength: "none" }, { maxSize: 10_000 }, FlowMediaTooLarge],
      ["a dropped connection", { sendBytes: 5000, pieceSize: 1000 }, {}, FlowMediaDownloadError],
      [
        "a reset connection",
        { sendBytes: 5000, pieceSize: 1000, afterwards: "reset" },
        {},
        FlowMediaDownloadError,
      ],
      [
        "a stalled body",
        { sendBytes: 5000, pieceSize: 1000, afterwards: "stall" },
        { idleTimeout: 100 },
        FlowMediaDownloadTimeout,
      ],
      [
        "an attempt past its timeout",
        { pieceSize: 1000, pieceDelay: 50 },
        { timeout: 100 },
        FlowMediaDownloadTimeout,
      ],
    ])("leaves no spool after %s", async (_, behavior, options, type) => {
      const upload = encryptUpload(pattern(20_000));
      const metadata =
        type === FlowMediaPlaintextHashMismatch
          ? { ...upload.metadata, plaintext_hash: upload.metadata.encrypted_hash }
          : upload.metadata;
      const { media } = publish({ ...upload, metadata }, behavior);
      await expect(
        decryptFlowMediaStream(media, {
          ...LOCAL_CDN,
          transport,
          tempDir,
          restarts: 0,
          ...options,
        }),
      ).rejects.toBeInstanceOf(type);
      expect(await readdir(tempDir)).toEqual([]);
    });

    it("leaves no spool after an abort mid-body, rejecting with the signal's reason", async () => {
      const { name, media } = publish(encryptUpload(pattern(20_000)), {
        sendBytes: 5000,
        pieceSize: 1000,
        afterwards: "stall",
      });
      const controller = new AbortController();
      const reason = new Error("stop");
      const done = decryptFlowMediaStream(media, {
        ...LOCAL_CDN,
        transport,
        tempDir,
        signal: controller.signal,
      });
      await vi.waitFor(() => expect(cdn.bytesSent(name)).toBe(5000));
      controller.abort(reason);
      await expect(done).rejects.toBe(reason);
      expect(await readdir(tempDir)).toEqual([]);
    });

    it("closes its file when destroyed before the end", async () => {
      const upload = encryptUpload(pattern(4 * 1024 * 1024));
      const { stream } = await decryptFlowMediaStream(publish(upload).media, {
        ...LOCAL_CDN,
        transport,
        tempDir,
      });
      const [first] = (await once(stream, "data")) as [Buffer];
      expect(first.equals(upload.plaintext.subarray(0, first.length))).toBe(true);
      stream.destroy();
      await once(stream, "close");
      expect(stream.destroyed).toBe(true);
      expect(await readdir(tempDir)).toEqual([]);
    });

    it("spools to os.tmpdir() by default", async () => {
      const upload = encryptUpload(pattern(1000));
      const { stream, size } = await decryptFlowMediaStream(publish(upload).media, {
        ...LOCAL_CDN,
        transport,
      });
      expect(size).toBe(1000);
      expect((await buffer(stream)).equals(upload.plaintext)).toBe(true);
    });
  });

  describe("decryptFlowMediaWebStream", () => {
    it("gives a web ReadableStream of the verified file", async () => {
      const upload = encryptUpload(pattern(200_000));
      const result = await decryptFlowMediaWebStream(publish(upload).media, {
        ...LOCAL_CDN,
        transport,
        tempDir,
      });
      expect(result.stream).toBeInstanceOf(ReadableStream);
      const bytes = Buffer.from(await new Response(result.stream).arrayBuffer());
      expect(bytes.equals(upload.plaintext)).toBe(true);
      expect(result.size).toBe(200_000);
    });

    it("closes its file when cancelled", async () => {
      const upload = encryptUpload(pattern(4 * 1024 * 1024));
      const { stream } = await decryptFlowMediaWebStream(publish(upload).media, {
        ...LOCAL_CDN,
        transport,
        tempDir,
      });
      const reader = stream.getReader();
      expect((await reader.read()).done).toBe(false);
      await reader.cancel();
      expect(await readdir(tempDir)).toEqual([]);
    });
  });
});
