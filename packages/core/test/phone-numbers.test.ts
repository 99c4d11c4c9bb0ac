import { PhoneNumbersApi, StorageStatus, TwoStepVerificationPinMismatch } from "@tswa/core";
import { describe, expect, it } from "vitest";
import {
  phoneNumberBody,
  phoneNumbersPage,
  settingsBody,
} from "./fixtures/meta-management-examples.js";
import { graphErrorBody, PHONE_ID, useGraph, WABA_ID } from "./graph-handlers.js";
import { answer, DEFAULTS, testGraph, wire } from "./management-helpers.js";

const { server, seen } = useGraph();
const numbers = () => new PhoneNumbersApi(testGraph(), DEFAULTS);

const FIELDS =
  "id,verified_name,display_phone_number,status,quality_rating,name_status,new_name_status," +
  "code_verification_status,account_mode,platform_type,whatsapp_business_manager_messaging_limit," +
  "throughput,is_on_biz_app,is_official_business_account,is_pin_enabled,is_preverified_number," +
  "search_visibility,country_code,country_dial_code,last_onboarded_time,conversational_automation," +
  "webhook_configuration,quality_score,health_status";

describe("getBusinessPhoneNumber(s)", () => {
  it("GETs /{phone-id} with every field and parses Meta's example", async () => {
    answer(server, seen, phoneNumberBody);
    const number = await numbers().getBusinessPhoneNumber();
    expect(wire(seen)).toEqual([["GET", `/${PHONE_ID}`, { fields: FIELDS }, undefined]]);
    expect(number).toMatchObject({
      id: PHONE_ID,
      verifiedName: "Test Number",
      codeVerificationStatus: "NOT_VERIFIED",
      displayPhoneNumber: "+1 555-096-7852",
      qualityRating: "GREEN",
      platformType: "CLOUD_API",
      throughputLevel: "STANDARD",
      isPinEnabled: false,
      conversationalAutomation: undefined,
    });
  });

  it("reads ice breakers and commands of conversational_automation", async () => {
    answer(server, seen, {
      ...phoneNumberBody,
      conversational_automation: {
        id: PHONE_ID,
        prompts: ["Book a flight", "plan a vacation"],
        commands: [{ command_name: "tickets", command_description: "Book flight tickets" }],
      },
    });
    const { conversationalAutomation } = await numbers().getBusinessPhoneNumber();
    expect(conversationalAutomation).toEqual({
      iceBreakers: ["Book a flight", "plan a vacation"],
      commands: [{ name: "tickets", description: "Book flight tickets" }],
      enableWelcomeMessage: undefined,
    });
  });

  it("lists the numbers of the account from /{waba}/phone_numbers", async () => {
    answer(server, seen, phoneNumbersPage);
    const page = await numbers().getBusinessPhoneNumbers({ limit: 2 });
    expect(wire(seen)).toEqual([
      ["GET", `/${WABA_ID}/phone_numbers`, { fields: FIELDS, limit: "2" }, undefined],
    ]);
    expect(page.data.map((n) => [n.id, n.displayPhoneNumber, n.qualityRating])).toEqual([
      ["1906385232743451", "+1 631-555-5555", "GREEN"],
      ["1913623884432103", "+1 631-555-5556", "NA"],
    ]);
    expect(page.hasNextPage()).toBe(false);
  });
});

