import {
  AppSettingsApi,
  BusinessAccountsApi,
  BusinessProfileApi,
  CommerceApi,
  MediaApi,
  PhoneNumbersApi,
  QrCodesApi,
  SignupsApi,
  UsernamesApi,
  UsersApi,
  WhatsAppConfigurationError,
} from "@tswa/core";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { WhatsApp } from "../src/index.js";

const calls: { method: string; path: string; auth: string | null }[] = [];
const graph = setupServer(
  http.all("https://graph.facebook.com/v26.0/*", ({ request }) => {
    const url = new URL(request.url);
    calls.push({
      method: request.method,
      path: url.pathname.replace("/v26.0", ""),
      auth: request.headers.get("authorization"),
    });
    if (url.pathname.endsWith("/whatsapp_business_profile")) {
      return HttpResponse.json({ data: [{ about: "Fresh bread", vertical: "GROCERY" }] });
    }
    if (url.pathname.endsWith("/phone_numbers")) return HttpResponse.json({ data: [] });
    return HttpResponse.json({ success: true });
  }),
);
beforeAll(() => graph.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  calls.length = 0;
});
afterAll(() => graph.close());

const wa = new WhatsApp({
  phoneId: "106540352242922",
  businessAccountId: 102290129340398,
  businessPortfolioId: "506914307656634",
  appId: "684431926911215",
  token: "EAAG-test-token",
});

const AREAS = [
  [BusinessAccountsApi, "businessAccounts"],
  [PhoneNumbersApi, "phoneNumbers"],
  [UsernamesApi, "usernames"],
  [BusinessProfileApi, "businessProfile"],
  [CommerceApi, "commerce"],
  [MediaApi, "media"],
  [QrCodesApi, "qrCodes"],
  [AppSettingsApi, "appSettings"],
  [UsersApi, "users"],
  [SignupsApi, "signups"],
] as const;

describe("the facade forwards every business-management call", () => {
  it.each(AREAS)("has every %O method as a bound property, and the area as wa.%s", (Api, prop) => {
    const record = wa as unknown as Record<string, unknown>;
    expect(record[prop]).toBeInstanceOf(Api);
    for (const name of Object.getOwnPropertyNames(Api.prototype)) {
      if (name === "constructor") continue;
      expect(typeof record[name], name).toBe("function");
    }
  });

  it("calls Graph with the client's ids, detached calls included", async () => {
    const { getBusinessProfile, getBusinessPhoneNumbers, registerPhoneNumber } = wa;
    expect(await getBusinessProfile()).toMatchObject({ about: "Fresh bread", industry: "GROCERY" });
    expect((await getBusinessPhoneNumbers()).data).toEqual([]);
    expect(await registerPhoneNumber("123456")).toBe(true);
    expect(await wa.overrideWabaCallbackUrl("https://bot.example.com/", "verify-me")).toBe(true);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "GET /106540352242922/whatsapp_business_profile",
      "GET /102290129340398/phone_numbers",
      "POST /106540352242922/register",
      "POST /102290129340398/subscribed_apps",
    ]);
    expect(calls.every((c) => c.auth === "Bearer EAAG-test-token")).toBe(true);
  });

  it("checks the new ids when the client is made", () => {
    expect(() => new WhatsApp({ appId: "app-1" })).toThrow(WhatsAppConfigurationError);
    expect(() => new WhatsApp({ businessPortfolioId: "" })).toThrow(/businessPortfolioId/);
  });
});
