import type { MessageKind } from "../updates/message.js";
import type { Referral, ReferredProduct, ReplyToMessage } from "../updates/message-content.js";
import { type Guard, guard } from "./filter.js";

/** What {@link reply} proves. */
export interface ReplyNarrowing {
  /** The message replied to. */
  readonly replyToMessage: ReplyToMessage;
}

const replyTo = (u: object): ReplyToMessage | undefined =>
  (u as { replyToMessage?: ReplyToMessage }).replyToMessage;

/** Passes messages that reply to another message (`context`), narrowing `replyToMessage`. */
export const reply: Guard<ReplyNarrowing> = guard(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.replyToMessage !== undefined,
);

/**
 * Passes updates that answer one of the messages: a reply, a button press or list choice on
 * it, a flow completed from it (pywa's `replays_to`).
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.repliesTo("wamid.HBKHUIyNTM4NjAfiefhwojfMTNFQ0Q2MERGRjVDMUHUIGGA="), (msg) =>
 *   msg.react("👍"),
 * );
 * ```
 */
export function repliesTo(...messageIds: readonly string[]): Guard<ReplyNarrowing> {
  if (messageIds.length === 0) throw new TypeError("filters.repliesTo: give one or more ids");
  const wanted = new Set(messageIds);
  return guard((u) => {
    const to = replyTo(u);
    return to !== undefined && wanted.has(to.messageId);
  });
}

/** A reply asking about a catalog product. */
export interface ProductReply extends ReplyToMessage {
  /** The product asked about. */
  referredProduct: ReferredProduct;
}

/** Passes replies that ask about a catalog product (`context.referred_product`). */
export const hasReferredProduct: Guard<{ readonly replyToMessage: ProductReply }> = guard(
  (u) => replyTo(u)?.referredProduct !== undefined,
);

/** Passes forwarded messages. */
export const forwarded: Guard<{ readonly kind: MessageKind; readonly forwarded: true }> = guard(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.forwarded,
);

/** Passes messages forwarded many times (five hops or more). */
export const forwardedManyTimes: Guard<{
  readonly kind: MessageKind;
  readonly forwardedManyTimes: true;
}> = guard((u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.forwardedManyTimes);

/** Passes messages that came from a click-to-WhatsApp ad or post, narrowing `referral`. */
export const hasReferral: Guard<{ readonly kind: MessageKind; readonly referral: Referral }> =
  guard((u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.referral !== undefined);
