import { UserUpdate, type UserUpdateInit } from "./user-update.js";

/**
 * What a {@link UserMarketingPreferences} is made from.
 *
 * @inline
 */
export interface UserMarketingPreferencesInit extends UserUpdateInit {
  value: "stop" | "resume" | "signup" | (string & {});
  detail: string | undefined;
  category: string;
  signupId: string | undefined;
}

/**
 * A user stopped or resumed your marketing messages, or signed up through a sign-up link
 * (`user_preferences`, category `marketing_messages`).
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onUserMarketingPreferences((pref) => console.log(pref.from.preferredId, pref.value));
 * ```
 */
export class UserMarketingPreferences extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "userMarketingPreferences" as const;
  /** `stop`, `resume` or `signup`. */
  readonly value: UserMarketingPreferencesInit["value"];
  /** WhatsApp's description. */
  readonly detail: string | undefined;
  /** The preference category, `marketing_messages`. */
  readonly category: string;
  /** The sign-up link's id, for `signup`. */
  readonly signupId: string | undefined;

  constructor(init: UserMarketingPreferencesInit) {
    super(init);
    this.value = init.value;
    this.detail = init.detail;
    this.category = init.category;
    this.signupId = init.signupId;
  }
}
