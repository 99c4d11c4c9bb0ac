import { readdir, readFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { join } from "node:path";
import { buffer } from "node:stream/consumers";
import { inspect } from "node:util";
import {
  AudioMedia,
  DocumentMedia,
  type FlowCompletion,
  FlowMediaNotFound,
  ImageMedia,
  MediaHashMismatch,
  MediaObject,
  StickerMedia,
  UpdateWithoutClientError,
  VideoMedia,
  type WhatsApp,
} from "tswa";
import { beforeEach, describe, expect, it } from "vitest";
import {
  mediaClient,
  mediaUrlAnswer,
  receive,
  type ServedFile,
  serveLocally,
  tempDirPerTest,
} from "./fixtures/received-media.js";
import { flowCompletionMessage } from "./fixtures/webhooks.js";

const TOKEN = "received-media-token";
const PHOTO = Buffer.from(Array.from({ length: 150_000 }, (_, i) => (i * 7) & 0xff));

/** Graph (`GET /v…/<id>`) and the CDN (`/cdn/<id>`) on one server on 127.0.0.1. */
const files = new Map<string, ServedFile>();
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  seen.push({ path, headers: req.headers });
  const [, first, id = ""] = path.split("/");
  const file = files.get(id);
  if (!file || req.headers.authorization !== `Bearer ${TOKEN}`) {
    return void res.writeHead(404, { "content-type": "text/plain" }).end("no");
  }
  if (first === "cdn") {
    return void res.writeHead(200, { "content-type": "image/jpeg" }).end(file.body);
  }
  res
    .writeHead(200, { "content-type": "application/json" })
    .end(JSON.stringify(mediaUrlAnswer(local.origin, id, file)));
});

const local = serveLocally(server);
const temp = tempDirPerTest("tswa-received-media-");
beforeEach(() => {
  seen.length = 0;
});

function client() {
  return mediaClient(local.origin, TOKEN, "106540352242922", temp.path);
}

const image = (id: string) => ({
  type: "image",
  image: { id, mime_type: "image/jpeg", sha256: "c2hhMjU2IGluIGJhc2U2NA==", caption: "Look" },
});

