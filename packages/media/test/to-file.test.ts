import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  decryptFlowMediaToFile,
  FlowMediaDownloadError,
  FlowMediaDownloadTimeout,
  FlowMediaEncryptedHashMismatch,
  type FlowMediaError,
  FlowMediaHmacMismatch,
  type FlowMediaOptions,
  FlowMediaPaddingError,
  FlowMediaPlaintextHashMismatch,
  FlowMediaTooLarge,
} from "@tswa/media";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type CdnBehavior, LOCAL_CDN, TestCdn } from "./fixtures/cdn.js";
import {
  type EncryptedUpload,
  encryptUpload,
  flipBit,
  newKeys,
  pattern,
  rehash,
  sealCiphertext,
} from "./fixtures/encrypt.js";
import { expectRequestsThrough, TRANSPORT_PATHS } from "./fixtures/paths.js";

let cdn: TestCdn;
let dir: string;
beforeAll(async () => {
  cdn = await TestCdn.start();
});
afterAll(() => cdn.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tswa-media-file-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

let names = 0;

function publish(
  upload: EncryptedUpload,
  behave?: CdnBehavior | ((attempt: number) => CdnBehavior),
) {
  const name = `file-${++names}.enc`;
  const media = {
    media_id: `media-${names}`,
    cdn_url: cdn.serve(name, upload.cdnFile, behave),
    file_name: "scan.pdf",
    encryption_metadata: upload.metadata,
  };
  return { name, media };
}

describe.each(TRANSPORT_PATHS)("decryptFlowMediaToFile ($name path)", (transportPath) => {
  expectRequestsThrough(transportPath, () => cdn);
  const { transport } = transportPath;

  it("writes the verified file and nothing else", async () => {
    const upload = encryptUpload(pattern(200_000));
    const path = join(dir, "scan.pdf");
    const result = await decryptFlowMediaToFile(publish(upload).media, path, {
      ...LOCAL_CDN,
      transport,
    });
    expect(result).toEqual({
      mediaId: `media-${names}`,
      filename: "scan.pdf",
      path,
      size: 200_000,
    });
    expect((await readFile(path)).equals(upload.plaintext)).toBe(true);
    expect(await readdir(dir)).toEqual(["scan.pdf"]);
  });

  it("writes an empty file, and flushes it to disk when asked", async () => {
    const upload = encryptUpload(Buffer.alloc(0));
    const path = join(dir, "empty.bin");
    const result = await decryptFlowMediaToFile(publish(upload).media, path, {
      ...LOCAL_CDN,
      transport,
      fsync: true,
    });
    expect(result.size).toBe(0);
    expect((await stat(path)).size).toBe(0);
  });

  it("keeps the file under a temporary name until every check passed", async () => {
    const upload = encryptUpload(pattern(300_000));
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { name, media } = publish(upload, { holdLast: 20, release: released });
    const path = join(dir, "photo.jpg");
    const done = decryptFlowMediaToFile(media, path, { ...LOCAL_CDN, transport });
    await vi.waitFor(() => expect(cdn.bytesSent(name)).toBe(upload.cdnFile.length - 20));
    const during = await readdir(dir);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.photo\.jpg\.[0-9a-f]{12}\.part$/);
    // Unverified bytes: the owner's alone, as the stream form's spool.
    expect((await stat(join(dir, during[0] as string))).mode & 0o777).toBe(0o600);
    release();
    await done;
    expect(await readdir(dir)).toEqual(["photo.jpg"]);
    expect((await stat(path)).mode & 0o777).toBe(0o666 & ~process.umask());
    expect((await readFile(path)).equals(upload.plaintext)).toBe(true);
  });

  it("replaces an existing file only with a verified one", async () => {
    const path = join(dir, "doc.pdf");
    await writeFile(path, "old");
    const good = encryptUpload(pattern(1000));
    const tampered = flipBit(good.cdnFile, 3);
    const bad = publish({ ...good, cdnFile: tampered }).media;
    await expect(decryptFlowMediaToFile(bad, path, { ...LOCAL_CDN, transport })).rejects.toThrow(
      FlowMediaEncryptedHashMismatch,
    );
    expect(await readFile(path, "utf8")).toBe("old");
    await decryptFlowMediaToFile(publish(good).media, path, { ...LOCAL_CDN, transport });
    expect((await readFile(path)).equals(good.plaintext)).toBe(true);
  });

  it("leaves no temporary file after a download that was started again", async () => {
    const upload = encryptUpload(pattern(300_000));
    const { name, media } = publish(upload, (attempt) =>
      attempt === 0 ? { sendBytes: 100_000 } : {},
    );
    await decryptFlowMediaToFile(media, join(dir, "a.bin"), { ...LOCAL_CDN, transport });
    expect(cdn.requests(name)).toBe(2);
    expect(await readdir(dir)).toEqual(["a.bin"]);
  });

  it("fails before downloading when the folder does not exist", async () => {
    const { name, media } = publish(encryptUpload(pattern(10)));
    await expect(
      decryptFlowMediaToFile(media, join(dir, "missing", "a.bin"), { ...LOCAL_CDN, transport }),
    ).rejects.toMatchObject({ code: "ENOENT" });
    expect(cdn.requests(name)).toBe(0);
  });

  describe("leaves nothing behind when", () => {
    const plaintext = pattern(5000);
    const keys = newKeys();
    const upload = encryptUpload(plaintext, keys);
    const ciphertext = upload.cdnFile.subarray(0, upload.cdnFile.length - 10);
    const tamperedMac = flipBit(upload.cdnFile, upload.cdnFile.length - 1);
    const badPadding = sealCiphertext(flipBit(ciphertext, ciphertext.length - 17), plaintext, keys);
    const controller = new AbortController();

    const cases: [
      string,
      () => EncryptedUpload,
      CdnBehavior,
      FlowMediaOptions,
      new (...args: never[]) => FlowMediaError | Error,
    ][] = [
      [
        "the file hash fails",
        () => ({ ...upload, cdnFile: flipBit(upload.cdnFile, 100) }),
        {},
        {},
        FlowMediaEncryptedHashMismatch,
      ],
      [
        "the HMAC fails",
        () => ({ ...upload, cdnFile: tamperedMac, metadata: rehash(upload.metadata, tamperedMac) }),
        {},
        {},
        FlowMediaHmacMismatch,
      ],
      ["the padding fails", () => badPadding, {}, {}, FlowMediaPaddingError],
      [
        "the plaintext hash fails",
        () => ({
          ...upload,
          metadata: { ...upload.metadata, plaintext_hash: upload.metadata.encrypted_hash },
        }),
        {},
        {},
        FlowMediaPlaintextHashMismatch,
      ],
      ["the file is declared too large", () => upload, {}, { maxSize: 4000 }, FlowMediaTooLarge],
      [
        "the file turns out too large",
        () => upload,
        { contentLength: "none" },
        { maxSize: 4000 },
        FlowMediaTooLarge,
      ],
      ["the CDN answers 404", () => upload, { status: 404 }, {}, FlowMediaDownloadError],
      [
        "the connection drops",
        () => upload,
        { sendBytes: 3000, pieceSize: 1000 },
        { restarts: 0 },
        FlowMediaDownloadError,
      ],
      [
        "the connection is reset",
        () => upload,
        { sendBytes: 3000, pieceSize: 1000, afterwards: "reset" },
        { restarts: 0 },
        FlowMediaDownloadError,
      ],
      [
        "the attempt times out",
        () => upload,
        { pieceSize: 1000, pieceDelay: 50 },
        { timeout: 100 },
        FlowMediaDownloadTimeout,
      ],
      [
        "the body stalls",
        () => upload,
        { sendBytes: 3000, pieceSize: 1000, afterwards: "stall" },
        { idleTimeout: 100, restarts: 0 },
        FlowMediaDownloadTimeout,
      ],
      [
        "the call was aborted before it began",
        () => upload,
        {},
        { signal: AbortSignal.abort(new Error("stop")) },
        Error,
      ],
      [
        "the call is aborted mid-body",
        () => upload,
        { sendBytes: 3000, pieceSize: 1000, afterwards: "stall" },
        { signal: controller.signal },
        Error,
      ],
    ];

    it.each(cases)("%s", async (_, make, behavior, options, type) => {
      if (options.signal === controller.signal)
        setTimeout(() => controller.abort(new Error("stop")), 50);
      const { media } = publish(make(), behavior);
      const path = join(dir, "out.bin");
      await expect(
        decryptFlowMediaToFile(media, path, { ...LOCAL_CDN, transport, ...options }),
      ).rejects.toThrow(type);
      expect(await readdir(dir)).toEqual([]);
    });
  });
});
