import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  GraphClient,
  ResumableUploadApi,
  UploadFileError,
  WhatsAppConfigurationError,
} from "@tswa/core";
import { beforeEach, describe, expect, it } from "vitest";
import { TOKEN, useGraph } from "./graph-handlers.js";
import { APP_ID, HANDLE, SESSION, type SeenCall, templateHandlers } from "./template-handlers.js";

const { server } = useGraph();
const seen: SeenCall[] = [];
beforeEach(() => {
  seen.length = 0;
  server.use(...templateHandlers(seen));
});

const uploads = (defaults = { appId: APP_ID }) =>
  new ResumableUploadApi(new GraphClient({ token: TOKEN, retry: { maxRetries: 0 } }), defaults);
const bytes = Uint8Array.from({ length: 10 }, (_, i) => i + 65);
const dir = mkdtempSync(join(tmpdir(), "tswa-upload-"));
const file = join(dir, "Banner.PNG");
writeFileSync(file, bytes);

describe("ResumableUploadApi", () => {
  it("streams a file from disk: name, size and type from the path, then the bytes with OAuth", async () => {
    const result = await uploads().upload(file);
    expect(result).toEqual({ handle: HANDLE, sessionId: SESSION });
    const [start, send] = seen;
    expect(start?.method).toBe("POST");
    expect(start?.url.pathname).toBe(`/v26.0/${APP_ID}/uploads`);
    expect(Object.fromEntries(start?.url.searchParams ?? [])).toEqual({
      file_name: "Banner.PNG",
      file_length: "10",
      file_type: "image/png",
    });
    expect(send?.headers.get("authorization")).toBe(`OAuth ${TOKEN}`);
    expect(send?.headers.get("file_offset")).toBe("0");
    expect(send?.text).toBe("ABCDEFGHIJ");
  });

  it("takes a stream when told its size and type", async () => {
    async function* chunks() {
      yield bytes.subarray(0, 3);
      yield bytes.subarray(3);
    }
    await uploads().upload(chunks(), {
      fileLength: 10,
      mimeType: "video/mp4",
      filename: "clip.mp4",
    });
    expect(seen[0]?.url.searchParams.get("file_type")).toBe("video/mp4");
    expect(seen[1]?.text).toBe("ABCDEFGHIJ");
  });

  it("refuses a stream without its size, and bytes without a type, before any call", async () => {
    const stream = new Blob([bytes]).stream();
    await expect(uploads().upload(stream, { mimeType: "image/png" })).rejects.toMatchObject({
      name: "UploadFileError",
      field: "fileLength",
    });
    await expect(uploads().upload(bytes)).rejects.toMatchObject({ field: "mimeType" });
    await expect(uploads().upload(join(dir, "missing.png"))).rejects.toBeInstanceOf(
      UploadFileError,
    );
    expect(seen).toHaveLength(0);
  });

  it("resumes from the offset Graph reports, sending only the rest", async () => {
    const result = await uploads().resume(SESSION, file);
    expect(result.handle).toBe(HANDLE);
    const [progress, send] = seen;
    expect(progress?.method).toBe("GET");
    expect(progress?.headers.get("authorization")).toBe(`OAuth ${TOKEN}`);
    expect(send?.headers.get("file_offset")).toBe("4");
    expect(send?.text).toBe("EFGHIJ");
  });

  it("getSession reads the offset", async () => {
    expect(await uploads().getSession(SESSION)).toEqual({
      id: SESSION.split("?")[0],
      fileOffset: 4,
    });
  });

  it("needs an app id, and says so", async () => {
    await expect(
      uploads({ appId: "" }).upload(bytes, { mimeType: "image/png" }),
    ).rejects.toBeInstanceOf(WhatsAppConfigurationError);
  });

  it("refuses a session id that is not one", async () => {
    await expect(uploads().getSession("12345")).rejects.toMatchObject({ field: "sessionId" });
  });
});
