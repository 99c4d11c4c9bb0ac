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

/** The raw answer to a sent message, as Graph returns it. */
export type RawSentMessage = z.output<typeof sentMessageSchema>;

/** The answer of read receipts and typing indicators. */
export const successSchema = z.looseObject({ success: z.boolean() });