describe("received media objects", () => {
  it.each([
    ["image", { caption: "c" }, ImageMedia, { caption: "c" }],
    ["video", { caption: "v" }, VideoMedia, { caption: "v" }],
    ["audio", { voice: true }, AudioMedia, { voice: true }],
    ["document", { filename: "a.pdf", caption: "d" }, DocumentMedia, { filename: "a.pdf" }],
    ["sticker", { animated: true }, StickerMedia, { animated: true }],
  ] as const)("makes msg.%s a typed media object", (type, extra, Class, fields) => {
    const msg = receive({
      type,
      [type]: { id: "42", mime_type: "x/y", sha256: "aGFzaA==", url: "https://u", ...extra },
    });
    const media = msg[type];
    expect(media).toBeInstanceOf(Class);
    expect(media).toBeInstanceOf(MediaObject);
    expect(media).toMatchObject({
      id: "42",
      mimeType: "x/y",
      sha256: "aGFzaA==",
      url: "https://u",
    });
    expect(media).toMatchObject(fields);
    expect(msg.media).toBe(media);
  });

  it("defaults voice and animated to false", () => {
    expect(receive({ type: "audio", audio: { id: "1" } }).audio?.voice).toBe(false);
    expect(receive({ type: "sticker", sticker: { id: "1" } }).sticker?.animated).toBe(false);
  });

  it("keeps the client and the token out of JSON.stringify and util.inspect", () => {
    const msg = receive(image("42"), client());
    expect(JSON.parse(JSON.stringify(msg.image))).toEqual({
      id: "42",
      mimeType: "image/jpeg",
      sha256: "c2hhMjU2IGluIGJhc2U2NA==",
      caption: "Look",
    });
    expect(JSON.stringify(msg)).not.toContain(TOKEN);
    expect(inspect(msg, { depth: 10 })).not.toContain(TOKEN);
  });

  it("downloads through the client that received it: Graph first, then the CDN, both with the token", async () => {
    files.set("1001", { body: PHOTO });
    const msg = receive(image("1001"), client());
    const path = join(temp.path, "photo.jpg");
    const result = await msg.image!.download({ path });
    expect(result).toMatchObject({ path, size: PHOTO.length, mediaId: "1001" });
    expect((await readFile(path)).equals(PHOTO)).toBe(true);
    expect(seen.map((r) => r.path)).toEqual([
      expect.stringMatching(/^\/v\d+\.\d+\/1001$/),
      "/cdn/1001",
    ]);
    expect(seen.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${TOKEN}`,
      `Bearer ${TOKEN}`,
    ]);
    expect(await readdir(temp.path)).toEqual(["photo.jpg"]);
  });

  it("gets the bytes, a stream and the URL", async () => {
    files.set("1002", { body: PHOTO });
    const media = receive(image("1002"), client()).image!;
    expect((await media.getBytes()).equals(PHOTO)).toBe(true);
    expect((await buffer(await media.stream())).equals(PHOTO)).toBe(true);
    const url = await media.getMediaUrl();
    expect(url).toMatchObject({ id: "1002", mimeType: "image/jpeg", fileSize: PHOTO.length });
    expect(await readdir(temp.path)).toEqual([]);
  });

  it("checks the download against Graph's SHA-256 and keeps nothing when it differs", async () => {
    files.set("1003", { body: PHOTO, sha256: "00".repeat(32) });
    const media = receive(image("1003"), client()).image!;
    await expect(media.download({ path: join(temp.path, "x.jpg") })).rejects.toBeInstanceOf(
      MediaHashMismatch,
    );
    await expect(media.getBytes()).rejects.toMatchObject({ reason: "hash-mismatch" });
    expect(await readdir(temp.path)).toEqual([]);
  });

  it("needs a client for its shortcuts", async () => {
    const media = receive(image("1")).image as ImageMedia;
    await expect(media.getBytes()).rejects.toThrow(UpdateWithoutClientError);
    await expect(media.download({ to: "buffer" })).rejects.toThrow(/download\(\) needs a client/);
  });
});

describe("the client's download methods", () => {
  it("are bound, so they work detached", async () => {
    files.set("1004", { body: PHOTO });
    const { getMediaBytes, streamMedia, downloadMedia } = client();
    expect((await getMediaBytes("1004")).equals(PHOTO)).toBe(true);
    expect((await buffer(await streamMedia("1004"))).equals(PHOTO)).toBe(true);
    const { data } = await downloadMedia("1004", { to: "buffer" });
    expect(data.equals(PHOTO)).toBe(true);
  });
});

describe("downloading a getMediaUrl answer", () => {
  it("uses its URL, SHA-256 and size without another Graph call", async () => {
    files.set("1006", { body: PHOTO });
    const wa = client();
    const answer = await wa.getMediaUrl("1006");
    seen.length = 0;
    const { data, size } = await wa.downloadMedia(answer, { to: "buffer" });
    expect(data.equals(PHOTO)).toBe(true);
    expect(size).toBe(PHOTO.length);
    expect(seen.map((r) => r.path)).toEqual(["/cdn/1006"]);
  });
});

describe("FlowCompletion.getMedia", () => {
  const completion = (wa?: WhatsApp) =>
    receive<FlowCompletion>(
      flowCompletionMessage({
        flow_token: "claim-1",
        photos: [
          { file_name: "IMG_5237.jpg", mime_type: "image/jpeg", sha256: "aGFzaA==", id: "1005" },
        ],
        name: "Ada",
        broken: [{ file_name: "x" }],
      }),
      wa,
    );

  it("returns a picker's file as a media object that downloads", async () => {
    files.set("1005", { body: PHOTO });
    const photo = completion(client()).getMedia("photos");
    expect(photo).toBeInstanceOf(MediaObject);
    expect(photo).toMatchObject({
      id: "1005",
      filename: "IMG_5237.jpg",
      mimeType: "image/jpeg",
      sha256: "aGFzaA==",
    });
    expect((await photo.getBytes()).equals(PHOTO)).toBe(true);
  });

  it.each([
    ["missing", 0, "missing-key"],
    ["name", 0, "not-a-list"],
    ["photos", 1, "index-out-of-range"],
    ["broken", 0, "not-media"],
  ] as const)("throws FlowMediaNotFound for %s[%i] (%s)", (key, index, reason) => {
    const error = (() => {
      try {
        completion().getMedia(key, index);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(FlowMediaNotFound);
    expect(error).toMatchObject({ key, index, reason });
    expect((error as Error).message).toContain("the flow completion's response");
  });
});
