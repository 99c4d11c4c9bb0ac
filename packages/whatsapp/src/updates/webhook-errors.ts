import type { UpdateMetadata } from "./metadata.js";
import type { UpdateError } from "./update-error.js";
import { WabaUpdate, type WabaUpdateInit } from "./waba-update.js";

/**
 * What a {@link WebhookErrors} is made from.
 *
 * @inline
 */
export interface WebhookErrorsInit extends WabaUpdateInit {
  field: string;
  metadata: UpdateMetadata | undefined;
  errors: readonly UpdateError[];
}

/**
 * Errors WhatsApp reported for a whole change rather than a message, status or call: a
 * `value.errors` array with nothing else to attach it to (for example 130429, the rate limit
 * was hit). A tswa addition: pywa drops these.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onWebhookErrors((update) => {
 *   for (const error of update.errors) console.error(error.code, error.title, error.details);
 * });
 * ```
 */
export class WebhookErrors extends WabaUpdate {
  /** Discriminates update kinds. */
  readonly kind = "webhookErrors" as const;
  /** The webhook field, such as `messages`. */
  readonly field: string;
  /** Which of your numbers it is about, when the change says. */
  readonly metadata: UpdateMetadata | undefined;
  /** The errors. */
  readonly errors: readonly UpdateError[];

  constructor(init: WebhookErrorsInit) {
    super(init);
    this.field = init.field;
    this.metadata = init.metadata;
    this.errors = init.errors;
  }
}
