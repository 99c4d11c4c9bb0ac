import { readdir } from "node:fs/promises";
import { createServer } from "node:http";
import { Readable } from "node:stream";
import {
  type FlowCompletion,
  GraphApiError,
  Media,
  MediaDownloadFailed,
  MediaHashMismatch,
  type UpdateClient,
  UpdateWithoutClientError,
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
import { flowCompletionMessage, PHONE_ID } from "./fixtures/webhooks.js";

const TOKEN = "reupload-token";
/** The client's own number: not the one the webhooks below were sent to (`PHONE_ID`). */
const CLIENT_PHONE = "200000000000001";
const PHOTO = Buffer.from(Array.from({ length: 150_000 }, (_, i) => (i * 13) & 0xff));

/** One upload Graph received: the phone it went to and the multipart fields it carried. */
interface Upload {
  phone: string;
  type: string | null;
  file: File;
}

/** Graph (`GET /v…/<id>`, `POST /v…/<phone>/media`) and the CDN (`/cdn/<id>`) on 127.0.0.1. */
const files = new Map<string, ServedFile>();
const uploads: Upload[] = [];
let uploadAnswer: { status: number; body: unknown } = { status: 200, body: { id: "reuploaded-1" } };
const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  const json = (status: number, body: unknown) =>
    void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  if (req.headers.authorization !== `Bearer ${TOKEN}`) return json(401, {});
  const upload = /^\/v\d+\.\d+\/([^/]+)\/media$/.exec(path);
  if (req.method === "POST" && upload) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = await new Response(Buffer.concat(chunks), {
      headers: { "content-type": String(req.headers["content-type"]) },
    }).formData();
    uploads.push({
      phone: decodeURIComponent(upload[1] ?? ""),
      type: form.get("type") as string | null,
      file: form.get("file") as File,
    });
    return json(uploadAnswer.status, uploadAnswer.body);
  }
  const [, first, id = ""] = path.split("/");
  const file = files.get(id);
  if (!file) return json(404, {});
  if (first === "cdn") {
    return void res.writeHead(200, { "content-type": "application/octet-stream" }).end(file.body);
  }
  json(200, mediaUrlAnswer(local.origin, id, file));
});

const local = serveLocally(server);
const temp = tempDirPerTest("tswa-reupload-");
beforeEach(() => {
  uploads.length = 0;
  uploadAnswer = { status: 200, body: { id: "reuploaded-1" } };
});

function client() {
  return mediaClient(local.origin, TOKEN, CLIENT_PHONE, temp.path);
}

const documentOf = (id: string, mimeType = "application/pdf") => ({
  type: "document",
  document: { id, mime_type: mimeType, sha256: "aGFzaA==", filename: "invoice-7.pdf" },
});

async function bytesOf(file: File | undefined): Promise<Buffer> {
  return Buffer.from(await (file as File).arrayBuffer());
}

