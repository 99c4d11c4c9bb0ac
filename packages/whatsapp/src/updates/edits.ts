import type { Message } from "./message.js";
import { UserUpdate, type UserUpdateInit } from "./user-update.js";

/**
 * What an {@link EditedMessage} or a {@link DeletedMessage} is made from.
 *
 * @inline
 */
export interface MessageEditInit extends UserUpdateInit {
  kind?: string;
  originalMessageId: string;
  message?: Message<"message" | "outgoingMessage"> | undefined;
}

/**
 * A user edited a message they sent (`edit`): `message` is the new content, `originalMessageId`
 * the message edited.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onEditedMessage((edit) => console.log(edit.originalMessageId, "is now", edit.message.text));
 * ```
 */
export class EditedMessage<
  K extends "editedMessage" | "outgoingEditedMessage" = "editedMessage",
> extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind: K;
  /** The id of the message that was edited. */
  readonly originalMessageId: string;
  /** The message's new content (its `id` is the original message's). */
  readonly message: Message<"message" | "outgoingMessage">;

  constructor(init: MessageEditInit & { message: Message<"message" | "outgoingMessage"> }) {
    super(init);
    this.kind = (init.kind ?? "editedMessage") as K;
    this.originalMessageId = init.originalMessageId;
    this.message = init.message;
  }

  /** The original message: what a reaction or a quote should point at. */
  override get messageIdToReply(): string {
    return this.originalMessageId;
  }
}

/**
 * A user deleted a message they sent (`revoke`).
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onDeletedMessage((deletion) => console.log("deleted:", deletion.originalMessageId));
 * ```
 */
export class DeletedMessage<
  K extends "deletedMessage" | "outgoingDeletedMessage" = "deletedMessage",
> extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind: K;
  /** The id of the message that was deleted. */
  readonly originalMessageId: string;

  constructor(init: MessageEditInit) {
    super(init);
    this.kind = (init.kind ?? "deletedMessage") as K;
    this.originalMessageId = init.originalMessageId;
  }
}
