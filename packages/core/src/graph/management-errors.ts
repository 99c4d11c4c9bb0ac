import { GraphApiError, type GraphErrorInit } from "./graph-error.js";

// The errors of the business-management calls: blocking users (1391xx), phone number
// registration and two-step verification (1330xx), business usernames (1470xx), phone number
// migration (2388xxx, 2494100) and in-app signups (24941xx), as pywa and Meta's error-code
// reference name them. 133016 (too many registration attempts) is a ThrottlingError, as in pywa.

/** Blocking or unblocking users failed (1391xx). */
export class BlockUserError extends GraphApiError {}
/** 139100: some or all users could not be blocked or unblocked (see the per-user results). */
export class BulkBlockingFailed extends BlockUserError {}
/** 139101: the blocklist is full (64,000 users). */
export class BlockListLimitReached extends BlockUserError {}
/** 139102: the blocklist changed while it was being paged; start the listing again. */
export class BlockListConcurrentUpdate extends BlockUserError {}
/** 139103: an internal error; try again. */
export class BlockUserInternalError extends BlockUserError {}

/** Registering, deregistering or verifying a phone number failed (1330xx). */
export class RegistrationError extends GraphApiError {}
/** 133000: a previous deregistration did not finish; deregister again, then register. */
export class IncompleteDeregistration extends RegistrationError {}
/** 133004: the registration server is temporarily unavailable; retry later. */
export class RegistrationServerUnavailable extends RegistrationError {}
/** 133005: the two-step verification PIN is wrong. */
export class TwoStepVerificationPinMismatch extends RegistrationError {}
/** 133006: the phone number must be verified again before it can be registered. */
export class PhoneNumberReverificationNeeded extends RegistrationError {}
/** 133008: too many wrong two-step verification PINs; wait before trying again. */
export class TooManyTwoStepVerificationPinGuesses extends RegistrationError {}
/** 133009: PINs were tried too fast; slow down. */
export class TwoStepVerificationPinGuessedTooFast extends RegistrationError {}
/** 133010: the phone number is not registered on Cloud API. */
export class PhoneNumberNotRegistered extends RegistrationError {}
/** 133015: the number was deleted recently; wait a few minutes before registering it. */
export class RegistrationTooSoon extends RegistrationError {}

/** Setting a business username failed (1470xx). */
export class UsernameError extends GraphApiError {}
/** 147001: the username is taken, fails WhatsApp's checks, or is not available. */
export class UsernameNotAvailable extends UsernameError {}
/** 147002: the business portfolio needs a higher messaging limit to request a username. */
export class AccountNotEligibleToRequestUsername extends UsernameError {}
/** 147003: link the number to the Facebook Page that already uses this username. */
export class FBAccountNotLinked extends UsernameError {}
/** 147004: link the number to the Instagram account that already uses this username. */
export class IGAccountNotLinked extends UsernameError {}
/** 147005: another number of your portfolio uses the username; retry with `forceTransfer`. */
export class UsernameTransferRequired extends UsernameError {}

/** Adding, verifying or migrating a phone number failed. */
export class PhoneMigrationError extends GraphApiError {}
/** 2388012: the account already has this phone number. */
export class PhoneNumberAlreadyExists extends PhoneMigrationError {}
/** 2388091, 2388093: this number cannot get a registration code (it is not being migrated). */
export class PhoneNumberNotEligibleForRegistrationCode extends PhoneMigrationError {}
/** 2388103: the phone number cannot be migrated. */
export class CannotMigratePhoneNumber extends PhoneMigrationError {}
/** 2494100: the phone number is in maintenance mode; try again in a few minutes. */
export class PhoneNumberAccountInMaintenanceMode extends PhoneMigrationError {}

/** An in-app signup call failed (24941xx). */
export class SignupError extends GraphApiError {}
/** 2494164: the signup does not exist. */
export class SignupNotFoundError extends SignupError {}
/** 2494165: the In-App Signup API is not enabled for this account. */
export class SignupAPIUnavailable extends SignupError {}
/** 2494166: the confirmation message has an unknown placeholder. */
export class SignupUnknownPlaceholderError extends SignupError {}
/** 2494167: the confirmation message uses `{{promo_code}}` but no promo code was given. */
export class SignupMissingPlaceholderValueError extends SignupError {}
/** 2494168: the Terms of Service were not accepted. */
export class SignupTOSNotAccepted extends SignupError {}
/** 2494176: the terms were already accepted; leave `policy` out. */
export class SignupTOSAlreadyAccepted extends SignupError {}
/** 2494177: `policy.tos` is not the approved Terms of Service URL. */
export class SignupTOSURLNotAllowed extends SignupError {}
/** 2494179: `websiteUrl` must use https://. */
export class SignupWebsiteURLSchemeNotAllowed extends SignupError {}

type ErrorClass = new (init: GraphErrorInit) => GraphApiError;

/** The business-management errors by Graph code, for the error factory. */
export const MANAGEMENT_ERRORS: ReadonlyArray<readonly [number, ErrorClass]> = [
  [139100, BulkBlockingFailed],
  [139101, BlockListLimitReached],
  [139102, BlockListConcurrentUpdate],
  [139103, BlockUserInternalError],
  [133000, IncompleteDeregistration],
  [133004, RegistrationServerUnavailable],
  [133005, TwoStepVerificationPinMismatch],
  [133006, PhoneNumberReverificationNeeded],
  [133008, TooManyTwoStepVerificationPinGuesses],
  [133009, TwoStepVerificationPinGuessedTooFast],
  [133010, PhoneNumberNotRegistered],
  [133015, RegistrationTooSoon],
  [147001, UsernameNotAvailable],
  [147002, AccountNotEligibleToRequestUsername],
  [147003, FBAccountNotLinked],
  [147004, IGAccountNotLinked],
  [147005, UsernameTransferRequired],
  [2388012, PhoneNumberAlreadyExists],
  [2388091, PhoneNumberNotEligibleForRegistrationCode],
  [2388093, PhoneNumberNotEligibleForRegistrationCode],
  [2388103, CannotMigratePhoneNumber],
  [2494100, PhoneNumberAccountInMaintenanceMode],
  [2494164, SignupNotFoundError],
  [2494165, SignupAPIUnavailable],
  [2494166, SignupUnknownPlaceholderError],
  [2494167, SignupMissingPlaceholderValueError],
  [2494168, SignupTOSNotAccepted],
  [2494176, SignupTOSAlreadyAccepted],
  [2494177, SignupTOSURLNotAllowed],
  [2494179, SignupWebsiteURLSchemeNotAllowed],
];

/** The family of a code no class names, by its range; `undefined` outside these ranges. */
export function managementFamily(code: number): ErrorClass | undefined {
  if (code >= 139100 && code < 139200) return BlockUserError;
  if (code >= 133000 && code < 133100) return RegistrationError;
  if (code >= 147000 && code < 147100) return UsernameError;
  return undefined;
}
