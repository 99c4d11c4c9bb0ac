import type { Recipient } from "@tswa/core";
import { isObject, type JsonRecord, optObject, optStr, ShapeError } from "./read.js";

/**
 * What a {@link User} is made from.
 *
 * @inline
 */
export interface UserInit {
  waId?: string | undefined;
  userId?: string | undefined;
  parentUserId?: string | undefined;
  username?: string | undefined;
  name?: string | undefined;
  identityKeyHash?: string | undefined;
}

/**
 * A WhatsApp user. Since 2026 a user may hide their number behind a username: then `waId` is
 * absent and `userId` (the business-scoped user id, BSUID) is how you reach them. Use
 * {@link User.preferredId} to address a message.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage((msg) => console.log(msg.from.name, msg.from.username, msg.from.preferredId));
 * ```
 */
export class User {
  /** The phone number in international format, unless the user hides it behind a username. */
  readonly waId: string | undefined;
  /** The business-scoped user id (BSUID), such as `US.13491208655302741918` (pywa's `bsuid`). */
  readonly userId: string | undefined;
  /** The parent BSUID shared across the portfolios of a managed business. */
  readonly parentUserId: string | undefined;
  /** The user's WhatsApp username, when they set one. */
  readonly username: string | undefined;
  /** The profile name. */
  readonly name: string | undefined;
  /** The identity key hash (only with the identity change check enabled on your number). */
  readonly identityKeyHash: string | undefined;

  constructor(init: UserInit) {
    this.waId = init.waId || undefined;
    this.userId = init.userId || undefined;
    this.parentUserId = init.parentUserId;
    this.username = init.username;
    this.name = init.name;
    this.identityKeyHash = init.identityKeyHash;
  }

  /** The id to send to: the phone number when known, else the BSUID. */
  get preferredId(): string {
    return (this.waId ?? this.userId) as string;
  }

  /**
   * The user as a send method's `to`: the phone number when known, else `{ userId }` (Graph's
   * `recipient` field), so a reply reaches users who hide their number.
   */
  get recipient(): Recipient {
    return this.waId ?? { userId: this.userId as string };
  }

  /** The two-letter country code of the BSUID, when there is one. */
  get countryCode(): string | undefined {
    return this.userId?.split(".")[0];
  }
}

/**
 * The user an item is about: the `contacts[]` entry matching `waId` or `userId` (or the only
 * one), completed by the ids the item itself carries.
 *
 * @throws {@link ShapeError} when neither the item nor the contacts give an id.
 */
export function userOf(
  waId: string | undefined,
  userId: string | undefined,
  contacts: readonly unknown[],
  path: string,
): User {
  const contact = findContact(waId, userId, contacts);
  const profile = contact && optObject(contact, "profile", "contacts[]");
  const user = new User({
    waId: waId ?? (contact && optStr(contact, "wa_id", "contacts[]")),
    userId: userId ?? (contact && optStr(contact, "user_id", "contacts[]")),
    parentUserId: contact && optStr(contact, "parent_user_id", "contacts[]"),
    username: profile && optStr(profile, "username", "contacts[].profile"),
    name: profile && optStr(profile, "name", "contacts[].profile"),
    identityKeyHash: contact && optStr(contact, "identity_key_hash", "contacts[]"),
  });
  if (user.waId === undefined && user.userId === undefined)
    throw new ShapeError(path, "a sender (a wa_id or a user_id)");
  return user;
}

/**
 * The user of a change that describes them in its only contact (calls, echoes): that contact,
 * else the given ids. The item's own `from`/`to` can name the business's side there.
 */
export function contactUser(
  waId: string | undefined,
  userId: string | undefined,
  contacts: readonly unknown[],
  path: string,
): User {
  return contacts.length === 1 && isObject(contacts[0])
    ? userOf(undefined, undefined, contacts, path)
    : userOf(waId, userId, contacts, path);
}

function findContact(
  waId: string | undefined,
  userId: string | undefined,
  contacts: readonly unknown[],
): JsonRecord | undefined {
  if (contacts.length === 1 && waId === undefined && userId === undefined)
    return isObject(contacts[0]) ? contacts[0] : undefined;
  for (const contact of contacts) {
    if (!isObject(contact)) continue;
    if (waId !== undefined && contact.wa_id === waId) return contact;
    if (userId !== undefined && contact.user_id === userId) return contact;
  }
  return contacts.length === 1 && isObject(contacts[0]) && contacts[0].wa_id === undefined
    ? contacts[0]
    : undefined;
}
