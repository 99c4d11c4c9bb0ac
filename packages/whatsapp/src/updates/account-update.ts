import { WabaUpdate, type WabaUpdateInit } from "./waba-update.js";

/** The `event` of an `account_update` webhook. Events Meta adds later arrive as plain strings. */
export const AccountUpdateEvent = {
  /** The account was deleted. */
  ACCOUNT_DELETED: "ACCOUNT_DELETED",
  /** The account was offboarded. */
  ACCOUNT_OFFBOARDED: "ACCOUNT_OFFBOARDED",
  /** The account was reconnected. */
  ACCOUNT_RECONNECTED: "ACCOUNT_RECONNECTED",
  /** Some actions were restricted (see `restrictionInfo`). */
  ACCOUNT_RESTRICTION: "ACCOUNT_RESTRICTION",
  /** A policy was violated (see `violationInfo`). */
  ACCOUNT_VIOLATION: "ACCOUNT_VIOLATION",
  /** An ad account was linked (see `wabaInfo`). */
  AD_ACCOUNT_LINKED: "AD_ACCOUNT_LINKED",
  /** International authentication rates apply (see `authInternationalRateEligibility`). */
  AUTH_INTL_PRICE_ELIGIBILITY_UPDATE: "AUTH_INTL_PRICE_ELIGIBILITY_UPDATE",
  /** The primary business location was set (see `country`). */
  BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE: "BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE",
  /** The account was disabled or reinstated (see `banInfo`). */
  DISABLED_UPDATE: "DISABLED_UPDATE",
  /** The Marketing Messages Lite terms were signed. */
  MM_LITE_TERMS_SIGNED: "MM_LITE_TERMS_SIGNED",
  /** A partner was added. */
  PARTNER_ADDED: "PARTNER_ADDED",
  /** A partner app was installed. */
  PARTNER_APP_INSTALLED: "PARTNER_APP_INSTALLED",
  /** A partner app was uninstalled. */
  PARTNER_APP_UNINSTALLED: "PARTNER_APP_UNINSTALLED",
  /** A partner-led business verification changed (see `partnerClientCertificationInfo`). */
  PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE: "PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE",
  /** A partner was removed (see `disconnectionInfo`). */
  PARTNER_REMOVED: "PARTNER_REMOVED",
  /** The volume pricing tier changed (see `volumeTierInfo`). */
  VOLUME_BASED_PRICING_TIER_UPDATE: "VOLUME_BASED_PRICING_TIER_UPDATE",
} as const;

/** One of the {@link AccountUpdateEvent} values, or an event Meta added later. */
export type AccountUpdateEventValue =
  | (typeof AccountUpdateEvent)[keyof typeof AccountUpdateEvent]
  | (string & {});

/** A nested object of an account update, its keys in camelCase (`waba_id` is `wabaId`). */
export type AccountUpdateInfo = Readonly<Record<string, unknown>>;

/**
 * What an {@link AccountUpdate} is made from.
 *
 * @inline
 */
export interface AccountUpdateInit extends WabaUpdateInit {
  event: AccountUpdateEventValue;
  wabaInfo: AccountUpdateInfo | undefined;
  violationInfo: AccountUpdateInfo | undefined;
  banInfo: AccountUpdateInfo | undefined;
  restrictionInfo: readonly AccountUpdateInfo[];
  disconnectionInfo: AccountUpdateInfo | undefined;
  authInternationalRateEligibility: AccountUpdateInfo | undefined;
  volumeTierInfo: AccountUpdateInfo | undefined;
  partnerClientCertificationInfo: AccountUpdateInfo | undefined;
  country: string | undefined;
}

/**
 * An event about your WhatsApp Business Account (`account_update`): restrictions, violations,
 * bans, partners, pricing tiers. Which details are set depends on `event`; nested objects keep
 * Meta's fields with camelCase keys.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onAccountUpdate("ACCOUNT_VIOLATION", (update) => console.error(update.violationInfo));
 * ```
 */
export class AccountUpdate extends WabaUpdate {
  /** Discriminates update kinds. */
  readonly kind = "accountUpdate" as const;
  /** What happened. */
  readonly event: AccountUpdateEventValue;
  /** The account and partner ids involved (`wabaId`, `ownerBusinessId`, `partnerAppId`, `solutionId`, …). */
  readonly wabaInfo: AccountUpdateInfo | undefined;
  /** The violation (`violationType`). */
  readonly violationInfo: AccountUpdateInfo | undefined;
  /** The ban (`wabaBanState`, `wabaBanDate`). */
  readonly banInfo: AccountUpdateInfo | undefined;
  /** The restrictions (`restrictionType`, `expiration`). */
  readonly restrictionInfo: readonly AccountUpdateInfo[];
  /** Why a partner was disconnected (`reason`, `initiatedBy`). */
  readonly disconnectionInfo: AccountUpdateInfo | undefined;
  /** International authentication rates (`startTime`, `exceptionCountries`). */
  readonly authInternationalRateEligibility: AccountUpdateInfo | undefined;
  /** The new pricing tier (`tier`, `pricingCategory`, `effectiveMonth`, `region`, `tierUpdateTime`). */
  readonly volumeTierInfo: AccountUpdateInfo | undefined;
  /** A partner-led verification (`clientBusinessId`, `status`, `rejectionReasons`). */
  readonly partnerClientCertificationInfo: AccountUpdateInfo | undefined;
  /** The primary business location's country code. */
  readonly country: string | undefined;

  constructor(init: AccountUpdateInit) {
    super(init);
    this.event = init.event;
    this.wabaInfo = init.wabaInfo;
    this.violationInfo = init.violationInfo;
    this.banInfo = init.banInfo;
    this.restrictionInfo = init.restrictionInfo;
    this.disconnectionInfo = init.disconnectionInfo;
    this.authInternationalRateEligibility = init.authInternationalRateEligibility;
    this.volumeTierInfo = init.volumeTierInfo;
    this.partnerClientCertificationInfo = init.partnerClientCertificationInfo;
    this.country = init.country;
  }
}
