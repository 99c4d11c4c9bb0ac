import type { ReplyToMessage } from "./message-content.js";
import { UserUpdate, type UserUpdateInit } from "./user-update.js";

/**
 * What a {@link CallbackButton} or {@link CallbackSelection} is made from.
 *
 * @inline
 */
export interface CallbackInit extends UserUpdateInit {
  type: "interactive" | "button";
  data: string;
  title: string;
  description?: string | undefined;
  replyToMessage: ReplyToMessage | undefined;
}

/**
 * A user pressed a reply button of an interactive message (`button_reply`) or a quick-reply
 * button of a template (`button`). `data` is the button's id (or the template button's payload).
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
 * wa.onCallbackButton("yes", (btn) => btn.reply("Great, booked!"));
 * ```
 */
export class CallbackButton extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "callbackButton" as const;
  /** `interactive` for a reply button, `button` for a template's quick reply. */
  readonly type: "interactive" | "button";
  /** The button's id, or the quick-reply button's payload. */
  readonly data: string;
  /** The button's title as the user saw it. */
  readonly title: string;
  /** The message whose button was pressed (absent for some quick replies). */
  readonly replyToMessage: ReplyToMessage | undefined;

  constructor(init: CallbackInit) {
    super(init);
    this.type = init.type;
    this.data = init.data;
    this.title = init.title;
    this.replyToMessage = init.replyToMessage;
  }

  /** Whether the press was of a template's quick-reply button. */
  get isQuickReply(): boolean {
    return this.type === "button";
  }
}

/**
 * A user chose a row of a list message (`list_reply`): `data` is the row's id.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
 * wa.onCallbackSelection((sel) => sel.reply(`You picked ${sel.title}`));
 * ```
 */
export class CallbackSelection extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "callbackSelection" as const;
  /** Always `interactive`. */
  readonly type = "interactive" as const;
  /** The row's id. */
  readonly data: string;
  /** The row's title. */
  readonly title: string;
  /** The row's description, when it has one. */
  readonly description: string | undefined;
  /** The list message the row was chosen from. */
  readonly replyToMessage: ReplyToMessage | undefined;

  constructor(init: CallbackInit) {
    super(init);
    this.data = init.data;
    this.title = init.title;
    this.description = init.description;
    this.replyToMessage = init.replyToMessage;
  }
}
