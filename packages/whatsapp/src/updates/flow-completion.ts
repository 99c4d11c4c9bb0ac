import type { ReplyToMessage } from "./message-content.js";
import { UserUpdate, type UserUpdateInit } from "./user-update.js";

/**
 * What a {@link FlowCompletion} is made from.
 *
 * @inline
 */
export interface FlowCompletionInit extends UserUpdateInit {
  replyToMessage: ReplyToMessage | undefined;
  body: string;
  flowToken: string | undefined;
  response: Record<string, unknown>;
}

/**
 * A user completed a flow (an `nfm_reply` message). `response` is the flow's completion payload
 * (`response_json`, parsed) without its `flow_token`, which is in `flowToken`.
 *
 * For endpoint flows the response holds the `params` your endpoint closed the flow with; for
 * other flows, the `complete` action's payload. Picker uploads appear as Cloud API media objects
 * (`{ id, file_name, mime_type, sha256 }`), downloaded like any media.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onFlowCompletion((flow) => {
 *   console.log(`flow ${flow.flowToken} done by ${flow.from.preferredId}:`, flow.response);
 * });
 * ```
 */
export class FlowCompletion extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "flowCompletion" as const;
  /** The flow message this completes (its wamid is `replyToMessage.messageId`). */
  readonly replyToMessage: ReplyToMessage | undefined;
  /** The text WhatsApp shows for the reply (usually "Sent"). */
  readonly body: string;
  /** The flow token the flow was sent with; some iOS clients omit it. */
  readonly flowToken: string | undefined;
  /** The completion payload, without `flow_token`. */
  readonly response: Readonly<Record<string, unknown>>;

  constructor(init: FlowCompletionInit) {
    super(init);
    this.replyToMessage = init.replyToMessage;
    this.body = init.body;
    this.flowToken = init.flowToken;
    this.response = init.response;
  }
}
