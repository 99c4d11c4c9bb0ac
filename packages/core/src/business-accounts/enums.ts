// Const objects plus union types that keep values Graph adds later (see flows/enums.ts).

/** The verification status of the business portfolio that owns an account. */
export const BusinessVerificationStatus = {
  /** The verification expired. */
  EXPIRED: "expired",
  /** The verification failed. */
  FAILED: "failed",
  /** The business cannot be verified. */
  INELIGIBLE: "ineligible",
  /** Not verified. */
  NOT_VERIFIED: "not_verified",
  /** Under review. */
  PENDING: "pending",
  /** Under review; Meta needs more information. */
  PENDING_NEED_MORE_INFO: "pending_need_more_info",
  /** Started, not submitted. */
  PENDING_SUBMISSION: "pending_submission",
  /** Rejected. */
  REJECTED: "rejected",
  /** Revoked. */
  REVOKED: "revoked",
  /** Verified. */
  VERIFIED: "verified",
} as const;

/** A {@link BusinessVerificationStatus} value, or another string Graph may send. */
export type BusinessVerificationStatus =
  | (typeof BusinessVerificationStatus)[keyof typeof BusinessVerificationStatus]
  | (string & {});

/** Whether an account may use the Marketing Messages Lite API. */
export const MarketingMessagesLiteApiStatus = {
  /** Not every requirement is met. */
  INELIGIBLE: "INELIGIBLE",
  /** Every requirement is met. */
  ELIGIBLE: "ELIGIBLE",
  /** Onboarded: terms signed, payment method and ad account linked. */
  ONBOARDED: "ONBOARDED",
} as const;

/** A {@link MarketingMessagesLiteApiStatus} value, or another string Graph may send. */
export type MarketingMessagesLiteApiStatus =
  | (typeof MarketingMessagesLiteApiStatus)[keyof typeof MarketingMessagesLiteApiStatus]
  | (string & {});

/** Where an account stands in onboarding onto the Marketing Messages Lite API. */
export const MarketingMessagesOnboardingStatus = {
  /** The account is managed on behalf of a business, which the API does not support. */
  INELIGIBLE_ON_BEHALF_OF_WABA: "INELIGIBLE_ON_BEHALF_OF_WABA",
  /** The account is inactive or restricted. */
  INELIGIBLE_INACTIVE_OR_RESTRICTED: "INELIGIBLE_INACTIVE_OR_RESTRICTED",
  /** The account's country is not supported. */
  INELIGIBLE_COUNTRY_NOT_SUPPORTED: "INELIGIBLE_COUNTRY_NOT_SUPPORTED",
  /** The number is used in the WhatsApp Business app. */
  INELIGIBLE_USING_WHATSAPP_BUSINESS_APP: "INELIGIBLE_USING_WHATSAPP_BUSINESS_APP",
  /** The account may onboard. */
  ELIGIBLE: "ELIGIBLE",
  /** A valid payment method is missing. */
  PENDING_VALID_PAYMENT_METHOD: "PENDING_VALID_PAYMENT_METHOD",
  /** Meta is setting the account up; nothing to do. */
  PENDING_INTERNAL_SETUP: "PENDING_INTERNAL_SETUP",
  /** Onboarded and ready. */
  ONBOARDED: "ONBOARDED",
} as const;

/** A {@link MarketingMessagesOnboardingStatus} value, or another string Graph may send. */
export type MarketingMessagesOnboardingStatus =
  | (typeof MarketingMessagesOnboardingStatus)[keyof typeof MarketingMessagesOnboardingStatus]
  | (string & {});
