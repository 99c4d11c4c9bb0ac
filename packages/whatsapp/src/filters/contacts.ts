import type { Update } from "../updates/kinds.js";
import type { Message, MessageKind } from "../updates/message.js";
import { type Check, check } from "./filter.js";

const contactsMessage = (u: Update): Message<MessageKind> | undefined =>
  (u.kind === "message" || u.kind === "outgoingMessage") && u.contacts !== undefined
    ? (u as Message<MessageKind>)
    : undefined;

/**
 * Passes contacts a user shared by answering a `ContactInfoRequestButton` (the contact's
 * `origin` is `contact_request`), the way users who chat under a username give their number.
 */
export const contactInfoShared: Check = check((u) => {
  const raw = contactsMessage(u)?.message;
  if (raw === undefined) return false;
  // WhatsApp puts `origin` on the message or on its first contact.
  const first: unknown = Array.isArray(raw.contacts) ? raw.contacts[0] : undefined;
  const origin =
    raw.origin ??
    (typeof first === "object" && first !== null
      ? (first as { origin?: unknown }).origin
      : undefined);
  return origin === "contact_request";
});

/** Passes shared contacts of which at least one phone is on WhatsApp (has a `waId`). */
export const contactsHasWa: Check = check(
  (u) =>
    contactsMessage(u)?.contacts?.some((c) => c.phones.some((p) => p.waId !== undefined)) === true,
);
