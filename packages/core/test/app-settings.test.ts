import { inspect } from "node:util";
import { AppSettingsApi, GraphClient, WhatsAppNetworkError } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { APP_ID } from "./fixtures/meta-management-examples.js";
import { PHONE_ID, TOKEN, useGraph, WABA_ID } from "./graph-handlers.js";
import { answer, DEFAULTS, testGraph, wire } from "./management-helpers.js";

const { server, seen } = useGraph();
const app = () => new AppSettingsApi(testGraph(), DEFAULTS);
const APP_SECRET = "0123456789abcdef0123456789abcdef";
const APP_TOKEN = `${APP_ID}|app-token-kept-out-of-logs`;
const URL_ = "https://bot.example.com/webhook";

describe("getAppAccessToken", () => {
  it("POSTs the client credentials as a form, never in the URL, and returns the token", async () => {
    answer(server, seen, { access_token: APP_TOKEN, token_type: "bearer" });
    expect(await app().getAppAccessToken({ appSecret: APP_SECRET })).toBe(APP_TOKEN);
    expect(wire(seen)).toEqual([
      [
        "POST",
        "/oauth/access_token",
        {},
        { grant_type: "client_credentials", client_id: APP_ID, client_secret: APP_SECRET },
      ],
    ]);
  });
});

describe("the app secret stays out of URLs, errors and logs", () => {
  it("is in no part of a network error", async () => {
    const graph = new GraphClient({
      token: TOKEN,
      retry: { maxRetries: 0 },
      fetch: () =>
        Promise.reject(new TypeError("fetch failed", { cause: new Error("ECONNRESET") })),
    });
    const error = await new AppSettingsApi(graph, DEFAULTS)
      .getAppAccessToken({ appSecret: APP_SECRET })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhatsAppNetworkError);
    expect((error as WhatsAppNetworkError).url).toBe(
      "https://graph.facebook.com/v26.0/oauth/access_token",
    );
    expect(inspect(error, { depth: 5 })).not.toContain(APP_SECRET);
  });
});

describe("setAppCallbackUrl", () => {
  it("POSTs the subscription with the app token as bearer, the fields comma-joined", async () => {
    answer(server, seen, { success: true });
    const ok = await app().setAppCallbackUrl({
      appAccessToken: APP_TOKEN,
      callbackUrl: URL_,
      verifyToken: "verify-me",
      fields: ["messages", "message_template_status_update"],
    });
    expect(ok).toBe(true);
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${APP_ID}/subscriptions`,
        {},
        {
          object: "whatsapp_business_account",
          callback_url: URL_,
          verify_token: "verify-me",
          fields: "messages,message_template_status_update",
        },
      ],
    ]);
    expect(seen[0]?.headers.get("authorization")).toBe(`Bearer ${APP_TOKEN}`);
  });

  it("refuses a relative URL and an empty field list before any call", async () => {
    const base = { appAccessToken: APP_TOKEN, verifyToken: "v", fields: ["messages"] };
    await expect(app().setAppCallbackUrl({ ...base, callbackUrl: "/webhook" })).rejects.toThrow(
      /absolute/,
    );
    await expect(
      app().setAppCallbackUrl({ ...base, callbackUrl: URL_, fields: [] }),
    ).rejects.toThrow(/at least one webhook field/);
    expect(seen).toEqual([]);
  });
});

describe("alternate callback URLs", () => {
  it("overrideWabaCallbackUrl POSTs override_callback_uri to /{waba}/subscribed_apps", async () => {
    answer(server, seen, { success: true });
    await app().overrideWabaCallbackUrl(URL_, "verify-me");
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${WABA_ID}/subscribed_apps`,
        {},
        { override_callback_uri: URL_, verify_token: "verify-me" },
      ],
    ]);
    expect(seen[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  it("deleteWabaCallbackUrl POSTs to /{waba}/subscribed_apps with no body", async () => {
    answer(server, seen, { success: true });
    await app().deleteWabaCallbackUrl({ businessAccountId: "77" });
    expect(wire(seen)).toEqual([["POST", "/77/subscribed_apps", {}, undefined]]);
  });

  it("overridePhoneCallbackUrl POSTs the webhook_configuration to /{phone-id}", async () => {
    answer(server, seen, { success: true });
    await app().overridePhoneCallbackUrl(URL_, "verify-me");
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}`,
        {},
        { webhook_configuration: { override_callback_uri: URL_, verify_token: "verify-me" } },
      ],
    ]);
  });

  it("deletePhoneCallbackUrl sets an empty override_callback_uri", async () => {
    answer(server, seen, { success: true });
    await app().deletePhoneCallbackUrl();
    expect(wire(seen)).toEqual([
      ["POST", `/${PHONE_ID}`, {}, { webhook_configuration: { override_callback_uri: "" } }],
    ]);
  });
});
