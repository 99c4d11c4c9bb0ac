import { z } from "zod";
import { AccountArea } from "../graph/account-area.js";
import { callOf } from "../graph/account-scope.js";
import { listGraph } from "../graph/list.js";
import type { GraphPagePromise } from "../graph/pagination.js";
import { automationBody } from "./automation.js";
import type {
  CreatePhoneNumberOptions,
  GetBusinessPhoneNumbersOptions,
  GetPhoneNumberSettingsOptions,
  PhoneCallOptions,
  RegisterPhoneNumberOptions,
  RequestVerificationCodeOptions,
  UpdateConversationalAutomationOptions,
  UpdatePhoneNumberSettingsOptions,
} from "./options.js";
import {
  type BusinessPhoneNumber,
  PHONE_NUMBER_FIELDS,
  phoneNumberSchema,
  toPhoneNumber,
} from "./phone-number.js";
import {
  type BusinessPhoneNumberSettings,
  settingsBody,
  settingsSchema,
  toSettings,
} from "./settings.js";

const createdSchema = z.looseObject({ id: z.string() });

/**
 * Business phone numbers: read and list them, their settings (calling, storage, identity
 * change), add a number, verify it by code, register it for Cloud API with its two-step PIN,
 * rename it, and set its ice breakers and commands.
 *
 * @example
 * ```ts
 * import { GraphClient, PhoneNumbersApi } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const numbers = new PhoneNumbersApi(graph, { businessAccountId: "102290129340398" });
 * for await (const n of numbers.getBusinessPhoneNumbers()) console.log(n.displayPhoneNumber, n.qualityRating);
 * ```
 */
export class PhoneNumbersApi extends AccountArea {
  /**
   * Fetches a business phone number: name and its review, quality, limits, status, webhook
   * overrides, ice breakers and commands.
   *
   * @example
   * ```ts
   * import type { PhoneNumbersApi } from "@tswa/core";
   *
   * declare const numbers: PhoneNumbersApi;
   * const number = await numbers.getBusinessPhoneNumber();
   * console.log(number.verifiedName, number.qualityRating, number.messagingLimit);
   * ```
   */
  async getBusinessPhoneNumber(options: PhoneCallOptions = {}): Promise<BusinessPhoneNumber> {
    const raw = await this.graph.request({
      method: "GET",
      path: this.#phone(options, "getBusinessPhoneNumber"),
      query: { fields: PHONE_NUMBER_FIELDS },
      schema: phoneNumberSchema,
      ...callOf(options),
    });
    return toPhoneNumber(raw);
  }

  /**
   * Lists the phone numbers of a WhatsApp Business Account, page by page.
   *
   * @throws {@link WhatsAppConfigurationError} at once when no `businessAccountId` is known.
   */
  getBusinessPhoneNumbers(
    options: GetBusinessPhoneNumbersOptions = {},
  ): GraphPagePromise<BusinessPhoneNumber> {
    const waba = this.#waba(options.businessAccountId, "getBusinessPhoneNumbers");
    return listGraph(this.graph, {
      path: `${waba}/phone_numbers`,
      query: {
        fields: PHONE_NUMBER_FIELDS,
        limit: options.limit,
        after: options.after,
        before: options.before,
      },
      item: phoneNumberSchema,
      map: toPhoneNumber,
      ...callOf(options),
    });
  }

  /** Fetches the settings of a phone number: calling, storage, identity-change check. */
  async getBusinessPhoneNumberSettings(
    options: GetPhoneNumberSettingsOptions = {},
  ): Promise<BusinessPhoneNumberSettings> {
    const raw = await this.graph.request({
      method: "GET",
      path: `${this.#phone(options, "getBusinessPhoneNumberSettings")}/settings`,
      query: { include_sip_credentials: options.includeSipCredentials },
      schema: settingsSchema,
      ...callOf(options),
    });
    return toSettings(raw);
  }

  /**
   * Changes the settings of a phone number; only the settings given are sent.
   *
   * @returns Whether Graph reported success.
   * @throws TypeError when no setting is given.
   * @example
   * ```ts
   * import { StorageStatus, type PhoneNumbersApi } from "@tswa/core";
   *
   * declare const numbers: PhoneNumbersApi;
   * await numbers.updateBusinessPhoneNumberSettings({
   *   storageConfiguration: { status: StorageStatus.IN_COUNTRY_STORAGE_ENABLED, dataLocalizationRegion: "DE" },
   *   userIdentityChange: { enableIdentityKeyCheck: true },
   * });
   * ```
   */
  async updateBusinessPhoneNumberSettings(
    options: UpdatePhoneNumberSettingsOptions,
  ): Promise<boolean> {
    const method = "updateBusinessPhoneNumberSettings";
    const json = settingsBody(options, method);
    return this.succeed(
      { method: "POST", path: `${this.#phone(options, method)}/settings`, json },
      options,
    );
  }

  /**
   * Adds a phone number to a WhatsApp Business Account; verify it with
   * {@link PhoneNumbersApi.requestVerificationCode} and {@link PhoneNumbersApi.verifyPhoneNumber},
   * then {@link PhoneNumbersApi.registerPhoneNumber} it.
   *
   * @returns The new number's phone number id.
   * @throws {@link PhoneNumberAlreadyExists} when the account already has it.
   */
  async createPhoneNumber(options: CreatePhoneNumberOptions): Promise<{ id: string }> {
    const method = "createPhoneNumber";
    for (const key of ["countryCallingCode", "phoneNumber", "verifiedName"] as const) {
      if (typeof options[key] !== "string" || options[key] === "") {
        throw new TypeError(`${method}: ${key} must be a non-empty string`);
      }
    }
    const { id } = await this.graph.request({
      method: "POST",
      path: `${this.#waba(options.businessAccountId, method)}/phone_numbers`,
      json: {
        country_code: options.countryCallingCode,
        phone_number: options.phoneNumber,
        verified_name: options.verifiedName,
      },
      schema: createdSchema,
      ...callOf(options),
    });
    return { id };
  }

