import { z } from "zod";
import { contactSchema, metadataSchema, unixSeconds, userOf } from "./common.js";
import { FlowCompletion } from "./flow-completion.js";
import { Message, type UpdateError } from "./message.js";
import { MessageStatus } from "./message-status.js";

const errorSchema = z
  .looseObject({
    code: z.number(),
    title: z.string().optional(),
    message: z.string().optional(),
    error_data: z.looseObject({ details: z.string().optional() }).optional(),
  })
  .transform(
    (e): UpdateError => ({
      code: e.code,
      title: e.title,
      message: e.message,
      details: e.error_data?.details,
    }),
  );

const contextSchema = z
  .looseObject({ id: z.string().optional(), from: z.string().optional() })
  .optional()
  .transform((c) => (c?.id ? { messageId: c.id, from: c.from } : undefined));

const messageSchema = z.looseObject({
  id: z.string(),
  from: z.string(),
  timestamp: unixSeconds,
  type: z.string(),
  text: z.looseObject({ body: z.string() }).optional(),
  context: contextSchema,
  errors: z.array(errorSchema).optional(),
  interactive: z
    .looseObject({
      type: z.string(),
      nfm_reply: z
        .looseObject({ body: z.string().optional(), response_json: z.string() })
        .optional(),
    })
    .optional(),
});

const statusSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  timestamp: unixSeconds,
  recipient_id: z.string(),
  biz_opaque_callback_data: z.string().optional(),
  errors: z.array(errorSchema).optional(),
  conversation: z
    .looseObject({
      id: z.string(),
      expiration_timestamp: unixSeconds.optional(),
      origin: z.looseObject({ type: z.string().optional() }).optional(),
    })
    .optional(),
  pricing: z
    .looseObject({
      billable: z.boolean().optional(),
      pricing_model: z.string().optional(),
      category: z.string().optional(),
    })
    .optional(),
});

const valueSchema = z.looseObject({
  metadata: metadataSchema,
  contacts: z.array(contactSchema).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
});

/**
 * An item of a change that could not be read as its type; the raw update still goes out.
 *
 * @inline
 */
export interface UnreadableItem {
  /** Where in the change: `messages[0]`, `statuses[2]`, or `value`. */
  path: string;
  /** What did not match. */
  reason: string;
}

/** The typed updates of one `messages` change, and the items that could not be read. */
export function parseMessagesChange(
  value: Record<string, unknown>,
  wabaId: string,
): { updates: (Message | FlowCompletion | MessageStatus)[]; unreadable: UnreadableItem[] } {
  const updates: (Message | FlowCompletion | MessageStatus)[] = [];
  const unreadable: UnreadableItem[] = [];
  const parsed = valueSchema.safeParse(value);
  if (!parsed.success)
    return { updates, unreadable: [{ path: "value", reason: reason(parsed.error) }] };
  const { metadata, contacts } = parsed.data;

  parsed.data.messages?.forEach((item, index) => {
    const message = messageSchema.safeParse(item);
    if (!message.success) {
      unreadable.push({ path: `messages[${index}]`, reason: reason(message.error) });
      return;
    }
    const m = message.data;
    const common = {
      id: m.id,
      from: userOf(m.from, contacts),
      timestamp: m.timestamp,
      metadata,
      context: m.context,
      wabaId,
      raw: value,
    };
    const reply = m.interactive?.type === "nfm_reply" ? m.interactive.nfm_reply : undefined;
    if (reply) {
      const response = parseResponseJson(reply.response_json);
      if (!response) {
        unreadable.push({
          path: `messages[${index}].interactive.nfm_reply.response_json`,
          reason: "not a JSON object",
        });
        return;
      }
      const { flow_token: flowToken, ...rest } = response;
      updates.push(
        new FlowCompletion({
          ...common,
          body: reply.body ?? "",
          flowToken: typeof flowToken === "string" ? flowToken : undefined,
          response: rest,
        }),
      );
      return;
    }
    updates.push(
      new Message({
        ...common,
        type: m.type,
        text: m.text?.body,
        errors: m.errors ?? [],
        message: item as Record<string, unknown>,
      }),
    );
  });

  parsed.data.statuses?.forEach((item, index) => {
    const status = statusSchema.safeParse(item);
    if (!status.success) {
      unreadable.push({ path: `statuses[${index}]`, reason: reason(status.error) });
      return;
    }
    const s = status.data;
    updates.push(
      new MessageStatus({
        id: s.id,
        status: s.status,
        timestamp: s.timestamp,
        recipientId: s.recipient_id,
        metadata,
        conversation: s.conversation && {
          id: s.conversation.id,
          expiresAt: s.conversation.expiration_timestamp,
          origin: s.conversation.origin?.type,
        },
        pricing: s.pricing && {
          billable: s.pricing.billable,
          model: s.pricing.pricing_model,
          category: s.pricing.category,
        },
        errors: s.errors ?? [],
        tracker: s.biz_opaque_callback_data,
        wabaId,
        raw: value,
      }),
    );
  });
  return { updates, unreadable };
}

function parseResponseJson(text: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === "object" && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The first issue of a zod error, as `field: message`. */
export function reason(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(item)"}: ${issue.message}` : "invalid";
}
