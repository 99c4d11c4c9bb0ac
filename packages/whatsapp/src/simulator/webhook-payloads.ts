import { randomBytes } from "node:crypto";

/** The business and user a simulated webhook is about. Every field has a default. */
export interface SimulatedParties {
  /** The user's WhatsApp id (their phone number, digits only). Default `"16505551234"`. */
  from?: string | undefined;
  /** The user's profile name. Default `"Ada"`. */
  name?: string | undefined;
  /** The business phone number id the webhook is for. Default `"106540352242922"`. */
  phoneId?: string | undefined;
  /** The business phone number as displayed. Default `"15550783881"`. */
  displayPhoneNumber?: string | undefined;
  /** The WhatsApp Business Account id of the entry. Default `"102290129340398"`. */
  businessAccountId?: string | undefined;
}

/** A webhook body as WhatsApp posts it: one entry with one change of the `messages` field. */
export interface SimulatedWebhookBody {
  /** Always `"whatsapp_business_account"`. */
  object: "whatsapp_business_account";
  /** One entry for the business account, with one change. */
  entry: SimulatedWebhookEntry[];
}

/** An entry of a {@link SimulatedWebhookBody}: the business account and its changes. */
export interface SimulatedWebhookEntry {
  /** The WhatsApp Business Account id. */
  id: string;
  /** The changes, each of the `messages` field. */
  changes: SimulatedWebhookChange[];
}

/** A change of a {@link SimulatedWebhookEntry}. */
export interface SimulatedWebhookChange {
  /** The webhook field: `messages` for messages and statuses. */
  field: "messages";
  /** The change: `messaging_product`, `metadata`, and `contacts` + `messages` or `statuses`. */
  value: Record<string, unknown>;
}

/** {@link SimulatedParties} with every field filled in. */
export type ResolvedParties = Required<{ [K in keyof SimulatedParties]: string }>;

const defaults: ResolvedParties = {
  from: "16505551234",
  name: "Ada",
  phoneId: "106540352242922",
  displayPhoneNumber: "15550783881",
  businessAccountId: "102290129340398",
};

/** The parties of a webhook: the defaults, overridden by each layer's defined fields in turn. */
export function resolveParties(...layers: SimulatedParties[]): ResolvedParties {
  const resolved = { ...defaults };
  for (const layer of layers) {
    for (const key of Object.keys(defaults) as (keyof ResolvedParties)[]) {
      const value = layer[key];
      if (value !== undefined) resolved[key] = value;
    }
  }
  return resolved;
}

/** A message id shaped as WhatsApp's: `wamid.` and base64. */
export function simulatedMessageId(): string {
  return `wamid.${randomBytes(30).toString("base64")}`;
}

/** Seconds since the epoch as a string, as webhooks carry timestamps. */
const timestamp = () => String(Math.floor(Date.now() / 1000));

function envelope(p: ResolvedParties, value: Record<string, unknown>): SimulatedWebhookBody {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: p.businessAccountId,
        changes: [
          {
            field: "messages",
            value: {
              messaging_product: "whatsapp",
              metadata: { display_phone_number: p.displayPhoneNumber, phone_number_id: p.phoneId },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/**
 * The webhook of a message a user sent: the `contacts` of the sender and one item of
 * `messages` with `from`, `id`, `timestamp` and `type`; `content` is the rest (the `text`,
 * `image` or `interactive` object, and a `context` when it answers a message).
 */
export function userMessageWebhook(
  parties: ResolvedParties,
  type: string,
  content: Record<string, unknown>,
): SimulatedWebhookBody {
  const { from, name } = parties;
  return envelope(parties, {
    contacts: [{ profile: { name }, wa_id: from }],
    messages: [{ from, id: simulatedMessageId(), timestamp: timestamp(), type, ...content }],
  });
}

/** The webhook of a status of a message the business sent (`sent`, `delivered`, `read`, `failed`). */
export function statusWebhook(
  parties: ResolvedParties,
  status: string,
  messageId: string,
): SimulatedWebhookBody {
  const conversation = { id: randomBytes(16).toString("hex"), origin: { type: "service" } };
  return envelope(parties, {
    statuses: [
      {
        id: messageId,
        status,
        timestamp: timestamp(),
        recipient_id: parties.from,
        ...(status === "failed"
          ? {
              errors: [
                {
                  code: 131026,
                  title: "Message undeliverable",
                  message: "Message undeliverable",
                  error_data: { details: "simulated: the message could not be delivered" },
                },
              ],
            }
          : {
              conversation,
              // Per-message pricing (since July 2025): a reply within 24 h is free service.
              pricing: {
                billable: false,
                pricing_model: "PMP",
                category: "service",
                type: "free_customer_service",
              },
            }),
      },
    ],
  });
}
