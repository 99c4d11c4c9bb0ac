import { BusinessAccountsApi, WhatsAppConfigurationError } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { APP_ID, PORTFOLIO_ID, wabaBody } from "./fixtures/meta-management-examples.js";
import { useGraph, WABA_ID } from "./graph-handlers.js";
import { answer, answerPages, DEFAULTS, testGraph, wire } from "./management-helpers.js";

const { server, seen } = useGraph();
const accounts = () => new BusinessAccountsApi(testGraph(), DEFAULTS);

const FIELDS =
  "id,name,timezone_id,message_template_namespace,status,business_verification_status," +
  "is_enabled_for_insights,marketing_messages_lite_api_status,marketing_messages_onboarding_status," +
  "on_behalf_of_business_info,owner_business_info,ownership_type,account_review_status,currency," +
  "country,disable_marketing_messages_on_cloud_api,subscribed_apps,health_status";

const expectedAccount = {
  id: WABA_ID,
  name: "Lucky Shrub",
  timezoneId: "1",
  messageTemplateNamespace: "c7e5e4d1_2f0b_4bf1_9b3d_7a1c1e6f3c2d",
  status: "ACTIVE",
  businessVerificationStatus: "verified",
  isEnabledForInsights: true,
  marketingMessagesLiteApiStatus: "ONBOARDED",
  marketingMessagesOnboardingStatus: "ELIGIBLE",
  onBehalfOfBusinessInfo: undefined,
  ownerBusinessInfo: { id: PORTFOLIO_ID, name: "Lucky Shrub" },
  ownershipType: "CLIENT_OWNED",
  accountReviewStatus: "APPROVED",
  currency: "USD",
  country: "US",
  disableMarketingMessagesOnCloudApi: undefined,
  subscribedApps: [
    {
      id: APP_ID,
      name: "Lucky Shrub bot",
      link: "https://www.facebook.com/games/?app_id=684431926911215",
    },
  ],
  healthStatus: undefined,
};

describe("getBusinessAccount", () => {
  it("GETs /{waba} with every field and parses the account", async () => {
    answer(server, seen, wabaBody);
    expect(await accounts().getBusinessAccount()).toEqual(expectedAccount);
    expect(wire(seen)).toEqual([["GET", `/${WABA_ID}`, { fields: FIELDS }, undefined]]);
  });

  it("keeps a verification status Graph adds later as a string", async () => {
    answer(server, seen, { ...wabaBody, business_verification_status: "under_appeal" });
    const waba = await accounts().getBusinessAccount({ businessAccountId: "999" });
    expect(waba.businessVerificationStatus).toBe("under_appeal");
    expect(seen[0]?.path).toBe("/v26.0/999");
  });

  it("says which option is missing when no account id is known", async () => {
    const bare = new BusinessAccountsApi(testGraph());
    await expect(bare.getBusinessAccount()).rejects.toThrow(WhatsAppConfigurationError);
    await expect(bare.getBusinessAccount()).rejects.toThrow(/businessAccountId/);
    expect(seen).toEqual([]);
  });
});

describe("getOwnedBusinessAccounts / getSharedBusinessAccounts", () => {
  it("lists the owned accounts of the portfolio, page after page by the after cursor", async () => {
    answerPages(server, seen, [
      {
        data: [wabaBody],
        paging: { cursors: { after: "A1" }, next: "https://graph.facebook.com/next" },
      },
      { data: [{ id: "104996122399160", name: "Second" }], paging: { cursors: { before: "A1" } } },
    ]);
    const ids = [];
    for await (const waba of accounts().getOwnedBusinessAccounts({ limit: 1 })) ids.push(waba.id);
    expect(ids).toEqual([WABA_ID, "104996122399160"]);
    expect(seen.map((r) => r.path)).toEqual([
      `/v26.0/${PORTFOLIO_ID}/owned_whatsapp_business_accounts`,
      `/v26.0/${PORTFOLIO_ID}/owned_whatsapp_business_accounts`,
    ]);
    expect(seen.map((r) => r.query)).toEqual([
      { fields: FIELDS, limit: "1" },
      { fields: FIELDS, limit: "1", after: "A1" },
    ]);
  });

  it("lists the shared accounts from client_whatsapp_business_accounts", async () => {
    answer(server, seen, { data: [wabaBody] });
    const page = await accounts().getSharedBusinessAccounts({ businessPortfolioId: "42" });
    expect(page.data).toEqual([expectedAccount]);
    expect(wire(seen)).toEqual([
      ["GET", "/42/client_whatsapp_business_accounts", { fields: FIELDS }, undefined],
    ]);
  });

  it("needs a business portfolio id, and says so before any call", () => {
    const bare = new BusinessAccountsApi(testGraph());
    expect(() => bare.getOwnedBusinessAccounts()).toThrow(/businessPortfolioId/);
  });
});

describe("updateBusinessAccountSettings", () => {
  it("POSTs only the settings given to /{waba}", async () => {
    answer(server, seen, { success: true });
    const ok = await accounts().updateBusinessAccountSettings({
      disableMarketingMessagesOnCloudApi: true,
    });
    expect(ok).toBe(true);
    expect(wire(seen)).toEqual([
      ["POST", `/${WABA_ID}`, {}, { disable_marketing_messages_on_cloud_api: true }],
    ]);
  });

  it("sends the creative optimizations spec as Graph's degrees_of_freedom_spec", async () => {
    answer(server, seen, { id: WABA_ID });
    const spec = { creative_features_spec: { image_touchups: { enroll_status: "OPT_IN" } } };
    expect(await accounts().updateBusinessAccountSettings({ degreesOfFreedomSpec: spec })).toBe(
      true,
    );
    expect(seen[0]?.body).toEqual({ degrees_of_freedom_spec: spec });
  });

  it("refuses a call that would change nothing", async () => {
    await expect(accounts().updateBusinessAccountSettings({})).rejects.toThrow(TypeError);
    expect(seen).toEqual([]);
  });
});
