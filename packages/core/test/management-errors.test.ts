import * as core from "@tswa/core";
import { createGraphApiError, GraphApiError } from "@tswa/core";
import { describe, expect, it } from "vitest";

const make = (code: number) =>
  createGraphApiError({
    status: 400,
    error: { message: `(#${code}) Something`, type: "OAuthException", code },
    rawBody: "{}",
    request: "POST /106540352242922/register",
  });

/** Every code a business-management call can return, with its class and family. */
const CODES: [number, string, string][] = [
  [139100, "BulkBlockingFailed", "BlockUserError"],
  [139101, "BlockListLimitReached", "BlockUserError"],
  [139102, "BlockListConcurrentUpdate", "BlockUserError"],
  [139103, "BlockUserInternalError", "BlockUserError"],
  [133000, "IncompleteDeregistration", "RegistrationError"],
  [133004, "RegistrationServerUnavailable", "RegistrationError"],
  [133005, "TwoStepVerificationPinMismatch", "RegistrationError"],
  [133006, "PhoneNumberReverificationNeeded", "RegistrationError"],
  [133008, "TooManyTwoStepVerificationPinGuesses", "RegistrationError"],
  [133009, "TwoStepVerificationPinGuessedTooFast", "RegistrationError"],
  [133010, "PhoneNumberNotRegistered", "RegistrationError"],
  [133015, "RegistrationTooSoon", "RegistrationError"],
  [133016, "RegistrationOrDeregistrationFailed", "ThrottlingError"],
  [147001, "UsernameNotAvailable", "UsernameError"],
  [147002, "AccountNotEligibleToRequestUsername", "UsernameError"],
  [147003, "FBAccountNotLinked", "UsernameError"],
  [147004, "IGAccountNotLinked", "UsernameError"],
  [147005, "UsernameTransferRequired", "UsernameError"],
  [2388012, "PhoneNumberAlreadyExists", "PhoneMigrationError"],
  [2388091, "PhoneNumberNotEligibleForRegistrationCode", "PhoneMigrationError"],
  [2388093, "PhoneNumberNotEligibleForRegistrationCode", "PhoneMigrationError"],
  [2388103, "CannotMigratePhoneNumber", "PhoneMigrationError"],
  [2494100, "PhoneNumberAccountInMaintenanceMode", "PhoneMigrationError"],
  [2494164, "SignupNotFoundError", "SignupError"],
  [2494165, "SignupAPIUnavailable", "SignupError"],
  [2494166, "SignupUnknownPlaceholderError", "SignupError"],
  [2494167, "SignupMissingPlaceholderValueError", "SignupError"],
  [2494168, "SignupTOSNotAccepted", "SignupError"],
  [2494176, "SignupTOSAlreadyAccepted", "SignupError"],
  [2494177, "SignupTOSURLNotAllowed", "SignupError"],
  [2494179, "SignupWebsiteURLSchemeNotAllowed", "SignupError"],
];

const exported = core as unknown as Record<string, new (...args: never[]) => GraphApiError>;

describe("business-management error classes", () => {
  it.each(CODES)("code %i is a %s, in the %s family", (code, name, family) => {
    const error = make(code);
    expect(error.constructor).toBe(exported[name]);
    expect(error).toBeInstanceOf(exported[family]);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.code).toBe(code);
  });

  it.each([
    [139150, "BlockUserError"],
    [133099, "RegistrationError"],
    [147050, "UsernameError"],
  ])("an unnamed code %i falls back on its family %s", (code, family) => {
    expect(make(code).constructor).toBe(exported[family]);
  });

  it("leaves the flow and message ranges as they were", () => {
    expect(make(139004)).toBeInstanceOf(core.FlowDeletingError);
    expect(make(139099)).toBeInstanceOf(core.FlowError);
    expect(make(132999)).toBeInstanceOf(core.SendMessageError);
  });
});
