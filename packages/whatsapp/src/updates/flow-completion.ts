import type { UpdateMetadata, UpdateSource, WhatsAppUser } from "./common.js";
import type { ReplyContext } from "./message.js";

/**
 * What a {@link FlowCompletion} is made from.
 *
 * @inline
 */
export interface FlowCompletionInit extends UpdateSource {
  id: string;
  from: WhatsAppUser;
  timestamp: Date;
  metadata: UpdateMetadata;
  context: ReplyContext | undefined;
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
 *   console.log(`flow ${flow.flowToken} done by ${flow.from.waId}:`, flow.response);
 * });
 * ```
 */
export class FlowCompletion {
  /** Discriminates update kinds. */
  readonly kind = "flowCompletion" as const;
  /** The message id (wamid) of the completion. */
  readonly id: string;
  /** The user who completed the flow. */
  readonly from: WhatsAppUser;
  /** When the flow was completed. */
  readonly timestamp: Date;
  /** Which of your numbers the flow was sent from. */
  readonly metadata: UpdateMetadata;
  /** The flow message this completes (its wamid is `context.messageId`). */
  readonly context: ReplyContext | undefined;
  /** The text WhatsApp shows for the reply (usually "Sent"). */
  readonly body: string;
  /** The flow token the flow was sent with; some iOS clients omit it. */
  readonly flowToken: string | undefined;
  /** The completion payload, without `flow_token`. */
  readonly response: Readonly<Record<string, unknown>>;
  /** The WhatsApp Business Account id. */
  readonly wabaId: string;
  /** The change's `value` as received. */
  readonly raw: Readonly<Record<string, unknown>>;

  constructor(init: FlowCompletionInit) {
    this.id = init.id;
    this.from = init.from;
    this.timestamp = init.timestamp;
    this.metadata = init.metadata;
    this.context = init.context;
    this.body = init.body;
    this.flowToken = init.flowToken;
    this.response = init.response;
    this.wabaId = init.wabaId;
    this.raw = init.raw;
  }
}
