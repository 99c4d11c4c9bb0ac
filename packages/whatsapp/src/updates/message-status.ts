import { BaseUpdate, type BaseUpdateInit } from "./base-update.js";
import type { UpdateMetadata } from "./metadata.js";
import type { UpdateError } from "./update-error.js";
import { UserUpdate, type UserUpdateInit } from "./user-update.js";

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

/** The conversation a sent message opened or belongs to. */
export interface Conversation {
  /** The conversation id. */
  id: string;
  /** What opened it (`origin.type`), such as `service`, `utility` or `marketing`. */
  origin: string | undefined;
  /** When the conversation window ends (sent with the first status of a conversation). */
  expiration: Date | undefined;
}

/** How a sent message is priced. */
export interface Pricing {
  /** Whether the message is charged. */
  billable: boolean | undefined;
  /** The pricing model, such as `CBP` or `PMP`. */
  model: string | undefined;
  /** The pricing type (webhooks v24+), such as `regular`, `free_customer_service` or `free_entry_point`. */
  type: string | undefined;
  /** The pricing category, such as `service`, `utility` or `marketing`. */
  category: string | undefined;
}

/**
 * What a {@link MessageStatus} is made from.
 *
 * @inline
 */
export interface MessageStatusInit extends UserUpdateInit {
  status: MessageStatusValue;
  recipientId: string;
  conversation: Conversation | undefined;
  pricing: Pricing | undefined;
  errors: readonly UpdateError[];
  tracker: string | undefined;
}

/**
 * The status of a message you sent: sent, delivered, read, played or failed. `from` is the
 * recipient (pywa's `from_user`); a failed status carries the reason in `errors`.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessageStatus("failed", (status) => console.error(status.id, status.errors[0]?.details));
 * ```
 */
export class MessageStatus extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "messageStatus" as const;
  /** The new status. */
  readonly status: MessageStatusValue;
  /** The recipient's id as WhatsApp gave it (phone number, BSUID or, in a group, the group id). */
  readonly recipientId: string;
  /** The conversation the message opened or belongs to. */
  readonly conversation: Conversation | undefined;
  /** How the message is priced. */
  readonly pricing: Pricing | undefined;
  /** Why the message failed. */
  readonly errors: readonly UpdateError[];
  /** The `tracker` (`biz_opaque_callback_data`) you sent the message with. */
  readonly tracker: string | undefined;

  constructor(init: MessageStatusInit) {
    super(init);
    this.status = init.status;
    this.recipientId = init.recipientId;
    this.conversation = init.conversation;
    this.pricing = init.pricing;
    this.errors = init.errors;
    this.tracker = init.tracker;
  }
}

/**
 * What a {@link GroupMessageStatuses} is made from.
 *
 * @inline
 */
export interface GroupMessageStatusesInit extends BaseUpdateInit {
  groupId: string;
  timestamp: Date;
  metadata: UpdateMetadata;
  statuses: readonly MessageStatus[];
}

/**
 * Statuses of a message you sent to a group, one per participant (`from` of each status).
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onGroupMessageStatuses((group) => {
 *   const read = group.statuses.filter((s) => s.status === "read").length;
 *   console.log(`${read} read in ${group.groupId}`);
 * });
 * ```
 */
export class GroupMessageStatuses extends BaseUpdate {
  /** Discriminates update kinds. */
  readonly kind = "groupMessageStatuses" as const;
  /** The group's id. */
  readonly groupId: string;
  /** When the first status changed. */
  readonly timestamp: Date;
  /** Which of your numbers sent the message. */
  readonly metadata: UpdateMetadata;
  /** The statuses, one per participant. */
  readonly statuses: readonly MessageStatus[];

  constructor(init: GroupMessageStatusesInit) {
    super(init);
    this.groupId = init.groupId;
    this.timestamp = init.timestamp;
    this.metadata = init.metadata;
    this.statuses = init.statuses;
  }
}
