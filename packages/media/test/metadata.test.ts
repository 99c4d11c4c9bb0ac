import {
  FlowMediaMetadataError,
  flowRequestMediaDecryptor,
  parseEncryptedFlowMedia,
} from "@tswa/media";
import { describe, expect, it } from "vitest";
import { encryptUpload, pattern } from "./fixtures/encrypt.js";

const upload = encryptUpload(pattern(20));
const media = {
  media_id: "790aba14-5f4e-4b0c-9a8e-1f2d3c4b5a69",
  cdn_url: "https://mmg.whatsapp.net/v/t62.7119-24/1_n.enc?ccb=11-4&oh=01_Q5AaI&oe=6789ABCD",
  file_name: "IMG_5237.jpg",
  encryption_metadata: upload.metadata,
};

function rejection(value: unknown): FlowMediaMetadataError {
  try {
    parseEncryptedFlowMedia(value);
  } catch (error) {
    expect(error).toBeInstanceOf(FlowMediaMetadataError);
    return error as FlowMediaMetadataError;
  }
  throw new Error("expected the media object to be rejected");
}

describe("the encrypted media object", () => {
  it("decodes the keys and hashes and keeps unknown fields", () => {
    const parsed = parseEncryptedFlowMedia({ ...media, mime_type: "image/jpeg" });
    expect(parsed.media_id).toBe(media.media_id);
    expect(parsed.encryption_metadata.iv.toString("base64")).toBe(upload.metadata.iv);
    expect(parsed.encryption_metadata.encryption_key.length).toBe(32);
    expect(parsed.mime_type).toBe("image/jpeg");
  });

  it("names every missing field", () => {
    expect(rejection({}).fields).toEqual([
      "media_id",
      "cdn_url",
      "file_name",
      "encryption_metadata",
    ]);
    expect(rejection(null).fields).toEqual(["the media object"]);
  });

  it.each([
    [
      "iv",
      Buffer.alloc(12).toString("base64"),
      "encryption_metadata.iv must be 16 bytes of base64",
    ],
    [
      "encryption_key",
      Buffer.alloc(16).toString("base64"),
      "encryption_metadata.encryption_key must be 32 bytes of base64",
    ],
    [
      "plaintext_hash",
      Buffer.alloc(32).toString("base64url"),
      "encryption_metadata.plaintext_hash must be padded base64",
    ],
    ["hmac_key", 42, "encryption_metadata.hmac_key is missing or not a string"],
  ])("rejects a bad %s with a message naming the field", (field, value, message) => {
    const error = rejection({
      ...media,
      encryption_metadata: { ...upload.metadata, [field]: value },
    });
    expect(error.fields).toEqual([`encryption_metadata.${field}`]);
    expect(error.message).toBe(`the encrypted media object is invalid: ${message}`);
  });

  it("takes only http(s) CDN URLs", () => {
    expect(rejection({ ...media, cdn_url: "file:///etc/passwd" }).message).toBe(
      "the encrypted media object is invalid: cdn_url must be an http(s) URL",
    );
  });

  it("never repeats key material in the message", () => {
    const metadata = { ...upload.metadata, iv: `${upload.metadata.encryption_key}` };
    const error = rejection({ ...media, encryption_metadata: metadata });
    expect(error.message).not.toContain(upload.metadata.encryption_key);
  });

  it("rejects a bad object before any download", async () => {
    await expect(flowRequestMediaDecryptor({ ...media, cdn_url: 7 })).rejects.toThrow(
      "cdn_url is missing or not a string",
    );
  });
});
