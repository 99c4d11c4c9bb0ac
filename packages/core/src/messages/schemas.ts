import { z } from "zod";

/** The answer to a sent message: the resolved contact and the new message's id. */
export const sentMessageSchema = z.looseObject({
  contacts: z
    .array(
      z.looseObject({
        input: z.string().optional(),
        wa_id: z.string().optional(),
        user_id: z.string().optional(),
      }),
    )
    .optional(),
  messages: z
    .array(z.looseObject({ id: z.string(), message_status: z.string().optional() }))
    .min(1),
});

/** The answer to a sent message, as Graph returns it (fields tswa reads; others pass through). */
export interface RawSentMessage {
  /** The recipient as resolved: what you sent (`input`), the `wa_id` or the `user_id`. */
  contacts?:
    | {
        /** The recipient as given. */
        input?: string | undefined;
        /** The user's WhatsApp id. */
        wa_id?: string | undefined;
        /** The user's business-scoped user id. */
        user_id?: string | undefined;
      }[]
    | undefined;
  /** The new message: its id and, for some sends, its status. */
  messages: {
    /** The wamid. */
    id: string;
    /** Such as `accepted` or `held_for_quality_assessment`. */
    message_status?: string | undefined;
  }[];
}

/** The answer of read receipts and typing indicators. */
export const successSchema = z.looseObject({ success: z.boolean() });
