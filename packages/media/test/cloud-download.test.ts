import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { inspect } from "node:util";
import { MediaDownloader, MediaHashMismatch } from "@tswa/media";
import { describe, expect, it } from "vitest";
import { type CdnBehavior, LOCAL_CDN } from "./fixtures/cdn.js";
import { CloudMedia, FORMS, sha256 } from "./fixtures/cloud.js";
import { pattern } from "./fixtures/encrypt.js";
import { expectRequestsThrough, TRANSPORT_PATHS } from "./fixtures/paths.js";

const cloud = CloudMedia.use();

describe.each(TRANSPORT_PATHS)("downloading Cloud API media over HTTP ($name path)", (path) => {
  expectRequestsThrough(path, () => cloud.cdn);
  const downloader = () => cloud.downloader(path);

  it.each(FORMS)("hands over the verified file (%s form)", async (form) => {
    const file = pattern(1024 * 1024 + 7, 3);
    const { id, name } = cloud.publish(file);
    const data = await cloud.download(form, downloader(), id);
    expect(data.equals(file)).toBe(true);
    expect(cloud.graph.calls(id)).toBe(1);
    expect(cloud.cdn.authorizations(name)).toEqual(["Bearer TEST-TOKEN"]);
    expect(cloud.cdn.acceptEncodings(name)).toEqual(["identity"]);
    if (form !== "file") expect(await readdir(cloud.dir)).toEqual([]);
    await cloud.expectNoSpoolLeft();
  });

  it("tells the path, size, MIME type and SHA-256 of a downloaded file, and leaves only it", async () => {
    const file = pattern(70_000);
    const { id } = cloud.publish(file);
    const target = join(cloud.dir, "photo.jpg");
    const result = await downloader().downloadMedia(id, { path: target });
    expect(result).toEqual({
      mediaId: id,
      mimeType: "image/jpeg",
      size: 70_000,
      sha256: sha256(file).toString("hex"),
      path: target,
    });
    expect(await readdir(cloud.dir)).toEqual(["photo.jpg"]);
  });

  it("downloads an empty file", async () => {
    const { id } = cloud.publish(Buffer.alloc(0));
    expect((await downloader().getMediaBytes(id)).length).toBe(0);
  });

  it.each<[string, CdnBehavior]>([
    ["in 7-byte pieces", { pieceSize: 7 }],
    ["chunked, without a Content-Length", { contentLength: "none", pieceSize: 1000 }],
    ["by a CDN that would gzip it if asked", { gzip: "accepted" }],
  ])("downloads a file sent %s", async (_, behavior) => {
    const file = pattern(50_000, 9);
    const { id } = cloud.publish(file, behavior);
    expect((await downloader().getMediaBytes(id)).equals(file)).toBe(true);
  });

  it("uses a getMediaUrl answer as given, without calling Graph", async () => {
    const file = pattern(5000);
    const { id, url } = cloud.publish(file);
    const answer = { id, url, sha256: sha256(file).toString("hex"), fileSize: 5000 };
    expect((await downloader().getMediaBytes(answer)).equals(file)).toBe(true);
    expect(cloud.graph.calls(id)).toBe(0);
  });

  it("downloads a bare URL, checking the sha256 option (hex or base64) when given", async () => {
    const file = pattern(5000, 1);
    const { id, url } = cloud.publish(file);
    const media = downloader();
    expect((await media.getMediaBytes(url)).equals(file)).toBe(true);
    expect(
      (await media.getMediaBytes(url, { sha256: sha256(file).toString("base64") })).equals(file),
    ).toBe(true);
    const error = await media
      .getMediaBytes(url, { sha256: sha256(pattern(5000, 2)).toString("hex") })
      .catch((e) => e);
    expect(error).toBeInstanceOf(MediaHashMismatch);
    expect(cloud.graph.calls(id)).toBe(0);
  });

  it("downloads again after the connection broke off mid-body", async () => {
    const file = pattern(200_000);
    const { id, name } = cloud.publish(file, (attempt) =>
      attempt === 0 ? { sendBytes: 50_000 } : {},
    );
    expect((await downloader().getMediaBytes(id)).equals(file)).toBe(true);
    expect(cloud.cdn.requests(name)).toBe(2);
  });

  it("accepts the media's own JSON when Meta says the media is JSON", async () => {
    const file = Buffer.from('{"error":"this is a document about errors"}');
    const json = { contentType: "application/json" };
    const { id } = cloud.publish(file, json, file, "application/json");
    expect((await downloader().getMediaBytes(id)).equals(file)).toBe(true);
  });
});

describe("a MediaDownloader", () => {
  it("refuses a SHA-256 that is neither hex nor base64 of 32 bytes", async () => {
    const { url } = cloud.publish(pattern(10));
    await expect(cloud.downloader().getMediaBytes(url, { sha256: "abc" })).rejects.toThrow(
      /64 hex digits or the base64 of 32 bytes/,
    );
  });

  it("fetches only Meta's https CDN hosts by default", async () => {
    const { id, name } = cloud.publish(pattern(10));
    const media = new MediaDownloader({
      token: "TEST-TOKEN",
      getMediaUrl: cloud.graph.getMediaUrl,
    });
    const error = await media.getMediaBytes(id).catch((e) => e);
    expect(error).toMatchObject({ reason: "url-not-allowed" });
    expect(cloud.cdn.requests(name)).toBe(0);
  });

  it("never shows the token", () => {
    const media = cloud.downloader();
    expect(inspect(media, { depth: 5 })).not.toContain("TEST-TOKEN");
    expect(JSON.stringify(media)).not.toContain("TEST-TOKEN");
  });

  it("needs getMediaUrl for a media id", async () => {
    const media = new MediaDownloader({ token: "TEST-TOKEN", ...LOCAL_CDN });
    await expect(media.getMediaBytes("123")).rejects.toMatchObject({ option: "getMediaUrl" });
  });

  it("checks its numbers at construction", () => {
    expect(() => new MediaDownloader({ maxSize: -1 })).toThrow(/media download: maxSize/);
  });

  it("asks for a path or a form", async () => {
    const { id } = cloud.publish(pattern(10));
    await expect(cloud.downloader().downloadMedia(id, {} as { to: "buffer" })).rejects.toThrow(
      /pass \{ path \}/,
    );
  });
});
