import {
  AccountUpdate,
  TemplateCategoryUpdate,
  TemplateComponentsUpdate,
  TemplateQualityUpdate,
  TemplateStatusUpdate,
  UserMarketingPreferences,
} from "tswa";
import { describe, expect, it } from "vitest";
import { fieldsOf, onlyUpdate } from "../fixtures/pywa-updates.js";

const account = (name: string) => onlyUpdate(AccountUpdate, "account_update", name);
const none = {
  wabaInfo: undefined,
  violationInfo: undefined,
  banInfo: undefined,
  restrictionInfo: [],
  disconnectionInfo: undefined,
  authInternationalRateEligibility: undefined,
  volumeTierInfo: undefined,
  partnerClientCertificationInfo: undefined,
  country: undefined,
};

describe("AccountUpdate, from pywa's account_update.json (all 17 examples)", () => {
  it("events without details", () => {
    for (const [name, event] of [
      ["account_deleted", "ACCOUNT_DELETED"],
      ["account_offboarded", "ACCOUNT_OFFBOARDED"],
      ["account_reconnected", "ACCOUNT_RECONNECTED"],
    ]) {
      expect(fieldsOf(account(name as string))).toEqual({
        kind: "accountUpdate",
        wabaId: "102290129340398",
        sharedData: {},
        timestamp: new Date(1743451903 * 1000),
        event,
        ...none,
      });
    }
  });

  it("restrictions, violations, bans and the primary location", () => {
    expect(account("account_restriction").restrictionInfo).toEqual([
      { restrictionType: "RESTRICTED_BIZ_INITIATED_MESSAGING", expiration: 1641330498 },
      { restrictionType: "RESTRICTED_ADD_PHONE_NUMBER_ACTION", expiration: 1641330498 },
    ]);
    expect(account("account_violation").violationInfo).toEqual({ violationType: "ADULT" });
    expect(account("account_disabled")).toMatchObject({
      event: "DISABLED_UPDATE",
      banInfo: { wabaBanState: "REINSTATE", wabaBanDate: "April 17, 2025" },
    });
    expect(account("primary_business_location_set")).toMatchObject({
      event: "BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE",
      country: "IN",
      timestamp: new Date(1743138982 * 1000),
    });
  });

  it("partners and ad accounts: the WABA info", () => {
    expect(account("ad_account_linked").wabaInfo).toEqual({
      ownerBusinessId: "2329417887457253",
      adAccountLinked: "980198427534243",
      wabaId: "980198427658004",
    });
    expect(account("partner_added").wabaInfo).toEqual({
      wabaId: "980198427658004",
      ownerBusinessId: "2329417887457253",
      solutionId: "1715120619246906",
      solutionPartnerBusinessIds: ["2949482758682047", "520744086200222"],
    });
    expect(account("partner_app_installed").wabaInfo).toMatchObject({
      partnerAppId: "5731794616896507",
    });
    expect(account("partner_app_uninstalled")).toMatchObject({ event: "PARTNER_APP_UNINSTALLED" });
    expect(account("mm_api_for_wa_terms_of_service")).toMatchObject({
      event: "MM_LITE_TERMS_SIGNED",
    });
    expect(account("partner_removed")).toMatchObject({
      event: "PARTNER_REMOVED",
      disconnectionInfo: undefined,
    });
    expect(account("partner_removed_wa_app_disconnection").disconnectionInfo).toEqual({
      reason: "PRIMARY_INACTIVITY",
      initiatedBy: "SYSTEM",
    });
  });

  it("pricing: international authentication rates, volume tiers, partner-led verification", () => {
    expect(
      account("authentication_international_eligibility").authInternationalRateEligibility,
    ).toEqual({
      exceptionCountries: [{ countryCode: "ID", startTime: 1751347424 }],
      startTime: 1748780624,
    });
    expect(account("pricing_tiering_update").volumeTierInfo).toEqual({
      tierUpdateTime: 1743451903,
      pricingCategory: "UTILITY",
      tier: "25000001:50000000",
      effectiveMonth: "2025-11",
      region: "India",
    });
    expect(
      account("partner_led_business_verification_status").partnerClientCertificationInfo,
    ).toEqual({
      clientBusinessId: "2729063490586005",
      status: "APPROVED",
      rejectionReasons: ["NONE"],
    });
  });
});

