import { createHash, randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buffer } from "node:stream/consumers";
import {
  defaultFlowRequestDecryptor,
  FlowMediaHmacMismatch,
  FlowMediaNotFound,
  FlowMediaTooLarge,
  FlowRequest,
  type FlowRequestDecryptedMedia,
  loadFlowPrivateKey,
} from "@tswa/flows";
import { encryptFlowMedia, encryptFlowRequest } from "@tswa/flows/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { privateKeyPem, publicKeyPem, serveEndpoint } from "./fixtures/index.js";

/** Downloads from the local test CDN (only Meta's CDN hosts are allowed by default). */
const LOCAL_CDN = { allowUrl: (url: URL) => url.hostname === "127.0.0.1" };

const photo = randomBytes(150_000);
const scan = randomBytes(3_000);
const files = new Map<string, Buffer>();
let cdnOrigin = "";
const cdn = createServer((req, res) => {
  const file = files.get(new URL(req.url ?? "/", cdnOrigin).pathname);
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { "content-length": String(file.length) }).end(file);
});

/** A picker item pointing at the local CDN, as WhatsApp puts it in `data`. */
function upload(name: string, plaintext: Buffer, tamper = false) {
  const { cdnFile, item } = encryptFlowMedia(plaintext, {
    cdnUrl: `${cdnOrigin}/v/${name}?oh=token&oe=1`,
    fileName: name,
    mediaId: `id-${name}`,
  });
  if (tamper) {
    // A flipped ciphertext bit under a matching file hash: only the HMAC can tell.
    cdnFile[0] = cdnFile[0]! ^ 1;
    item.encryption_metadata.encrypted_hash = createHash("sha256").update(cdnFile).digest("base64");
  }
  files.set(`/v/${name}`, cdnFile);
  return item;
}

let photos: unknown[];
beforeAll(async () => {
  cdn.listen(0, "127.0.0.1");
  await once(cdn, "listening");
  cdnOrigin = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
  photos = [upload("IMG_1.jpg", photo), upload("IMG_2.pdf", scan)];
});
afterAll(() => {
  cdn.closeAllConnections();
  cdn.close();
});

/** A FlowRequest made the way the endpoint makes one: encrypted by the client, then decrypted. */
function decryptedRequest(
  data: Record<string, unknown>,
  options?: Parameters<typeof FlowRequest.fromPayload>[2],
) {
  const { envelope } = encryptFlowRequest(
    { version: "3.0", action: "data_exchange", screen: "UPLOAD", data, flow_token: "t" },
    publicKeyPem,
  );
  const { payload } = defaultFlowRequestDecryptor(envelope, loadFlowPrivateKey(privateKeyPem));
  return FlowRequest.fromPayload(payload, envelope, {
    ...options,
    media: { ...LOCAL_CDN, ...options?.media },
  });
}

describe("FlowRequest.decryptMedia", () => {
  it("decrypts an upload inside a handler of a real endpoint", async () => {
    let decrypted: FlowRequestDecryptedMedia | undefined;
    const served = await serveEndpoint({ mediaOptions: LOCAL_CDN }, (endpoint) =>
      endpoint.onDataExchange("UPLOAD", async (req) => {
        decrypted = await req.decryptMedia("photos");
        return req.respond({ screen: "DONE", data: { bytes: decrypted.data.length } });
      }),
    );
    try {
      const exchange = await served.client.dataExchange("UPLOAD", { photos });
      expect(exchange.status).toBe(200);
      expect(exchange.response).toMatchObject({ screen: "DONE", data: { bytes: 150_000 } });
      expect(decrypted?.mediaId).toBe("id-IMG_1.jpg");
      expect(decrypted?.filename).toBe("IMG_1.jpg");
      expect(decrypted?.data.equals(photo)).toBe(true);
    } finally {
      await served.close();
    }
  });

  it("passes the endpoint's mediaOptions, which a call can override", async () => {
    const outcomes: unknown[] = [];
    const served = await serveEndpoint(
      { mediaOptions: { ...LOCAL_CDN, maxSize: 1000 } },
      (endpoint) =>
        endpoint.onDataExchange("UPLOAD", async (req) => {
          outcomes.push(await req.decryptMedia("photos", 1).catch((error: unknown) => error));
          outcomes.push((await req.decryptMedia("photos", 1, { maxSize: 5000 })).data.length);
          return req.respond({ screen: "DONE" });
        }),
    );
    try {
      expect((await served.client.dataExchange("UPLOAD", { photos })).status).toBe(200);
      expect(outcomes[0]).toBeInstanceOf(FlowMediaTooLarge);
      expect((outcomes[0] as FlowMediaTooLarge).limit).toBe(1000);
      expect(outcomes[1]).toBe(3000);
    } finally {
      await served.close();
    }
  });

  it("takes an index, counting from the end when negative", async () => {
    const req = decryptedRequest({ photos });
    expect((await req.decryptMedia("photos", 1)).data.equals(scan)).toBe(true);
    expect((await req.decryptMedia("photos", -1)).filename).toBe("IMG_2.pdf");
    expect((await req.decryptMedia("photos", -2)).filename).toBe("IMG_1.jpg");
  });

  it("writes an upload to a file and streams another", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tswa-flows-media-"));
    try {
      const req = decryptedRequest({ photos }, { media: { tempDir: dir } });
      const file = await req.decryptMediaToFile("photos", 0, join(dir, "photo.jpg"));
      expect(file).toEqual({
        mediaId: "id-IMG_1.jpg",
        filename: "IMG_1.jpg",
        path: join(dir, "photo.jpg"),
        size: 150_000,
      });
      expect((await readFile(file.path)).equals(photo)).toBe(true);
      const streamed = await req.decryptMediaStream("photos", 1);
      expect(streamed.size).toBe(3000);
      expect((await buffer(streamed.stream)).equals(scan)).toBe(true);
      expect(await readdir(dir)).toEqual(["photo.jpg"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rejects a tampered upload with the failed check", async () => {
    const req = decryptedRequest({ photos: [upload("bad.jpg", photo, true)] });
    await expect(req.decryptMedia("photos")).rejects.toThrow(FlowMediaHmacMismatch);
  });

  it.each([
    ["no-data", () => ({}), "photos", 0, "the flow request has no data"],
    [
      "missing-key",
      () => ({ photos }),
      "documents",
      0,
      `the flow request's data has no key "documents"`,
    ],
    [
      "not-a-list",
      () => ({ photos: "x" }),
      "photos",
      0,
      `the flow request's data["photos"] is not a list of media`,
    ],
    [
      "index-out-of-range",
      () => ({ photos }),
      "photos",
      2,
      `the flow request's data["photos"] has no media at index 2`,
    ],
    [
      "index-out-of-range",
      () => ({ photos }),
      "photos",
      -3,
      `the flow request's data["photos"] has no media at index -3`,
    ],
  ])(
    "throws FlowMediaNotFound (%s) when there is no such upload",
    async (reason, data, key, index, message) => {
      // A thunk: the uploads exist only once the CDN listens.
      const error = await decryptedRequest(data())
        .decryptMedia(key, index)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FlowMediaNotFound);
      expect(error).toMatchObject({ reason, key, index, message });
    },
  );
});
