import { z } from "zod";

/** The status of an in-app signup link. */
export const SignupStatus = {
  /** The link works. */
  ACTIVE: "ACTIVE",
  /** The link is turned off. */
  DISABLED: "DISABLED",
} as const;

/** A {@link SignupStatus} value, or another string Graph may send. */
export type SignupStatus = (typeof SignupStatus)[keyof typeof SignupStatus] | (string & {});

/** An in-app signup: a deep link that opts a WhatsApp user in to your messages. */
export interface SignupDetails {
  /** The signup id. */
  id: string;
  /** The WhatsApp Business Account it belongs to. */
  businessAccountId: string | undefined;
  /** Whether the link works. */
  status: SignupStatus | undefined;
  /** The text of the consent screen. */
  signupMessage: string | undefined;
  /** The message sent after the opt-in. */
  confirmationMessage: string | undefined;
  /** The privacy policy URL. */
  privacyPolicyUrl: string | undefined;
  /** The promo code that fills `{{promo_code}}`. */
  promoCode: string | undefined;
  /** Your nickname for the link (users never see it). */
  displayName: string | undefined;
  /** Your website. */
  websiteUrl: string | undefined;
}

/** The fields of a signup, as Graph names them. */
export const SIGNUP_FIELDS = [
  "id",
  "waba_id",
  "status",
  "signup_message",
  "confirmation_message",
  "privacy_policy_url",
  "promo_code",
  "display_name",
  "website_url",
] as const;

export const signupSchema = z.looseObject({
  id: z.string(),
  waba_id: z.string().optional(),
  status: z.string().optional(),
  signup_message: z.string().optional(),
  confirmation_message: z.string().optional(),
  privacy_policy_url: z.string().optional(),
  promo_code: z.string().optional(),
  display_name: z.string().optional(),
  website_url: z.string().optional(),
});

/** Turns a checked signup object into {@link SignupDetails}. */
export const toSignup = (raw: z.output<typeof signupSchema>): SignupDetails => ({
  id: raw.id,
  businessAccountId: raw.waba_id,
  status: raw.status,
  signupMessage: raw.signup_message,
  confirmationMessage: raw.confirmation_message,
  privacyPolicyUrl: raw.privacy_policy_url,
  promoCode: raw.promo_code,
  displayName: raw.display_name,
  websiteUrl: raw.website_url,
});

/**
 * The deep link of a signup for one of your phone numbers: share it, and users who open it
 * see the consent screen.
 *
 * @example
 * ```ts
 * import { signupDeepLink } from "@tswa/core";
 *
 * signupDeepLink("15551234567", "9876543210123456"); // "https://wa.me/15551234567/signup/9876543210123456"
 * ```
 */
export function signupDeepLink(phoneNumber: string, signupId: string): string {
  const digits = phoneNumber.replace(/[^\d]/g, "");
  if (digits === "") throw new TypeError("signupDeepLink: phoneNumber must have digits");
  return `https://wa.me/${digits}/signup/${encodeURIComponent(signupId)}`;
}
