import { UserUpdate } from "./user-update.js";

/**
 * A user opened a chat with your business for the first time (a `request_welcome` message):
 * a good moment for a welcome message. pywa delivers it as a `Message` of that type.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
 * wa.onChatOpened((chat) => chat.reply("Welcome! How can we help?"));
 * ```
 */
export class ChatOpened extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "chatOpened" as const;
}
