import { z } from "zod";

/** Which of your phone numbers an update arrived for. */
export interface UpdateMetadata {
  /** The phone number id (the `phoneId` you send from). */
  phoneNumberId: string;
  /** The number as shown to users. */
  displayPhoneNumber: string;
}

/** The WhatsApp user an update came from. */
export interface WhatsAppUser {
  /** The user's WhatsApp id (their phone number in international format). */
  waId: string;
  /** The profile name, when WhatsApp sent one. */
  name: string | undefined;
  /** The business-scoped user id (BSUID), when WhatsApp sent one. */
  userId: string | undefined;
}

/** What every update keeps: where it came from and the change as received. */
export interface UpdateSource {
  /** The WhatsApp Business Account id (`entry[].id`). */
  wabaId: string;
  /** The change's `value` as received, untouched. */
  raw: Readonly<Record<string, unknown>>;
}

/** Numbers that Meta's samples sometimes send as strings. */
export const lenientNumber = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)])
  .transform(Number);

/** The furthest a `Date` reaches from 1970, in ms (about 275 000 years). */
const MAX_DATE_MS = 8.64e15;

/** Seconds since 1970 as a `Date`, or `undefined` when no `Date` can hold them. */
export function dateFromUnixSeconds(seconds: number): Date | undefined {
  const ms = seconds * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? new Date(ms) : undefined;
}

/**
 * A Unix timestamp in seconds (a string in Graph's payloads) as a `Date`; one out of a `Date`'s
 * range is unreadable, never an Invalid Date.
 */
export const unixSeconds = lenientNumber
  .refine((seconds) => dateFromUnixSeconds(seconds) !== undefined, "is not a readable timestamp")
  .transform((seconds) => dateFromUnixSeconds(seconds) as Date);

export const metadataSchema = z
  .looseObject({ phone_number_id: z.string(), display_phone_number: z.string() })
  .transform(
    (m): UpdateMetadata => ({
      phoneNumberId: m.phone_number_id,
      displayPhoneNumber: m.display_phone_number,
    }),
  );

export const contactSchema = z.looseObject({
  wa_id: z.string(),
  profile: z.looseObject({ name: z.string().optional() }).optional(),
  user_id: z.string().optional(),
});

/** The sender of a message, from the change's `contacts` (matched by wa_id) or the message. */
export function userOf(
  from: string,
  contacts: readonly z.infer<typeof contactSchema>[] | undefined,
): WhatsAppUser {
  const contact = contacts?.find((c) => c.wa_id === from) ?? contacts?.[0];
  return {
    waId: from,
    name: contact?.wa_id === from ? contact.profile?.name : undefined,
    userId: contact?.wa_id === from ? contact.user_id : undefined,
  };
}
