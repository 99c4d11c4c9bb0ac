import { BusinessProfileApi, CommerceApi, GraphResponseError, Industry } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { businessProfileBody, commerceBody } from "./fixtures/meta-management-examples.js";
import { PHONE_ID, useGraph } from "./graph-handlers.js";
import { answer, DEFAULTS, testGraph, wire } from "./management-helpers.js";

const { server, seen } = useGraph();
const profile = () => new BusinessProfileApi(testGraph(), DEFAULTS);
const commerce = () => new CommerceApi(testGraph(), DEFAULTS);

describe("getBusinessProfile", () => {
  it("GETs /{phone-id}/whatsapp_business_profile and parses Meta's example", async () => {
    answer(server, seen, businessProfileBody);
    expect(await profile().getBusinessProfile()).toEqual({
      about: "ABOUT",
      address: "ADDRESS",
      description: "DESCRIPTION",
      email: "EMAIL",
      industry: "INDUSTRY",
      profilePictureUrl: "https://URL",
      websites: ["https://WEBSITE-1", "https://WEBSITE-2"],
    });
    expect(wire(seen)).toEqual([
      [
        "GET",
        `/${PHONE_ID}/whatsapp_business_profile`,
        { fields: "about,address,description,email,profile_picture_url,websites,vertical" },
        undefined,
      ],
    ]);
  });

  it("fails with GraphResponseError when Graph returns no profile", async () => {
    answer(server, seen, { data: [] });
    await expect(profile().getBusinessProfile()).rejects.toBeInstanceOf(GraphResponseError);
  });
});

describe("updateBusinessProfile", () => {
  it("sends only the fields given, null as empty (cleared), and the picture handle", async () => {
    answer(server, seen, { success: true });
    const ok = await profile().updateBusinessProfile({
      about: "Fresh bread daily",
      industry: Industry.GROCERY,
      websites: ["https://example.com"],
      email: null,
      profilePictureHandle: "4::aW1hZ2UvanBlZw==:ARZ",
    });
    expect(ok).toBe(true);
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}/whatsapp_business_profile`,
        {},
        {
          messaging_product: "whatsapp",
          about: "Fresh bread daily",
          email: "",
          vertical: "GROCERY",
          websites: ["https://example.com"],
          profile_picture_handle: "4::aW1hZ2UvanBlZw==:ARZ",
        },
      ],
    ]);
  });

  it.each([
    [{ about: "x".repeat(140) }, /about must be a string of at most 139/],
    [{ about: "" }, /about cannot be empty/],
    [{ description: "x".repeat(513) }, /description/],
    [{ email: "not-an-email" }, /email is not an email address/],
    [{ websites: ["https://a.example", "https://b.example", "https://c.example"] }, /at most 2/],
    [{ websites: ["example.com"] }, /websites\[0\] must start with http/],
    [{}, /at least one field/],
  ])("refuses %j before any call", async (fields, message) => {
    await expect(profile().updateBusinessProfile(fields)).rejects.toThrow(message);
    expect(seen).toEqual([]);
  });
});

describe("commerce settings", () => {
  it("GETs /{phone-id}/whatsapp_commerce_settings and parses Meta's example", async () => {
    answer(server, seen, commerceBody);
    expect(await commerce().getCommerceSettings()).toEqual({
      id: "727705352028726",
      isCatalogVisible: true,
      isCartEnabled: true,
    });
    expect(wire(seen)).toEqual([
      [
        "GET",
        `/${PHONE_ID}/whatsapp_commerce_settings`,
        { fields: "id,is_catalog_visible,is_cart_enabled" },
        undefined,
      ],
    ]);
  });

  it("POSTs the changed settings in the query, as the endpoint takes them", async () => {
    answer(server, seen, { success: true });
    await commerce().updateCommerceSettings({ isCartEnabled: false });
    expect(wire(seen)).toEqual([
      ["POST", `/${PHONE_ID}/whatsapp_commerce_settings`, { is_cart_enabled: "false" }, undefined],
    ]);
  });

  it("refuses an update with neither setting", async () => {
    await expect(commerce().updateCommerceSettings({})).rejects.toThrow(TypeError);
  });
});
