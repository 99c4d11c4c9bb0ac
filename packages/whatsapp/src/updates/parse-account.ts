import { AccountUpdate, type AccountUpdateInfo } from "./account-update.js";
import type { ChangeContext } from "./parse-context.js";
import { PhoneNumberQualityUpdate } from "./phone-number-quality.js";
import { isObject, type JsonRecord, list, optObject, optStr, str } from "./read.js";

/** The update of an `account_update` change. */
export function parseAccountUpdate(context: ChangeContext): void {
  const { value } = context;
  const info = (key: string) => {
    const found = optObject(value, key, "");
    return found && camelKeys(found);
  };
  context.updates.push(
    new AccountUpdate({
      wabaId: context.wabaId,
      raw: value,
      timestamp: context.timestamp,
      event: str(value, "event", ""),
      wabaInfo: info("waba_info"),
      violationInfo: info("violation_info"),
      banInfo: info("ban_info"),
      restrictionInfo: list(value, "restriction_info", "").filter(isObject).map(camelKeys),
      disconnectionInfo: info("disconnection_info"),
      authInternationalRateEligibility: info("auth_international_rate_eligibility"),
      volumeTierInfo: info("volume_tier_info"),
      partnerClientCertificationInfo: info("partner_client_certification_info"),
      country: optStr(value, "country", ""),
    }),
  );
}

/** The update of a `phone_number_quality_update` change. */
export function parsePhoneNumberQuality(context: ChangeContext): void {
  const { value } = context;
  context.updates.push(
    new PhoneNumberQualityUpdate({
      wabaId: context.wabaId,
      raw: value,
      timestamp: context.timestamp,
      displayPhoneNumber: optStr(value, "display_phone_number", ""),
      event: str(value, "event", ""),
      currentLimit: optStr(value, "current_limit", ""),
      oldLimit: optStr(value, "old_limit", ""),
      maxDailyConversationsPerBusiness: optStr(value, "max_daily_conversations_per_business", ""),
    }),
  );
}

/** A copy of an object with its keys, and those of nested objects, in camelCase. */
function camelKeys(object: JsonRecord): AccountUpdateInfo {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    out[key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())] = isObject(value)
      ? camelKeys(value)
      : Array.isArray(value)
        ? value.map((item) => (isObject(item) ? camelKeys(item) : item))
        : value;
  }
  return out;
}