describe("MediaObject.reupload", () => {
  it("uploads the CDN's bytes, with the media's type and name, to the number that received it", async () => {
    files.set("2001", { body: PHOTO });
    const media = await receive(documentOf("2001"), client()).document!.reupload();
    expect(media).toBeInstanceOf(Media);
    expect(media.toJSON()).toEqual({
      id: "reuploaded-1",
      filename: "invoice-7.pdf",
      mimeType: "application/pdf",
      uploadedTo: PHONE_ID,
    });
    expect(uploads).toHaveLength(1);
    const [upload] = uploads;
    expect(upload?.phone).toBe(PHONE_ID);
    expect(upload?.type).toBe("application/pdf");
    expect(upload?.file.name).toBe("invoice-7.pdf");
    expect(upload?.file.type).toBe("application/pdf");
    expect((await bytesOf(upload?.file)).equals(PHOTO)).toBe(true);
    expect(await readdir(temp.path)).toEqual([]);
  });

  it("takes another file name and another phone number", async () => {
    files.set("2002", { body: PHOTO });
    const image = receive(
      { type: "image", image: { id: "2002", mime_type: "image/jpeg", sha256: "aGFzaA==" } },
      client(),
    ).image!;
    const media = await image.reupload({ toPhoneId: "300000000000003", filename: "copy.jpg" });
    expect(media).toMatchObject({ filename: "copy.jpg", uploadedTo: "300000000000003" });
    expect(uploads.map((u) => [u.phone, u.file.name, u.file.type])).toEqual([
      ["300000000000003", "copy.jpg", "image/jpeg"],
    ]);
    expect((await bytesOf(uploads[0]?.file)).equals(PHOTO)).toBe(true);
  });

  it("uploads a flow picker's file to the number that received the completion", async () => {
    files.set("2003", { body: PHOTO });
    const flow = receive<FlowCompletion>(
      flowCompletionMessage({
        flow_token: "claim-1",
        photos: [
          { file_name: "IMG_1.jpg", mime_type: "image/jpeg", sha256: "aGFzaA==", id: "2003" },
        ],
      }),
      client(),
    );
    await flow.getMedia("photos").reupload();
    expect(uploads.map((u) => [u.phone, u.file.name])).toEqual([[PHONE_ID, "IMG_1.jpg"]]);
  });

  it("keeps a document a document: a 6 MB JPEG sent as a file is over the image limit, not the document one", async () => {
    const big = Buffer.alloc(6 * 1024 * 1024, 7);
    files.set("2004", { body: big });
    await receive(documentOf("2004", "image/jpeg"), client()).document!.reupload();
    expect(uploads[0]?.file.size).toBe(big.length);
    expect(uploads[0]?.type).toBe("image/jpeg");
  });

  it("uploads nothing and leaves no temporary file when the download fails its SHA-256 check", async () => {
    files.set("2005", { body: PHOTO, sha256: "00".repeat(32) });
    const media = receive(documentOf("2005"), client()).document!;
    const error = await media.reupload().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaDownloadFailed);
    expect(error).toBeInstanceOf(MediaHashMismatch);
    expect(uploads).toEqual([]);
    expect(await readdir(temp.path)).toEqual([]);
  });

  it("rejects with Graph's typed error when the upload is refused, and leaves no temporary file", async () => {
    files.set("2006", { body: PHOTO });
    uploadAnswer = {
      status: 400,
      body: { error: { message: "Invalid parameter", type: "OAuthException", code: 100 } },
    };
    const media = receive(documentOf("2006"), client()).document!;
    await expect(media.reupload()).rejects.toBeInstanceOf(GraphApiError);
    expect(uploads).toHaveLength(1);
    expect(await readdir(temp.path)).toEqual([]);
  });

  it("destroys the verified stream when the upload rejects, so its spool file closes", async () => {
    const stream = Readable.from([PHOTO]);
    const refused = new Error("upload refused");
    const own = {
      streamMedia: async () => stream,
      uploadMedia: async () => {
        throw refused;
      },
    } as unknown as UpdateClient;
    const media = receive(documentOf("2009"), own).document!;
    await expect(media.reupload()).rejects.toBe(refused);
    expect(stream.destroyed).toBe(true);
  });

  it("stops before any request when the signal is already aborted", async () => {
    files.set("2007", { body: PHOTO });
    const media = receive(documentOf("2007"), client()).document!;
    const signal = AbortSignal.abort(new Error("user left"));
    await expect(media.reupload({ signal })).rejects.toThrow("user left");
    expect(uploads).toEqual([]);
    expect(await readdir(temp.path)).toEqual([]);
  });

  it("needs a client, as the other shortcuts do", async () => {
    const media = receive(documentOf("2008")).document!;
    await expect(media.reupload()).rejects.toBeInstanceOf(UpdateWithoutClientError);
    await expect(media.reupload()).rejects.toThrow(/reupload\(\) needs a client/);
  });

  it("keeps a voice note's MIME type with its codec parameter", async () => {
    files.set("2101", { body: PHOTO });
    const audio = receive(
      {
        type: "audio",
        audio: { id: "2101", mime_type: "audio/ogg; codecs=opus", sha256: "aGFzaA==", voice: true },
      },
      client(),
    ).audio!;
    const media = await audio.reupload();
    expect(media).toMatchObject({ mimeType: "audio/ogg; codecs=opus", uploadedTo: PHONE_ID });
    expect(uploads.map((u) => u.type)).toEqual(["audio/ogg; codecs=opus"]);
    expect((await bytesOf(uploads[0]?.file)).equals(PHOTO)).toBe(true);
  });
});
