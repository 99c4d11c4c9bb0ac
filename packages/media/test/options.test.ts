import { DEFAULT_MAX_MEDIA_SIZE, flowRequestMediaDecryptor } from "@tswa/media";
import { describe, expect, it } from "vitest";
import { resolveFlowMediaOptions } from "../src/options.js";
import { encryptUpload, pattern } from "./fixtures/encrypt.js";

describe("media options", () => {
  it("defaults to 25 MiB, 60 s per attempt, 15 s idle and two restarts", () => {
    expect(resolveFlowMediaOptions()).toMatchObject({
      maxSize: 26_214_400,
      timeout: 60_000,
      idleTimeout: 15_000,
      restarts: 2,
      fsync: false,
    });
    expect(DEFAULT_MAX_MEDIA_SIZE).toBe(25 * 1024 * 1024);
  });

  it.each([
    [0, 26],
    [15, 26],
    [16, 42],
    [20, 42],
    [DEFAULT_MAX_MEDIA_SIZE, DEFAULT_MAX_MEDIA_SIZE + 26],
  ])("allows a CDN file for maxSize %i of at most %i bytes (padding and MAC)", (max, file) => {
    expect(resolveFlowMediaOptions({ maxSize: max }).maxFileSize).toBe(file);
    // The largest plaintext under the limit encrypts to exactly that many bytes.
    expect(encryptUpload(pattern(max)).cdnFile.length).toBe(file);
  });

  it.each([
    [{ maxSize: -1 }, "flow media: maxSize must be a whole number of bytes >= 0"],
    [{ maxSize: 1.5 }, "flow media: maxSize must be a whole number of bytes >= 0"],
    [{ timeout: 0 }, "flow media: timeout must be a positive number of ms"],
    [{ idleTimeout: -5 }, "flow media: idleTimeout must be a positive number of ms (or Infinity)"],
    [{ restarts: 0.5 }, "flow media: restarts must be a whole number >= 0"],
  ])("rejects %o with a message saying what fits", async (options, message) => {
    expect(() => resolveFlowMediaOptions(options)).toThrow(new TypeError(message));
    const media = {
      media_id: "m",
      cdn_url: "http://127.0.0.1:9/never-fetched",
      file_name: "a",
      encryption_metadata: encryptUpload(pattern(1)).metadata,
    };
    await expect(flowRequestMediaDecryptor(media, options)).rejects.toThrow(message);
  });
});
