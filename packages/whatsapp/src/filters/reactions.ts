import type { MessageKind } from "../updates/message.js";
import type { Reaction } from "../updates/message-content.js";
import { type Check, check, type Guard, guard } from "./filter.js";

/** A reaction that was added: it has an emoji. */
export interface AddedReaction extends Reaction {
  /** The emoji. */
  emoji: string;
}

/** What {@link reactionAdded} and {@link reactionEmojis} prove. */
export interface ReactionAddedNarrowing {
  /** Messages only. */
  readonly kind: MessageKind;
  /** The reaction, with its emoji. */
  readonly reaction: AddedReaction;
}

/** Passes reactions that were added (they carry an emoji), narrowing `reaction.emoji`. */
export const reactionAdded: Guard<ReactionAddedNarrowing> = guard(
  (u) => (u.kind === "message" || u.kind === "outgoingMessage") && u.reaction?.emoji !== undefined,
);

/** Passes reactions that were removed (no emoji). */
export const reactionRemoved: Check = check(
  (u) =>
    (u.kind === "message" || u.kind === "outgoingMessage") &&
    u.reaction !== undefined &&
    u.reaction.emoji === undefined,
);

/**
 * Passes reactions with one of the emojis.
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.reactionEmojis("👍", "❤️"), (msg) => console.log("liked", msg.reaction.messageId));
 * ```
 */
export function reactionEmojis(...emojis: readonly string[]): Guard<ReactionAddedNarrowing> {
  if (emojis.length === 0) throw new TypeError("filters.reactionEmojis: give one or more emojis");
  const wanted = new Set(emojis);
  return guard(
    (u) =>
      (u.kind === "message" || u.kind === "outgoingMessage") &&
      u.reaction?.emoji !== undefined &&
      wanted.has(u.reaction.emoji),
  );
}
