import { FlowMediaNotFound } from "@tswa/flows";
import { type MediaObject, readFlowMedia } from "./media.js";
import type { ReplyToMessage } from "./message-content.js";
import { isObject, ShapeError } from "./read.js";
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
 * (`{ id, file_name, mime_type, sha256 }`): {@link FlowCompletion.getMedia} makes them media
 * objects that download like any media.
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

  /**
   * The file a PhotoPicker or DocumentPicker sent, from the completion's `response[key][index]`
   * (pywa's `get_media`): a media object with `download()`, `getBytes()`, `stream()` and
   * `getMediaUrl()`. The completion carries media ids, not encrypted files.
   *
   * @throws {@link FlowMediaNotFound} when the key is missing, its value is not a list, the
   *   index is past its end, or the item is not a media object.
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onFlowCompletion(async (flow) => {
   *   const photo = flow.getMedia("photo");
   *   await photo.download({ path: `/srv/claims/${photo.id}.jpg` });
   * });
   * ```
   */
  getMedia(key: string, index = 0): MediaObject {
    const value = this.response[key];
    if (value === undefined) throw new FlowMediaNotFound(key, index, "missing-key", "completion");
    if (!Array.isArray(value)) {
      throw new FlowMediaNotFound(key, index, "not-a-list", "completion");
    }
    if (!Number.isInteger(index) || index < 0 || index >= value.length) {
      throw new FlowMediaNotFound(key, index, "index-out-of-range", "completion");
    }
    const item: unknown = value[index];
    if (!isObject(item)) throw new FlowMediaNotFound(key, index, "not-media", "completion");
    try {
      return readFlowMedia(
        item,
        `response.${key}[${index}]`,
        this.boundClient,
        this.metadata.phoneNumberId,
      );
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      throw new FlowMediaNotFound(key, index, "not-media", "completion");
    }
  }
}
