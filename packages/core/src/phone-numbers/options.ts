import type { PageOptions } from "../flows/types.js";
import type { CallOptions } from "../graph/account-scope.js";
import type { Command } from "./phone-number.js";
import type { PhoneNumberSettingsInput } from "./settings.js";

/** Options of calls on one phone number. */
export interface PhoneCallOptions extends CallOptions {
  /** The phone number id. Default: the client's `phoneId`. */
  phoneId?: string | undefined;
}

/** Options of `getBusinessPhoneNumbers`. */
export interface GetBusinessPhoneNumbersOptions extends CallOptions, PageOptions {
  /** The account whose numbers to list. Default: the client's `businessAccountId`. */
  businessAccountId?: string | undefined;
}

/** Options of `getBusinessPhoneNumberSettings`. */
export interface GetPhoneNumberSettingsOptions extends PhoneCallOptions {
  /** Include the SIP credentials of calling (a secret: do not log them). */
  includeSipCredentials?: boolean | undefined;
}

/** Options of `updateBusinessPhoneNumberSettings`. */
export interface UpdatePhoneNumberSettingsOptions
  extends PhoneNumberSettingsInput,
    PhoneCallOptions {}

/** Options of `createPhoneNumber`. */
export interface CreatePhoneNumberOptions extends CallOptions {
  /** The country calling code, such as `"1"`. */
  countryCallingCode: string;
  /** The phone number, with or without the country calling code. */
  phoneNumber: string;
  /** The display name to request for it. */
  verifiedName: string;
  /** The account to add it to. Default: the client's `businessAccountId`. */
  businessAccountId?: string | undefined;
}

/** How a verification code is delivered. */
export type VerificationCodeMethod = "SMS" | "VOICE";

/** Options of `requestVerificationCode`. */
export interface RequestVerificationCodeOptions extends PhoneCallOptions {
  /** `"SMS"` or `"VOICE"`. */
  codeMethod: VerificationCodeMethod;
  /** The language of the message or call, such as `"en_US"`. */
  languageCode: string;
}

/** Options of `registerPhoneNumber`. */
export interface RegisterPhoneNumberOptions extends PhoneCallOptions {
  /** Turn on local storage in this country (2-letter ISO 3166 code, such as `"IN"`). */
  dataLocalizationRegion?: string | undefined;
}

/** Options of `updateConversationalAutomation`: at least one of the three. */
export interface UpdateConversationalAutomationOptions extends PhoneCallOptions {
  /** Send a `request_welcome` webhook when a user opens the chat for the first time. */
  enableWelcomeMessage?: boolean | undefined;
  /** Up to 4 openers of up to 80 characters. */
  iceBreakers?: readonly string[] | undefined;
  /** Up to 30 commands (names up to 32 characters, descriptions up to 256). */
  commands?: readonly Command[] | undefined;
}
