import type { GraphClient, RequestOptions } from "@tswa/core";
import { z } from "zod";

const sentSchema = z.looseObject({
  contacts: z
    .array(z.looseObject({ input: z.string().optional(), wa_id: z.string().optional() }))
    .optional(),
  messages: z
    .array(z.looseObject({ id: z.string(), message_status: z.string().optional() }))
    .min(1),
});

/** A message WhatsApp accepted for delivery. */
export interface SentMessage {
  /** The message id (wamid); statuses and replies refer to it. */
  id: string;
  /** The recipient as you gave it. */
  to: string;
  /** The recipient's WhatsApp id as Graph resolved it. */
  waId: string | undefined;
}

/**
 * Posts a message body to `/{phoneId}/messages`. Never retried once it may have reached Graph
 * (a repeat could deliver the message twice), unless Graph marks the error transient.
 */
export async function postMessage(
  graph: GraphClient,
  phoneId: string,
  body: Record<string, unknown>,
  call: RequestOptions = {},
): Promise<SentMessage> {
  const answer = await graph.request({
    method: "POST",
    path: `${encodeURIComponent(phoneId)}/messages`,
    json: body,
    schema: sentSchema,
    signal: call.signal,
    timeout: call.timeout,
    deadline: call.deadline,
  });
  const contact = answer.contacts?.[0];
  return {
    id: answer.messages[0]?.id as string,
    to: String(body.to),
    waId: contact?.wa_id,
  };
}
