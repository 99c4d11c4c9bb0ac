import { DeletedMessage, EditedMessage, type MessageEditInit } from "./edits.js";
import { Message, type MessageInit } from "./message.js";

/**
 * A message your business sent from the WhatsApp Business app on a number that also uses the
 * Cloud API (coexistence; `smb_message_echoes`). `from` is the user it was sent to.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onOutgoingMessage((echo) => console.log(`the app sent ${echo.type} to ${echo.from.preferredId}`));
 * ```
 */
export class OutgoingMessage extends Message<"outgoingMessage"> {
  constructor(init: MessageInit<"outgoingMessage">) {
    super({ ...init, kind: "outgoingMessage" });
  }
}

/** A message your business edited in the WhatsApp Business app (coexistence echo of an `edit`). */
export class OutgoingEditedMessage extends EditedMessage<"outgoingEditedMessage"> {
  constructor(init: ConstructorParameters<typeof EditedMessage>[0]) {
    super({ ...init, kind: "outgoingEditedMessage" });
  }
}

/** A message your business deleted in the WhatsApp Business app (coexistence echo of a `revoke`). */
export class OutgoingDeletedMessage extends DeletedMessage<"outgoingDeletedMessage"> {
  constructor(init: MessageEditInit) {
    super({ ...init, kind: "outgoingDeletedMessage" });
  }
}
