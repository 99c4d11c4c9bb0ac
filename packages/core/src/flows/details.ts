import type { GraphPagePromise } from "../graph/pagination.js";
import type { FlowCategory, FlowStatus } from "./enums.js";
import type { FlowFieldsOptions } from "./fields.js";
import type { FlowJsonInput } from "./flow-json-input.js";
import type { FlowsApi } from "./flows-api.js";
import type { UpdateFlowMetadataOptions } from "./options.js";
import type { FlowPreview } from "./preview.js";
import { type RawFlow, toFlowFields } from "./schemas.js";
import type {
  FacebookApplication,
  FlowAsset,
  FlowHealthStatus,
  FlowJsonUpdateResult,
  FlowValidationError,
  PageOptions,
  RequestOptions,
  WhatsAppBusinessAccount,
} from "./types.js";

/**
 * A flow as Graph described it when it was fetched, with the calls that act on it.
 *
 * A snapshot: its fields never change. Calls such as `publish()` act on the flow on Graph;
 * `refresh()` fetches it again and returns a new `FlowDetails`. Made by `getFlow` and
 * `getFlows`, bound to the client that fetched it.
 *
 * @example
 * ```ts
 * import { FlowStatus, type FlowsApi } from "@tswa/core";
 *
 * declare const flows: FlowsApi;
 * for await (const flow of flows.getFlows()) {
 *   if (flow.status === FlowStatus.DRAFT && flow.validationErrors.length === 0) {
 *     await flow.publish();
 *   }
 * }
 * ```
 */
export class FlowDetails {
  /** The flow id. */
  readonly id: string;
  /** The name you gave the flow (users never see it). */
  readonly name: string;
  /**
   * The status: `DRAFT`, `PUBLISHED`, `DEPRECATED`, `BLOCKED`, `THROTTLED`, or a newer one as a
   * string.
   */
  readonly status: FlowStatus;
  /** The categories the flow is filed under. */
  readonly categories: readonly FlowCategory[];
  /** What must be fixed before the flow can be published; empty when nothing. */
  readonly validationErrors: readonly FlowValidationError[];
  /** The Flow JSON `version` of the uploaded JSON. */
  readonly jsonVersion: string | undefined;
  /** The Data API version of the uploaded JSON (flows with an endpoint). */
  readonly dataApiVersion: string | undefined;
  /** The flow endpoint URL (`data_channel_uri` before Graph v19.0). */
  readonly endpointUri: string | undefined;
  /** The web preview link and its expiry. */
  readonly preview: FlowPreview | undefined;
  /** The WhatsApp Business Account that owns the flow. */
  readonly whatsappBusinessAccount: WhatsAppBusinessAccount | undefined;
  /** The Meta app the flow was created with. */
  readonly application: FacebookApplication | undefined;
  /** Whether the flow can be sent, overall and for each entity it depends on. */
  readonly healthStatus: FlowHealthStatus | undefined;
  /** When the flow (name, categories, endpoint, JSON…) last changed. */
  readonly updatedAt: Date | undefined;
  /** The flow object as Graph sent it. */
  readonly raw: Readonly<RawFlow>;
  readonly #api: FlowsApi;
  readonly #fetchedWith: FlowFieldsOptions;

  /**
   * Made by `FlowsApi` from a Graph flow object it has checked.
   *
   * @param fetchedWith - The field options the flow was fetched with, reused by `refresh()`.
   */
  constructor(api: FlowsApi, raw: RawFlow, fetchedWith: FlowFieldsOptions = {}) {
    const fields = toFlowFields(raw);
    this.id = fields.id;
    this.name = fields.name;
    this.status = fields.status;
    this.categories = fields.categories;
    this.validationErrors = fields.validationErrors;
    this.jsonVersion = fields.jsonVersion;
    this.dataApiVersion = fields.dataApiVersion;
    this.endpointUri = fields.endpointUri;
    this.preview = fields.preview;
    this.whatsappBusinessAccount = fields.whatsappBusinessAccount;
    this.application = fields.application;
    this.healthStatus = fields.healthStatus;
    this.updatedAt = fields.updatedAt;
    this.raw = raw;
    this.#api = api;
    this.#fetchedWith = { fields: fetchedWith.fields, phoneNumberId: fetchedWith.phoneNumberId };
  }

  /**
   * Publishes this flow (from DRAFT, with no validation errors): it can then be sent to anyone.
   *
   * @returns Whether Graph reported success.
   * @throws {@link FlowPublishingError} when validation errors or publishing checks remain.
   */
  publish(options?: RequestOptions): Promise<boolean> {
    return this.#api.publishFlow(this.id, options);
  }

  /**
   * Deletes this flow; only a DRAFT flow can be deleted.
   *
   * @throws {@link FlowDeletingError} when the flow was published.
   */
  delete(options?: RequestOptions): Promise<boolean> {
    return this.#api.deleteFlow(this.id, options);
  }

  /**
   * Deprecates this published flow: it can no longer be sent or opened. There is no way back.
   *
   * @throws {@link FlowDeprecatingError} when the flow is not published or already deprecated.
   */
  deprecate(options?: RequestOptions): Promise<boolean> {
    return this.#api.deprecateFlow(this.id, options);
  }

  /** Lists the files attached to this flow (its Flow JSON), with temporary download links. */
  getAssets(options?: PageOptions & RequestOptions): GraphPagePromise<FlowAsset> {
    return this.#api.getFlowAssets(this.id, options);
  }

  /**
   * Changes this flow's name, categories, endpoint or app (at least one).
   *
   * @example
   * ```ts
   * import { FlowCategory, type FlowDetails } from "@tswa/core";
   *
   * declare const flow: FlowDetails;
   * await flow.updateMetadata({
   *   name: "Feedback",
   *   categories: [FlowCategory.SURVEY, FlowCategory.OTHER],
   *   endpointUri: "https://my-api-server/feedback_flow",
   * });
   * ```
   */
  updateMetadata(options: UpdateFlowMetadataOptions): Promise<boolean> {
    return this.#api.updateFlowMetadata(this.id, options);
  }

  /**
   * Uploads new Flow JSON for this flow (see {@link FlowJsonInput} for the forms it takes).
   *
   * @returns Whether Graph took the file, and the validation errors it found in it.
   */
  updateJson(flowJson: FlowJsonInput, options?: RequestOptions): Promise<FlowJsonUpdateResult> {
    return this.#api.updateFlowJson(this.id, flowJson, options);
  }

  /**
   * Fetches this flow again, with the same fields, and returns the new snapshot (this one is
   * left as it was).
   */
  refresh(options?: RequestOptions): Promise<FlowDetails> {
    return this.#api.getFlow(this.id, { ...this.#fetchedWith, ...options });
  }
}
