import type { Guard } from "./filter.js";
import { fieldIs } from "./kinds.js";

/** What an account event filter proves. */
export type AccountEventNarrowing<E extends string> = {
  readonly kind: "accountUpdate";
  readonly event: E;
};

const accountEvent = <const E extends string>(event: E): Guard<AccountEventNarrowing<E>> =>
  fieldIs("accountUpdate", "event", event);

/** Passes account updates `ACCOUNT_DELETED`. */
export const accountDeleted = accountEvent("ACCOUNT_DELETED");
/** Passes account updates `ACCOUNT_RESTRICTION`. */
export const accountRestriction = accountEvent("ACCOUNT_RESTRICTION");
/** Passes account updates `ACCOUNT_VIOLATION`. */
export const accountViolation = accountEvent("ACCOUNT_VIOLATION");
/** Passes account updates `AD_ACCOUNT_LINKED`. */
export const adAccountLinked = accountEvent("AD_ACCOUNT_LINKED");
/** Passes account updates `AUTH_INTL_PRICE_ELIGIBILITY_UPDATE`. */
export const authIntlPriceEligibilityUpdate = accountEvent("AUTH_INTL_PRICE_ELIGIBILITY_UPDATE");
/** Passes account updates `BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE`. */
export const businessPrimaryLocationCountryUpdate = accountEvent(
  "BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE",
);
/** Passes account updates `DISABLED_UPDATE` (the account was disabled or reinstated). */
export const accountDisabled = accountEvent("DISABLED_UPDATE");
/** Passes account updates `MM_LITE_TERMS_SIGNED`. */
export const mmLiteTermsSigned = accountEvent("MM_LITE_TERMS_SIGNED");
/** Passes account updates `PARTNER_ADDED`. */
export const partnerAdded = accountEvent("PARTNER_ADDED");
/** Passes account updates `PARTNER_APP_INSTALLED`. */
export const partnerAppInstalled = accountEvent("PARTNER_APP_INSTALLED");
/** Passes account updates `PARTNER_APP_UNINSTALLED`. */
export const partnerAppUninstalled = accountEvent("PARTNER_APP_UNINSTALLED");
/** Passes account updates `PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE`. */
export const partnerClientCertificationStatusUpdate = accountEvent(
  "PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE",
);
/** Passes account updates `PARTNER_REMOVED`. */
export const partnerRemoved = accountEvent("PARTNER_REMOVED");
/** Passes account updates `VOLUME_BASED_PRICING_TIER_UPDATE`. */
export const volumeBasedPricingTierUpdate = accountEvent("VOLUME_BASED_PRICING_TIER_UPDATE");
/** Passes account updates `ACCOUNT_OFFBOARDED`. */
export const accountOffboarded = accountEvent("ACCOUNT_OFFBOARDED");
/** Passes account updates `ACCOUNT_RECONNECTED`. */
export const accountReconnected = accountEvent("ACCOUNT_RECONNECTED");
