import type { UpdateMetadata, UpdateSource } from "./common.js";
import type { UpdateError } from "./message.js";

/** The `status` of a sent message. Statuses WhatsApp adds later arrive as plain strings. */
export const MessageStatusType = {
  /** Sent by WhatsApp's servers. */
  SENT: "sent",
  /** Delivered to the user's device. */
  DELIVERED: "delivered",
  /** Read by the user. */
  READ: "read",
  /** A voice message was played. */
  PLAYED: "played",
  /** Could not be delivered; see `errors`. */
  FAILED: "failed",
} as const;

/** One of the {@link MessageStatusType} values, or a status WhatsApp added later. */
export type MessageStatusValue =
  | (typeof MessageStatusType)[keyof typeof MessageStatusType]
  | (string & {});

/**
 * What a {@link MessageStatus} is made from.
 *
 * @inline
 */
export interface MessageStatusInit extends UpdateSource {
  id: string;
  status: MessageStatusValue;
  timestamp: Date;
  recipientId: string;
  metadata: UpdateMetadata;
  conversation:
    | {
        /** The conversation id. */
        id: string;
        /** When the conversation window ends. */
        expiresAt: Date | undefined;
        /** What opened the conversation (`origin.type`), such as `service` or `marketing`. */
        origin: string | undefined;
      }
    | undefined;
  pricing:
    | {
        /** Whether the message is charged. */
        billable: boolean | undefined;
        /** The pricing model, such as `CBP` or `PMP`. */
        model: string | undefined;
        /** The pricing category, such as `service` or `utility`. */
        category: string | undefined;
      }
    | undefined;
  errors: readonly UpdateError[];
  tracker: string | undefined;
}

/**
 * The status of a message you sent: sent, delivered, read, played or failed (`statuses` of the
 * `messages` webhook field). A failed status carries the reason in `errors`.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessageStatus((status) => {
 *   if (status.status === "failed") console.error(status.id, status.errors[0]?.details);
 * });
 * ```
 */
export class MessageStatus {
  /** Discriminates update kinds. */
  readonly kind = "messageStatus" as const;
  /** The id (wamid) of the message this status is about. */
  readonly id: string;
  /** The new status. */
  readonly status: MessageStatusValue;
  /** When the status changed. */
  readonly timestamp: Date;
  /** The recipient's WhatsApp id (or a group id). */
  readonly recipientId: string;
  /** Which of your numbers sent the message. */
  readonly metadata: UpdateMetadata;
  /** The conversation the message opened or belongs to, when sent. */
  readonly conversation: MessageStatusInit["conversation"];
  /** Pricing information, when sent. */
  readonly pricing: MessageStatusInit["pricing"];
  /** Why the message failed. */
  readonly errors: readonly UpdateError[];
  /** The `biz_opaque_callback_data` you sent the message with. */
  readonly tracker: string | undefined;
  /** The WhatsApp Business Account id. */
  readonly wabaId: string;
  /** The change's `value` as received. */
  readonly raw: Readonly<Record<string, unknown>>;

  constructor(init: MessageStatusInit) {
    this.id = init.id;
    this.status = init.status;
    this.timestamp = init.timestamp;
    this.recipientId = init.recipientId;
    this.metadata = init.metadata;
    this.conversation = init.conversation;
    this.pricing = init.pricing;
    this.errors = init.errors;
    this.tracker = init.tracker;
    this.wabaId = init.wabaId;
    this.raw = init.raw;
  }
}
