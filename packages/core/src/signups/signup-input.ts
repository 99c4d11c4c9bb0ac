import { charCount } from "../messages/validate.js";
import type { SignupStatus } from "./signup.js";

/** The editable fields of a signup. */
export interface SignupFields {
  /** The consent-screen text, 1 to 300 characters (WhatsApp formatting works). */
  signupMessage?: string | undefined;
  /** The message sent after the opt-in, 1 to 300 characters; may hold `{{promo_code}}`. */
  confirmationMessage?: string | undefined;
  /** Your website, starting with https://. */
  websiteUrl?: string | undefined;
  /** Letters and digits, 1 to 50 characters; fills `{{promo_code}}`. */
  promoCode?: string | undefined;
  /** Your nickname for the link, 1 to 256 characters (users never see it). */
  displayName?: string | undefined;
}

/** Accepting WhatsApp's Terms of Service for signups (on the first signup only). */
export interface SignupPolicy {
  /** The Terms of Service URL shown in WhatsApp Manager. */
  tos: string;
  /** Whether you accept them. */
  accepted: boolean;
}

/** What `createSignup` takes. */
export interface CreateSignupFields extends SignupFields {
  /** The consent-screen text, 1 to 300 characters. */
  signupMessage: string;
  /** The message sent after the opt-in, 1 to 300 characters. */
  confirmationMessage: string;
  /** Your privacy policy, http:// or https:// (cannot be changed later). */
  privacyPolicyUrl: string;
  /** Accepting the Terms of Service, on the first signup only: `{ tos, accepted: true }`. */
  policy?: SignupPolicy | undefined;
}

/** What `updateSignup` takes. */
export interface UpdateSignupFields extends SignupFields {
  /** Turn the link on or off. */
  status?: SignupStatus | undefined;
}

function text(value: string | undefined, field: string, max: number, method: string) {
  if (
    value !== undefined &&
    (typeof value !== "string" || value === "" || charCount(value) > max)
  ) {
    throw new TypeError(`${method}: ${field} must be 1 to ${max} characters`);
  }
  return value;
}

/** The JSON body of a signup create or update, checked against Meta's limits. */
export function signupBody(input: CreateSignupFields | UpdateSignupFields, method: string) {
  const { websiteUrl, promoCode } = input;
  if (websiteUrl !== undefined && !/^https:\/\/\S+$/.test(websiteUrl)) {
    throw new TypeError(`${method}: websiteUrl must start with https://`);
  }
  if (promoCode !== undefined && !/^[A-Za-z0-9]{1,50}$/.test(promoCode)) {
    throw new TypeError(`${method}: promoCode must be 1 to 50 letters or digits`);
  }
  const privacy = "privacyPolicyUrl" in input ? input.privacyPolicyUrl : undefined;
  if ("privacyPolicyUrl" in input && !/^https?:\/\/\S+$/.test(String(privacy))) {
    throw new TypeError(`${method}: privacyPolicyUrl must start with http:// or https://`);
  }
  return {
    status: "status" in input ? input.status : undefined,
    signup_message: text(input.signupMessage, "signupMessage", 300, method),
    confirmation_message: text(input.confirmationMessage, "confirmationMessage", 300, method),
    privacy_policy_url: privacy,
    website_url: websiteUrl,
    promo_code: promoCode,
    display_name: text(input.displayName, "displayName", 256, method),
    policy: "policy" in input ? input.policy : undefined,
  };
}