  /**
   * Asks WhatsApp to send a verification code to the number, by SMS or voice call.
   *
   * @throws {@link PhoneNumberNotEligibleForRegistrationCode} when the number cannot get one.
   * @example
   * ```ts
   * import type { PhoneNumbersApi } from "@tswa/core";
   *
   * declare const numbers: PhoneNumbersApi;
   * await numbers.requestVerificationCode({ codeMethod: "SMS", languageCode: "en_US" });
   * ```
   */
  async requestVerificationCode(options: RequestVerificationCodeOptions): Promise<boolean> {
    const method = "requestVerificationCode";
    if (options.codeMethod !== "SMS" && options.codeMethod !== "VOICE") {
      throw new TypeError(`${method}: codeMethod must be "SMS" or "VOICE"`);
    }
    if (typeof options.languageCode !== "string" || options.languageCode === "") {
      throw new TypeError(`${method}: languageCode must be a language code such as "en_US"`);
    }
    const query = { code_method: options.codeMethod, language: options.languageCode };
    const path = `${this.#phone(options, method)}/request_code`;
    return this.succeed({ method: "POST", path, query }, options);
  }

  /** Verifies the number with the code WhatsApp sent it. */
  async verifyPhoneNumber(code: string, options: PhoneCallOptions = {}): Promise<boolean> {
    const method = "verifyPhoneNumber";
    if (typeof code !== "string" || !/^\d[\d-]*$/.test(code)) {
      throw new TypeError(`${method}: code must be the digits WhatsApp sent`);
    }
    const path = `${this.#phone(options, method)}/verify_code`;
    return this.succeed(
      { method: "POST", path, query: { code: code.replaceAll("-", "") } },
      options,
    );
  }

  /**
   * Registers the number for Cloud API with its six-digit two-step verification PIN (set on
   * the first registration), optionally with local storage in a country.
   *
   * @throws TypeError when the PIN is not six digits; {@link TwoStepVerificationPinMismatch}
   *   when Graph refuses it.
   * @example
   * ```ts
   * import type { PhoneNumbersApi } from "@tswa/core";
   *
   * declare const numbers: PhoneNumbersApi;
   * await numbers.registerPhoneNumber("123456", { dataLocalizationRegion: "DE" });
   * ```
   */
  async registerPhoneNumber(
    pin: string,
    options: RegisterPhoneNumberOptions = {},
  ): Promise<boolean> {
    const method = "registerPhoneNumber";
    if (typeof pin !== "string" || !/^\d{6}$/.test(pin)) {
      throw new TypeError(`${method}: pin must be six digits`);
    }
    const region = options.dataLocalizationRegion;
    if (region !== undefined && !/^[A-Z]{2}$/.test(region)) {
      throw new TypeError(`${method}: dataLocalizationRegion must be a 2-letter code such as "DE"`);
    }
    const json = { messaging_product: "whatsapp", pin, data_localization_region: region };
    return this.succeed(
      { method: "POST", path: `${this.#phone(options, method)}/register`, json },
      options,
    );
  }

  /** Deregisters the number from Cloud API (it stops sending and receiving). */
  async deregisterPhoneNumber(options: PhoneCallOptions = {}): Promise<boolean> {
    const path = `${this.#phone(options, "deregisterPhoneNumber")}/deregister`;
    return this.succeed({ method: "POST", path: path }, options);
  }

  /**
   * Requests a new display name; it is reviewed, and the outcome arrives as a webhook.
   *
   * @example
   * ```ts
   * import type { PhoneNumbersApi } from "@tswa/core";
   *
   * declare const numbers: PhoneNumbersApi;
   * await numbers.updateDisplayName("Pizza Bot");
   * ```
   */
  async updateDisplayName(
    newDisplayName: string,
    options: PhoneCallOptions = {},
  ): Promise<boolean> {
    const method = "updateDisplayName";
    if (typeof newDisplayName !== "string" || newDisplayName.trim() === "") {
      throw new TypeError(`${method}: newDisplayName must be a non-empty string`);
    }
    const json = { messaging_product: "whatsapp", new_display_name: newDisplayName };
    return this.succeed({ method: "POST", path: this.#phone(options, method), json }, options);
  }

  /**
   * Sets the ice breakers and `/` commands of the number (what is given replaces what was).
   *
   * @throws TypeError when a limit is broken (4 ice breakers of 80 characters, 30 commands).
   * @example
   * ```ts
   * import type { PhoneNumbersApi } from "@tswa/core";
   *
   * declare const numbers: PhoneNumbersApi;
   * await numbers.updateConversationalAutomation({
   *   iceBreakers: ["Plan a trip", "Create a workout plan"],
   *   commands: [{ name: "help", description: "Get help with the bot" }],
   * });
   * ```
   */
  async updateConversationalAutomation(
    options: UpdateConversationalAutomationOptions,
  ): Promise<boolean> {
    const json = automationBody(options);
    const path = `${this.#phone(options, "updateConversationalAutomation")}/conversational_automation`;
    return this.succeed({ method: "POST", path, json }, options);
  }

  #phone(options: PhoneCallOptions, method: string): string {
    return this.id("phoneId", options.phoneId, method);
  }

  #waba(value: string | undefined, method: string): string {
    return this.id("businessAccountId", value, method);
  }
}
