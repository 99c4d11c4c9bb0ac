import { UserUpdate, type UserUpdateInit } from "./user-update.js";

/** The `system.type` of a system message. Types WhatsApp adds later arrive as plain strings. */
export const SystemType = {
  /** The user changed their phone number (a {@link PhoneNumberChange}). */
  USER_CHANGED_NUMBER: "user_changed_number",
  /** The user's BSUID changed (a {@link PhoneNumberChange} without a new number). */
  USER_CHANGED_USER_ID: "user_changed_user_id",
  /** The older name of `user_changed_number`. */
  CUSTOMER_CHANGED_NUMBER: "customer_changed_number",
  /** The user's identity key changed (an {@link IdentityChange}). */
  CUSTOMER_IDENTITY_CHANGED: "customer_identity_changed",
} as const;

/** One of the {@link SystemType} values, or a type WhatsApp added later. */
export type SystemTypeValue = (typeof SystemType)[keyof typeof SystemType] | (string & {});

/**
 * What a {@link PhoneNumberChange} is made from.
 *
 * @inline
 */
export interface PhoneNumberChangeInit extends UserUpdateInit {
  systemType: SystemTypeValue;
  oldWaId: string | undefined;
  newWaId: string | undefined;
  newUserId: string | undefined;
  newParentUserId: string | undefined;
  body: string | undefined;
}

/**
 * A user changed their phone number (`user_changed_number`) or their BSUID changed
 * (`user_changed_user_id`): update the id you keep for them.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onPhoneNumberChange((change) => console.log(`${change.oldWaId} is now ${change.newWaId}`));
 * ```
 */
export class PhoneNumberChange extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "phoneNumberChange" as const;
  /** The system message's type (pywa's `sys_type`). */
  readonly systemType: SystemTypeValue;
  /** The number the user had. */
  readonly oldWaId: string | undefined;
  /** The user's new number (absent when only the BSUID changed). */
  readonly newWaId: string | undefined;
  /** The user's new BSUID, when WhatsApp sent it. */
  readonly newUserId: string | undefined;
  /** The user's new parent BSUID, when WhatsApp sent it. */
  readonly newParentUserId: string | undefined;
  /** WhatsApp's description of the change. */
  readonly body: string | undefined;

  constructor(init: PhoneNumberChangeInit) {
    super(init);
    this.systemType = init.systemType;
    this.oldWaId = init.oldWaId;
    this.newWaId = init.newWaId;
    this.newUserId = init.newUserId;
    this.newParentUserId = init.newParentUserId;
    this.body = init.body;
  }
}

/** The identity of a user whose security code changed. */
export interface Identity {
  /** Whether the change was acknowledged. */
  acknowledged: boolean | undefined;
  /** When the identity was created. */
  createdTimestamp: Date | undefined;
  /** The identity key hash; pass it as `identityKeyHash` to send only to this identity. */
  hash: string | undefined;
}

/**
 * What an {@link IdentityChange} is made from.
 *
 * @inline
 */
export interface IdentityChangeInit extends UserUpdateInit {
  systemType: SystemTypeValue;
  identity: Identity | undefined;
  body: string | undefined;
}

/**
 * A user's security code changed (`customer_identity_changed`): their phone may have changed
 * hands. Only sent with the identity change check enabled on your number.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onIdentityChange((change) => console.log(change.from.waId, change.identity?.hash));
 * ```
 */
export class IdentityChange extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "identityChange" as const;
  /** The system message's type. */
  readonly systemType: SystemTypeValue;
  /** The new identity. */
  readonly identity: Identity | undefined;
  /** WhatsApp's description of the change. */
  readonly body: string | undefined;

  constructor(init: IdentityChangeInit) {
    super(init);
    this.systemType = init.systemType;
    this.identity = init.identity;
    this.body = init.body;
  }
}
