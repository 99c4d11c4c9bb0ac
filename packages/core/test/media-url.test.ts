import { MediaApi } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { PHONE_ID, TOKEN } from "./graph-handlers.js";
import { graphStandIn } from "./graph-stand-in.js";

const MEDIA_ID = "1013859600285441";
// Meta's example answer of GET /{media-id}.
const mediaUrlBody = {
  messaging_product: "whatsapp",
  url: "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1013859600285441&ext=1728904823&hash=ATtXQ",
  mime_type: "image/jpeg",
  sha256: "5f4e3c1d2b0a99887766554433221100ffeeddccbbaa99887766554433221100",
  file_size: 303833,
  id: MEDIA_ID,
};

describe("getMediaUrl", () => {
  it("GETs /{media-id} with the bearer token and returns a MediaURL valid for 5 minutes", async () => {
    const graph = await graphStandIn(() => ({ json: mediaUrlBody }));
    const before = Date.now();
    const found = await new MediaApi(graph.client(), { phoneId: PHONE_ID }).getMediaUrl(MEDIA_ID);
    expect(found).toEqual({
      id: MEDIA_ID,
      url: mediaUrlBody.url,
      mimeType: "image/jpeg",
      sha256: mediaUrlBody.sha256,
      fileSize: 303833,
      expiresAt: expect.any(Date),
    });
    expect(found.expiresAt.getTime() - before).toBeGreaterThanOrEqual(5 * 60 * 1000);
    expect(found.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000);
    const [request] = graph.received;
    expect([request?.method, request?.path, request?.query]).toEqual(["GET", `/${MEDIA_ID}`, {}]);
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("sends phone_number_id only when the call names a phone", async () => {
    const graph = await graphStandIn(() => ({ json: mediaUrlBody }));
    await new MediaApi(graph.client(), { phoneId: PHONE_ID }).getMediaUrl(MEDIA_ID, {
      phoneId: "999",
    });
    expect(graph.received[0]?.query).toEqual({ phone_number_id: "999" });
  });

  it("throws the Graph error of an unknown id", async () => {
    const graph = await graphStandIn(() => ({
      status: 400,
      json: {
        error: {
          message: "Unsupported get request. Object with ID '42' does not exist",
          type: "GraphMethodException",
          code: 100,
          error_subcode: 33,
          fbtrace_id: "AbCdEf",
        },
      },
    }));
    await expect(new MediaApi(graph.client()).getMediaUrl("42")).rejects.toMatchObject({
      name: "GraphApiError",
      code: 100,
      status: 400,
    });
  });

  it("refuses an empty id before any call", async () => {
    const graph = await graphStandIn(() => ({ json: mediaUrlBody }));
    await expect(new MediaApi(graph.client()).getMediaUrl("")).rejects.toThrow(
      "getMediaUrl: mediaId must be a non-empty string",
    );
    expect(graph.received).toHaveLength(0);
  });
});

describe("deleteMedia", () => {
  it("DELETEs /{media-id} and returns Graph's success", async () => {
    const graph = await graphStandIn(() => ({ json: { success: true } }));
    const media = new MediaApi(graph.client(), { phoneId: PHONE_ID });
    expect(await media.deleteMedia(MEDIA_ID, { phoneId: PHONE_ID })).toBe(true);
    const [request] = graph.received;
    expect([request?.method, request?.path, request?.query]).toEqual([
      "DELETE",
      `/${MEDIA_ID}`,
      { phone_number_id: PHONE_ID },
    ]);
  });
});
