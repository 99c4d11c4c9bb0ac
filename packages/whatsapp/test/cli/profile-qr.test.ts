import { describe, expect, it } from "vitest";
import { graphPerTest, TOKEN, tswa } from "./fixtures.js";

const PHONE = "106540352242922";
const serve = graphPerTest({ WHATSAPP_TOKEN: TOKEN, WHATSAPP_PHONE_ID: PHONE });
const profile = {
  about: "Fresh bread daily",
  address: "1601 Willow Rd",
  email: "hello@example.com",
  vertical: "GROCERY",
  websites: ["https://example.com"],
  messaging_product: "whatsapp",
};

describe("tswa profile", () => {
  it("get prints the profile as aligned fields", async () => {
    const g = await serve({
      [`GET /${PHONE}/whatsapp_business_profile`]: () => ({ body: { data: [profile] } }),
    });
    const run = await tswa(["profile", "get"], g.env);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "about:        Fresh bread daily",
      "address:      1601 Willow Rd",
      "description:  -",
      "email:        hello@example.com",
      "industry:     GROCERY",
      "websites:     https://example.com",
      "picture:      -",
      "",
    ]);
  });

  it("set sends only the flags given, an empty value clearing a field", async () => {
    const g = await serve({
      [`POST /${PHONE}/whatsapp_business_profile`]: () => ({ body: { success: true } }),
    });
    const run = await tswa(
      [
        "profile",
        "set",
        "--about",
        "New",
        "--email",
        "",
        "--website",
        "https://a.example",
        "--industry",
        "retail",
      ],
      g.env,
    );
    expect(run).toMatchObject({ code: 0, stdout: "updated about, email, industry, websites\n" });
    expect(JSON.parse(g.calls[0]!.body)).toEqual({
      messaging_product: "whatsapp",
      about: "New",
      email: "",
      vertical: "RETAIL",
      websites: ["https://a.example"],
    });
  });

  it("set exits 2 for a value over Meta's limit or an unknown industry", async () => {
    const g = await serve({});
    expect((await tswa(["profile", "set", "--about", "x".repeat(140)], g.env)).code).toBe(2);
    expect((await tswa(["profile", "set", "--industry", "mining"], g.env)).code).toBe(2);
    expect((await tswa(["profile", "set"], g.env)).stderr).toContain("at least one field");
    expect(g.calls).toEqual([]);
  });
});

describe("tswa qr", () => {
  const code = {
    code: "4O4YGZEG3RIVE1",
    prefilled_message: "Cyber Monday",
    deep_link_url: "https://wa.me/message/4O4YGZEG3RIVE1",
  };

  it("list prints code, link and message, with image URLs when asked", async () => {
    const g = await serve({
      [`GET /${PHONE}/message_qrdls`]: () => ({
        body: { data: [{ ...code, qr_image_url: "https://cdn.example/qr.svg" }] },
      }),
    });
    const run = await tswa(["qr", "list", "--image", "svg"], g.env);
    expect(run.stdout.split("\n")).toEqual([
      "CODE            LINK                                  IMAGE                       MESSAGE",
      "4O4YGZEG3RIVE1  https://wa.me/message/4O4YGZEG3RIVE1  https://cdn.example/qr.svg  Cyber Monday",
      "",
    ]);
    expect(g.calls[0]!.query.get("fields")).toBe(
      "code,prefilled_message,deep_link_url,qr_image_url.format(SVG)",
    );
  });

  it("create posts the message and prints the code, link and image", async () => {
    const g = await serve({
      [`POST /${PHONE}/message_qrdls`]: () => ({
        body: { ...code, qr_image_url: "https://cdn.example/qr.png" },
      }),
    });
    const run = await tswa(["qr", "create", "Cyber Monday", "--json"], g.env);
    expect(JSON.parse(run.stdout)).toEqual({
      code: "4O4YGZEG3RIVE1",
      prefilledMessage: "Cyber Monday",
      deepLinkUrl: "https://wa.me/message/4O4YGZEG3RIVE1",
      qrImageUrl: "https://cdn.example/qr.png",
    });
    expect(JSON.parse(g.calls[0]!.body)).toEqual({
      prefilled_message: "Cyber Monday",
      generate_qr_image: "PNG",
    });
  });

  it("create exits 2 for an image format other than png or svg", async () => {
    const g = await serve({});
    const run = await tswa(["qr", "create", "Hi", "--image", "gif"], g.env);
    expect(run.code).toBe(2);
    expect(g.calls).toEqual([]);
  });
});