describe("template updates, from pywa's template_*.json", () => {
  it("TemplateStatusUpdate: approved, and rejected with the reason and a recommendation", () => {
    expect(
      fieldsOf(onlyUpdate(TemplateStatusUpdate, "template_status_update", "approved")),
    ).toEqual({
      kind: "templateStatusUpdate",
      wabaId: "102290129340398",
      sharedData: {},
      timestamp: new Date(1751247548 * 1000),
      templateId: "1689556908129832",
      templateName: "order_confirmation",
      templateLanguage: "en_US",
      newStatus: "APPROVED",
      reason: "NONE",
      category: "UTILITY",
      disableInfo: undefined,
      otherInfo: undefined,
      rejectionInfo: undefined,
    });
    expect(onlyUpdate(TemplateStatusUpdate, "template_status_update", "rejected")).toMatchObject({
      templateId: "1689556908129835",
      newStatus: "REJECTED",
      reason: "INVALID_FORMAT",
      category: "MARKETING",
      rejectionInfo: {
        reason:
          "Your template has parameters placed next to each other (like {{1}}{{2}}) without text or punctuation between them.",
        recommendation:
          "Separate parameters with descriptive text and ensure each parameter is clearly contextualized.",
      },
    });
  });

  it("TemplateCategoryUpdate: the numeric template id as text", () => {
    expect(
      fieldsOf(onlyUpdate(TemplateCategoryUpdate, "template_category_update", "marketing")),
    ).toEqual({
      kind: "templateCategoryUpdate",
      wabaId: "57438975935",
      sharedData: {},
      timestamp: new Date(1750344882 * 1000),
      templateId: "12345678",
      templateName: "my_message_template",
      templateLanguage: "he",
      newCategory: "MARKETING",
      previousCategory: undefined,
      correctCategory: undefined,
    });
  });

  it("TemplateQualityUpdate", () => {
    expect(onlyUpdate(TemplateQualityUpdate, "template_quality_update", "yellow")).toMatchObject({
      templateId: "806312974732579",
      templateName: "welcome_template",
      templateLanguage: "en_US",
      previousQualityScore: "GREEN",
      newQualityScore: "YELLOW",
      timestamp: new Date(1674864290 * 1000),
    });
  });

  it("TemplateComponentsUpdate: body only, and every component with buttons", () => {
    expect(
      onlyUpdate(TemplateComponentsUpdate, "template_components_update", "element"),
    ).toMatchObject({
      templateId: "12345678",
      templateElement: "Hi {{1}}! Welcome to our service.",
      templateTitle: undefined,
      templateFooter: undefined,
      templateButtons: [],
    });
    expect(
      onlyUpdate(TemplateComponentsUpdate, "template_components_update", "element", "all"),
    ).toMatchObject({
      templateId: "1315502779341834",
      templateName: "order_confirmation",
      templateTitle: "Your order is confirmed!",
      templateFooter: "Lucky Shrub: the Succulent Specialists!",
      templateButtons: [
        {
          type: "PHONE_NUMBER",
          text: "Phone support",
          url: undefined,
          phoneNumber: "+15550783881",
        },
        {
          type: "URL",
          text: "Email support",
          url: "https://www.luckyshrub.com/support",
          phoneNumber: undefined,
        },
      ],
    });
  });
});

describe("UserMarketingPreferences, from pywa's user_marketing_preferences.json", () => {
  it("resume, and a sign-up with its link id; the user is the preference's wa_id", () => {
    const resume = onlyUpdate(UserMarketingPreferences, "user_marketing_preferences", "resume");
    expect(resume).toMatchObject({
      kind: "userMarketingPreferences",
      value: "resume",
      category: "marketing_messages",
      detail: "User requested to resume marketing messages",
      signupId: undefined,
      timestamp: new Date(1731705721 * 1000),
      metadata: { phoneNumberId: "106540352242922", displayPhoneNumber: "15550783881" },
    });
    expect(resume.from.waId).toBe("16505551234");
    const signup = onlyUpdate(UserMarketingPreferences, "user_marketing_preferences", "signup");
    expect(signup).toMatchObject({ value: "signup", signupId: "13176843987434774" });
  });
});
