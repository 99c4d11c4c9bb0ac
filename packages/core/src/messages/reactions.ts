import { envelope, type MessageBody } from "./envelope.js";
import type { RemoveReactionOptions, SendReactionOptions } from "./options.js";
import { checkEmoji, checkId } from "./validate.js";

/** The body of `sendReaction`: one emoji on a message (an empty one removes the reaction). */
export function reactionBody(method: string, options: SendReactionOptions): MessageBody {
  return envelope(method, options, "reaction", {
    message_id: checkId(method, "messageId", options.messageId),
    emoji: options.emoji === "" ? "" : checkEmoji(method, "emoji", options.emoji),
  });
}

/** The body of `removeReaction`: an empty emoji removes the reaction. */
export function removeReactionBody(method: string, options: RemoveReactionOptions): MessageBody {
  return envelope(method, options, "reaction", {
    message_id: checkId(method, "messageId", options.messageId),
    emoji: "",
  });
}
