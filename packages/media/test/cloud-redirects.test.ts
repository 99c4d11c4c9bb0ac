import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { MediaNotFound } from "@tswa/media";
import { describe, expect, it } from "vitest";
import { TestCdn } from "./fixtures/cdn.js";
import { CloudMedia, sha256 } from "./fixtures/cloud.js";
import { pattern } from "./fixtures/encrypt.js";
import { expectRequestsThrough, TRANSPORT_PATHS } from "./fixtures/paths.js";

const cloud = CloudMedia.use();

describe.each(TRANSPORT_PATHS)("an expired URL ($name path)", (path) => {
  expectRequestsThrough(path, () => cloud.cdn);
  const downloader = () => cloud.downloader(path);

  it.each([404, 401])("is resolved again once after the CDN answers %i", async (status) => {
    const file = pattern(3000);
    const { id, name } = cloud.publish(file, (attempt) => (attempt === 0 ? { status } : {}));
    const target = join(cloud.dir, "again.jpg");
    await downloader().downloadMedia(id, { path: target });
    expect((await readFile(target)).equals(file)).toBe(true);
    expect(cloud.graph.calls(id)).toBe(2);
    expect(cloud.cdn.requests(name)).toBe(2);
  });

  it("is resolved again only once", async () => {
    const { id, name } = cloud.publish(pattern(10), { status: 404 });
    const error = await downloader()
      .getMediaBytes(id)
      .catch((e) => e);
    expect(error).toBeInstanceOf(MediaNotFound);
    expect(error).toMatchObject({ status: 404 });
    expect(cloud.graph.calls(id)).toBe(2);
    expect(cloud.cdn.requests(name)).toBe(2);
  });

  it("of a getMediaUrl answer is resolved again from its id", async () => {
    const file = pattern(3000);
    const { id, url } = cloud.publish(file, (attempt) => (attempt === 0 ? { status: 404 } : {}));
    const answer = { id, url, sha256: sha256(file).toString("hex"), fileSize: 3000 };
    expect((await downloader().getMediaBytes(answer)).equals(file)).toBe(true);
    expect(cloud.graph.calls(id)).toBe(1);
  });

  it("of a bare URL cannot be resolved again", async () => {
    const { id, url } = cloud.publish(pattern(10), { status: 404 });
    const error = await downloader()
      .getMediaBytes(url)
      .catch((e) => e);
    expect(error).toBeInstanceOf(MediaNotFound);
    expect((error as Error).message).toMatch(/pass the media id/);
    expect(cloud.graph.calls(id)).toBe(0);
  });
});

describe.each(TRANSPORT_PATHS)("redirects and the access token ($name path)", (path) => {
  expectRequestsThrough(path, () => cloud.cdn);
  const downloader = () => cloud.downloader(path);

  it("goes with a redirect to the same origin, and not to another one", async () => {
    const other = await TestCdn.start();
    try {
      const file = pattern(2000);
      const away = other.serve("away", file);
      const hereName = cloud.freshName("here");
      const here = cloud.cdn.serve(hereName, file);
      const viaSame = cloud.publish(file, { redirect: here });
      const viaOther = cloud.publish(file, { redirect: away });
      const media = downloader();
      expect((await media.getMediaBytes(viaSame.id)).equals(file)).toBe(true);
      expect((await media.getMediaBytes(viaOther.id)).equals(file)).toBe(true);
      expect(cloud.cdn.authorizations(viaSame.name)).toEqual(["Bearer TEST-TOKEN"]);
      expect(cloud.cdn.authorizations(hereName)).toEqual(["Bearer TEST-TOKEN"]);
      expect(cloud.cdn.authorizations(viaOther.name)).toEqual(["Bearer TEST-TOKEN"]);
      expect(other.authorizations("away")).toEqual([undefined]);
      // Every hop asks for the file uncompressed, and the other origin is reached the same way.
      expect(other.acceptEncodings("away")).toEqual(["identity"]);
      expect(other.takePaths()).toEqual([path.name]);
    } finally {
      await other.close();
    }
  });

  it("follows a relative redirect", async () => {
    const file = pattern(2000);
    const target = cloud.publish(file);
    const { id, name } = cloud.publish(file, { redirect: `/v/${target.name}?oh=SECRET-TOKEN` });
    expect((await downloader().getMediaBytes(id)).equals(file)).toBe(true);
    expect([cloud.cdn.requests(name), cloud.cdn.requests(target.name)]).toEqual([1, 1]);
  });

  it("checks every hop against allowUrl, refusing one before connecting to it", async () => {
    const file = pattern(10);
    const target = cloud.publish(file);
    const { id, name } = cloud.publish(file, { redirect: target.url });
    const asked: string[] = [];
    const error = await cloud
      .downloader(path, {
        allowUrl: (url) => {
          asked.push(url.pathname);
          return url.pathname !== `/v/${target.name}`;
        },
      })
      .getMediaBytes(id)
      .catch((e) => e);
    expect(error).toMatchObject({ reason: "url-not-allowed", url: cloud.cdn.origin });
    expect(asked).toEqual([`/v/${name}`, `/v/${target.name}`]);
    expect(cloud.cdn.requests(target.name)).toBe(0);
  });

  it("gives up after 20 redirects, with the last status", async () => {
    const loop = cloud.freshName("loop");
    const url = cloud.cdn.serve(loop, Buffer.alloc(0), { redirect: `/v/${loop}?oh=SECRET-TOKEN` });
    const error = await downloader()
      .getMediaBytes(url)
      .catch((e) => e);
    expect(error).toMatchObject({ reason: "http-error", status: 302 });
    expect((error as Error).message).toBe(
      `the CDN redirected more than 20 times for ${cloud.cdn.origin}/v/${loop}`,
    );
    expect(cloud.cdn.requests(loop)).toBe(21);
  });
});
