import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BusinessProfileApi, GraphClient, WhatsAppConfigurationError } from "@tswa/core";
import { HttpResponse, http } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { GRAPH, PHONE_ID, TOKEN, useGraph } from "./graph-handlers.js";
import { APP_ID, HANDLE, SESSION, type SeenCall, templateHandlers } from "./template-handlers.js";

const { server } = useGraph();
const seen: SeenCall[] = [];
beforeEach(() => {
  seen.length = 0;
  server.use(
    ...templateHandlers(seen),
    http.post(`${GRAPH}/${PHONE_ID}/whatsapp_business_profile`, async ({ request }) => {
      const text = await request.text();
      const body = new TextEncoder().encode(text);
      seen.push({
        method: "POST",
        url: new URL(request.url),
        headers: request.headers,
        body,
        text,
      });
      return HttpResponse.json({ success: true });
    }),
  );
});

const graph = () => new GraphClient({ token: TOKEN, retry: { maxRetries: 0 } });
const profile = (defaults: { appId?: string } = { appId: APP_ID }) =>
  new BusinessProfileApi(graph(), { phoneId: PHONE_ID, ...defaults });
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
const file = join(mkdtempSync(join(tmpdir(), "tswa-profile-")), "logo.png");
writeFileSync(file, png);

describe("updateBusinessProfile with a profilePicture file", () => {
  it("starts an upload session, sends the bytes from offset 0, then posts the profile with the handle", async () => {
    const ok = await profile().updateBusinessProfile({
      about: "Fresh bread",
      profilePicture: file,
    });
    expect(ok).toBe(true);
    expect(seen.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      `POST /v26.0/${APP_ID}/uploads`,
      `POST /v26.0/${SESSION.split("?")[0]}`,
      `POST /v26.0/${PHONE_ID}/whatsapp_business_profile`,
    ]);
    const [session, upload, update] = seen;
    expect(Object.fromEntries(session?.url.searchParams ?? [])).toEqual({
      file_name: "logo.png",
      file_length: String(png.length),
      file_type: "image/png",
    });
    expect(upload?.headers.get("file_offset")).toBe("0");
    expect(upload?.headers.get("authorization")).toBe(`OAuth ${TOKEN}`);
    expect(upload?.body).toEqual(png);
    expect(JSON.parse(update?.text ?? "")).toEqual({
      messaging_product: "whatsapp",
      about: "Fresh bread",
      profile_picture_handle: HANDLE,
    });
  });

  it("uploads bytes with the type given in profilePictureInfo, to the call's appId", async () => {
    await profile({}).updateBusinessProfile({
      profilePicture: png,
      profilePictureInfo: { mimeType: "image/jpeg", filename: "me.jpg" },
      appId: "555",
    });
    expect(seen[0]?.url.pathname).toBe("/v26.0/555/uploads");
    expect(seen[0]?.url.searchParams.get("file_type")).toBe("image/jpeg");
    expect(JSON.parse(seen[2]?.text ?? "")).toEqual({
      messaging_product: "whatsapp",
      profile_picture_handle: HANDLE,
    });
  });

  it("without an app id, throws WhatsAppConfigurationError naming appId, before any call", async () => {
    const call = profile({}).updateBusinessProfile({ profilePicture: file });
    await expect(call).rejects.toBeInstanceOf(WhatsAppConfigurationError);
    await expect(profile({}).updateBusinessProfile({ profilePicture: file })).rejects.toThrow(
      /appId/,
    );
    expect(seen).toEqual([]);
  });

  it("refuses a picture and a handle together, and bad fields, before uploading", async () => {
    await expect(
      profile().updateBusinessProfile({ profilePicture: file, profilePictureHandle: "4::x" }),
    ).rejects.toThrow(/profilePicture or profilePictureHandle, not both/);
    await expect(
      profile().updateBusinessProfile({ profilePicture: file, email: "not-an-email" }),
    ).rejects.toThrow(/email is not an email address/);
    expect(seen).toEqual([]);
  });
});