describe("settings", () => {
  it("GETs /{phone-id}/settings and parses calling, storage and identity change", async () => {
    answer(server, seen, settingsBody);
    const settings = await numbers().getBusinessPhoneNumberSettings({
      includeSipCredentials: true,
    });
    expect(wire(seen)).toEqual([
      ["GET", `/${PHONE_ID}/settings`, { include_sip_credentials: "true" }, undefined],
    ]);
    expect(settings).toEqual({
      calling: { status: "ENABLED", call_icon_visibility: "DEFAULT" },
      storageConfiguration: {
        status: "IN_COUNTRY_STORAGE_ENABLED",
        dataLocalizationRegion: "DE",
        retentionMinutes: undefined,
      },
      userIdentityChange: { enableIdentityKeyCheck: true },
    });
  });

  it("POSTs only the settings given, in Graph's names", async () => {
    answer(server, seen, { success: true });
    const ok = await numbers().updateBusinessPhoneNumberSettings({
      storageConfiguration: { status: StorageStatus.NO_STORAGE_ENABLED, retentionMinutes: 60 },
      userIdentityChange: { enableIdentityKeyCheck: false },
    });
    expect(ok).toBe(true);
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}/settings`,
        {},
        {
          storage_configuration: { status: "NO_STORAGE_ENABLED", retention_minutes: 60 },
          user_identity_change: { enable_identity_key_check: false },
        },
      ],
    ]);
  });

  it("refuses an update with no setting", async () => {
    await expect(numbers().updateBusinessPhoneNumberSettings({})).rejects.toThrow(TypeError);
    expect(seen).toEqual([]);
  });
});

describe("adding and registering a number", () => {
  it("createPhoneNumber POSTs to /{waba}/phone_numbers and returns the new id", async () => {
    answer(server, seen, { id: "110200345501442" });
    const created = await numbers().createPhoneNumber({
      countryCallingCode: "1",
      phoneNumber: "6315551234",
      verifiedName: "Lucky Shrub",
    });
    expect(created).toEqual({ id: "110200345501442" });
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${WABA_ID}/phone_numbers`,
        {},
        { country_code: "1", phone_number: "6315551234", verified_name: "Lucky Shrub" },
      ],
    ]);
  });

  it("requestVerificationCode sends code_method and language in the query", async () => {
    answer(server, seen, { success: true });
    await numbers().requestVerificationCode({ codeMethod: "SMS", languageCode: "en_US" });
    expect(wire(seen)).toEqual([
      ["POST", `/${PHONE_ID}/request_code`, { code_method: "SMS", language: "en_US" }, undefined],
    ]);
  });

  it("refuses a code method other than SMS or VOICE", async () => {
    await expect(
      numbers().requestVerificationCode({ codeMethod: "EMAIL" as "SMS", languageCode: "en" }),
    ).rejects.toThrow(/SMS" or "VOICE/);
  });

  it("verifyPhoneNumber sends the code without its dash", async () => {
    answer(server, seen, { success: true });
    expect(await numbers().verifyPhoneNumber("123-456")).toBe(true);
    expect(wire(seen)).toEqual([
      ["POST", `/${PHONE_ID}/verify_code`, { code: "123456" }, undefined],
    ]);
  });

  it("registerPhoneNumber sends the PIN and the storage region", async () => {
    answer(server, seen, { success: true });
    await numbers().registerPhoneNumber("123456", { dataLocalizationRegion: "IN" });
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}/register`,
        {},
        { messaging_product: "whatsapp", pin: "123456", data_localization_region: "IN" },
      ],
    ]);
  });

  it("refuses a PIN that is not six digits, without echoing it", async () => {
    const error = await numbers()
      .registerPhoneNumber("12345")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain("12345");
    expect(seen).toEqual([]);
  });

  it("throws TwoStepVerificationPinMismatch for Graph's 133005", async () => {
    answer(server, seen, graphErrorBody(133005), 400);
    await expect(numbers().registerPhoneNumber("654321")).rejects.toBeInstanceOf(
      TwoStepVerificationPinMismatch,
    );
  });

  it("deregisterPhoneNumber POSTs to /{phone-id}/deregister", async () => {
    answer(server, seen, { success: true });
    expect(await numbers().deregisterPhoneNumber({ phoneId: "42" })).toBe(true);
    expect(wire(seen)).toEqual([["POST", "/42/deregister", {}, undefined]]);
  });
});

describe("display name and conversational automation", () => {
  it("updateDisplayName POSTs new_display_name to /{phone-id}", async () => {
    answer(server, seen, { success: true });
    await numbers().updateDisplayName("Pizza Bot");
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}`,
        {},
        { messaging_product: "whatsapp", new_display_name: "Pizza Bot" },
      ],
    ]);
  });

  it("updateConversationalAutomation sends the welcome flag, prompts and commands", async () => {
    answer(server, seen, { success: true });
    await numbers().updateConversationalAutomation({
      iceBreakers: ["Plan a trip", "Create a workout plan"],
      commands: [{ name: "help", description: "Get help with the bot" }],
      enableWelcomeMessage: true,
    });
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}/conversational_automation`,
        {},
        {
          enable_welcome_message: true,
          prompts: ["Plan a trip", "Create a workout plan"],
          commands: [{ command_name: "help", command_description: "Get help with the bot" }],
        },
      ],
    ]);
  });

  it.each([
    [{ iceBreakers: ["a", "b", "c", "d", "e"] }, /at most 4 iceBreakers/],
    [{ iceBreakers: ["x".repeat(81)] }, /iceBreakers\[0\]/],
    [{ commands: [{ name: "/help", description: "Help" }] }, /without the slash/],
    [{ commands: [{ name: "help", description: "" }] }, /commands\[0\].description/],
    [{}, /give iceBreakers, commands or enableWelcomeMessage/],
  ])("refuses %j before any call", async (options, message) => {
    await expect(numbers().updateConversationalAutomation(options)).rejects.toThrow(message);
    expect(seen).toEqual([]);
  });
});
