import type { Update } from "../updates/kinds.js";
import type { User } from "../updates/user.js";
import { type Check, check, type Guard, guard } from "./filter.js";

/** The user an update is from (or, for a status, to), when it has one. */
const userOf = (update: Update): User | undefined =>
  "from" in update && typeof update.from === "object" ? update.from : undefined;

/**
 * Passes updates from one of the users, named by BSUID (`US.1349…`), parent BSUID, username,
 * wa_id or phone number in any format (`+1 (631) 555-1234` is `16315551234`).
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * const admins = filters.fromUsers("+1 (631) 555-1234", "US.13491208655302741918");
 * wa.onMessage(filters.and(admins, filters.command("stats")), (msg) => msg.reply("…"));
 * ```
 */
export function fromUsers(...ids: readonly string[]): Check {
  if (ids.length === 0 || ids.some((id) => typeof id !== "string" || id === ""))
    throw new TypeError("filters.fromUsers: give one or more user ids or phone numbers");
  const wanted = new Set<string>();
  for (const id of ids) {
    wanted.add(id);
    // A phone number in any format: its digits are the wa_id.
    if (/^[\d\s()+.-]+$/.test(id)) wanted.add(id.replace(/\D/g, ""));
  }
  return check((update) => {
    const user = userOf(update);
    if (user === undefined) return false;
    return [user.userId, user.waId, user.parentUserId, user.username].some(
      (id) => id !== undefined && wanted.has(id),
    );
  });
}

/**
 * Passes updates from users of the given countries: two-letter codes (`"US"`, matched with the
 * BSUID's country) or calling codes (`"972"`, `"+1"`, `44`, matched with the start of the
 * wa_id).
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.fromCountries("IL", "+972"), (msg) => msg.reply("שלום!"));
 * ```
 */
export function fromCountries(...codes: readonly (string | number)[]): Check {
  if (codes.length === 0) throw new TypeError("filters.fromCountries: give one or more codes");
  const countries = new Set<string>();
  const prefixes: string[] = [];
  for (const code of codes.map(String)) {
    if (/^[a-z]{2}$/i.test(code)) countries.add(code.toUpperCase());
    else if (/^\+?\d+$/.test(code)) prefixes.push(code.replace(/^\+/, ""));
    else throw new TypeError(`filters.fromCountries: "${code}" is not a country or calling code`);
  }
  return check((update) => {
    const user = userOf(update);
    if (user === undefined) return false;
    const country = user.countryCode;
    if (country !== undefined && countries.has(country)) return true;
    const waId = user.waId;
    return waId !== undefined && prefixes.some((p) => waId.startsWith(p));
  });
}

/** Passes updates from users who hide their number behind a username (no `waId`). */
export const withoutWaId: Check = check((u) => {
  const user = userOf(u);
  return user !== undefined && user.waId === undefined;
});

/** Passes messages sent in one of the groups. */
export function fromGroups(...groupIds: readonly string[]): Guard<{ readonly groupId: string }> {
  if (groupIds.length === 0) throw new TypeError("filters.fromGroups: give one or more group ids");
  const wanted = new Set(groupIds);
  return guard((u) => "groupId" in u && typeof u.groupId === "string" && wanted.has(u.groupId));
}

/** Passes messages sent in a group chat. */
export const group: Guard<{ readonly groupId: string }> = guard(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.groupId !== undefined,
);

/** Passes messages sent in a private (one-to-one) chat. */
const private_: Check = check(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.groupId === undefined,
);

export { private_ as private };

/**
 * Passes updates sent to one of your numbers, by phone number id or by the number as shown
 * (`display_phone_number`), for apps that serve several numbers.
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.sentTo({ phoneNumberId: "1234567890" }), (msg) => msg.reply("Sales here"));
 * ```
 */
export function sentTo(to: {
  phoneNumberId?: string | undefined;
  displayPhoneNumber?: string | undefined;
}): Check {
  const { phoneNumberId, displayPhoneNumber } = to ?? {};
  if (!phoneNumberId && !displayPhoneNumber)
    throw new TypeError("filters.sentTo: give phoneNumberId or displayPhoneNumber");
  const digits = displayPhoneNumber?.replace(/\D/g, "");
  return check((u) => {
    if (!("metadata" in u) || u.metadata === undefined) return false;
    if (phoneNumberId) return u.metadata.phoneNumberId === phoneNumberId;
    return u.metadata.displayPhoneNumber?.replace(/\D/g, "") === digits;
  });
}

/** Passes the update with this id (a message's wamid, a call's id…). */
export function updateId(...ids: readonly string[]): Check {
  const wanted = new Set(ids);
  return check((u) => "id" in u && typeof u.id === "string" && wanted.has(u.id));
}

/** Passes updates of one of the WhatsApp Business Accounts. */
export function wabaId(...ids: readonly string[]): Check {
  const wanted = new Set(ids);
  return check((u) => wanted.has(u.wabaId));
}

/** Passes raw updates of one of the webhook fields (`messages`, `calls`…). */
export function webhookFields(...fields: readonly string[]): Guard<{ readonly kind: "rawUpdate" }> {
  const wanted = new Set(fields);
  return guard((u) => u.kind === "rawUpdate" && wanted.has(u.field));
}
