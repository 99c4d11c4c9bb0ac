import { QrCodesApi } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { qrCreatedBody, qrListBody } from "./fixtures/meta-management-examples.js";
import { PHONE_ID, useGraph } from "./graph-handlers.js";
import { answer, DEFAULTS, testGraph, wire } from "./management-helpers.js";

const { server, seen } = useGraph();
const qr = () => new QrCodesApi(testGraph(), DEFAULTS);
const CODE = "4O4YGZEG3RIVE1";

describe("QR codes", () => {
  it("createQrCode POSTs the message and a PNG by default, and parses Meta's example", async () => {
    answer(server, seen, qrCreatedBody);
    expect(await qr().createQrCode("Cyber Monday 1")).toEqual({
      code: CODE,
      prefilledMessage: "Cyber Monday 1",
      deepLinkUrl: `https://wa.me/message/${CODE}`,
      qrImageUrl: "https://scontent-iad3-2.xx.fbcdn.net/qr.png",
    });
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}/message_qrdls`,
        {},
        { prefilled_message: "Cyber Monday 1", generate_qr_image: "PNG" },
      ],
    ]);
  });

  it("getQrCode asks for the image in the format given", async () => {
    answer(server, seen, qrListBody);
    const code = await qr().getQrCode(CODE, { imageType: "SVG" });
    expect(code?.prefilledMessage).toBe("Cyber Monday");
    expect(wire(seen)).toEqual([
      [
        "GET",
        `/${PHONE_ID}/message_qrdls/${CODE}`,
        { fields: "code,prefilled_message,deep_link_url,qr_image_url.format(SVG)" },
        undefined,
      ],
    ]);
  });

  it("getQrCode is undefined for a code Graph does not know", async () => {
    answer(server, seen, { data: [] });
    expect(await qr().getQrCode("NOPE")).toBeUndefined();
    expect(seen[0]?.query).toEqual({ fields: "code,prefilled_message,deep_link_url" });
  });

  it("getQrCodes lists /{phone-id}/message_qrdls", async () => {
    answer(server, seen, {
      ...qrListBody,
      paging: { cursors: { before: "QVFIU", after: "QVFIU" } },
    });
    const all = await qr().getQrCodes({ imageType: "PNG" }).toArray();
    expect(all.map((c) => c.code)).toEqual([CODE]);
    expect(wire(seen)).toEqual([
      [
        "GET",
        `/${PHONE_ID}/message_qrdls`,
        { fields: "code,prefilled_message,deep_link_url,qr_image_url.format(PNG)" },
        undefined,
      ],
    ]);
  });

  it("updateQrCode POSTs the code and the new message", async () => {
    answer(server, seen, { ...qrListBody.data[0], prefilled_message: "Cyber Tuesday" });
    const updated = await qr().updateQrCode(CODE, "Cyber Tuesday");
    expect(updated.prefilledMessage).toBe("Cyber Tuesday");
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}/message_qrdls`,
        {},
        { code: CODE, prefilled_message: "Cyber Tuesday" },
      ],
    ]);
  });

  it("deleteQrCode DELETEs /{phone-id}/message_qrdls/{code}", async () => {
    answer(server, seen, { success: true });
    expect(await qr().deleteQrCode(CODE)).toBe(true);
    expect(wire(seen)).toEqual([["DELETE", `/${PHONE_ID}/message_qrdls/${CODE}`, {}, undefined]]);
  });

  it("refuses an empty or too long message and an unknown image type, without echoing", async () => {
    const long = "secret-ish ".repeat(20);
    const error = await qr()
      .createQrCode(long)
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(/1 to 140 characters/);
    expect(String(error)).not.toContain("secret-ish");
    await expect(qr().createQrCode("")).rejects.toThrow(TypeError);
    await expect(qr().createQrCode("Hi", { imageType: "GIF" as "PNG" })).rejects.toThrow(
      /PNG" or "SVG/,
    );
    expect(seen).toEqual([]);
  });
});
