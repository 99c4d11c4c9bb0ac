import { BaseUpdate } from "./base-update.js";

/**
 * One change of a webhook, as received: every `entry[].changes[]` item becomes one, whatever
 * its field (`messages`, `flows`, `message_template_status_update`, `account_update`, …), also
 * when a typed update was made from it. Use it for fields tswa does not type yet.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onRawUpdate((update) => {
 *   if (update.field === "message_template_status_update") console.log(update.value);
 * });
 * ```
 */
export class RawUpdate extends BaseUpdate {
  /** Discriminates update kinds. */
  readonly kind = "rawUpdate" as const;
  /** The webhook field, such as `messages` or `flows`. */
  readonly field: string;
  /** The change's `value`. */
  readonly value: Readonly<Record<string, unknown>>;
  /** The entry's `time`, when present. */
  readonly timestamp: Date | undefined;
  /** The whole webhook body this change came in. */
  readonly body: Readonly<Record<string, unknown>>;

  constructor(init: {
    field: string;
    value: Record<string, unknown>;
    wabaId: string;
    timestamp: Date | undefined;
    body: Record<string, unknown>;
  }) {
    super({ wabaId: init.wabaId, raw: init.value });
    this.field = init.field;
    this.value = init.value;
    this.timestamp = init.timestamp;
    this.body = init.body;
  }
}
