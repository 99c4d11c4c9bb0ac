import type { KeyObject } from "node:crypto";
import { z } from "zod";
import { WhatsAppConfigurationError } from "../errors.js";
import type { GraphClient } from "../graph/client.js";
import { listGraph } from "../graph/list.js";
import type { GraphPagePromise } from "../graph/pagination.js";
import { FlowDetails } from "./details.js";
import { flowFieldsQuery } from "./fields.js";
import { type FlowJsonInput, readFlowJson } from "./flow-json-input.js";
import { flowMetricField, flowMetricSchema } from "./metrics.js";
import type {
  CreateFlowOptions,
  FlowsApiDefaults,
  GetFlowMetricsOptions,
  GetFlowOptions,
  GetFlowPreviewOptions,
  GetFlowsOptions,
  MigrateFlowsOptions,
  PhoneOptions,
  UpdateFlowMetadataOptions,
} from "./options.js";
import type { FlowPreview } from "./preview.js";
import { businessPublicKeySchema, toPublicKeyPem } from "./public-key.js";
import {
  assetSchema,
  createdFlowSchema,
  flowSchema,
  jsonUpdateSchema,
  migrateSchema,
  previewSchema,
  successSchema,
  toAsset,
  toPreview,
} from "./schemas.js";
import type {
  BusinessPublicKey,
  CreatedFlow,
  FlowAsset,
  FlowJsonUpdateResult,
  FlowMetric,
  MigrateFlowsResult,
  PageOptions,
  RequestOptions,
} from "./types.js";

const call = (options: RequestOptions | undefined) => ({
  signal: options?.signal,
  timeout: options?.timeout,
  deadline: options?.deadline,
});

const previewFieldSchema = z.looseObject({ preview: previewSchema });

/** Checks an id: Graph ids are strings (they pass 2^53), never empty. */
function requireId(value: string, option: string, method: string): string {
  if (typeof value !== "string" || value === "") {
    throw new TypeError(`${method}: ${option} must be a non-empty string`);
  }
  return value;
}

/** An id as a path segment. */
const segment = (value: string, option: string, method: string) =>
  encodeURIComponent(requireId(value, option, method));

/**
 * Flow management through the Graph API: create, upload JSON, publish, deprecate, delete, list,
 * metrics, migration, and the business public key. The `tswa` facade (`wa.createFlow()`…)
 * forwards to it; use it alone with a {@link GraphClient} when you need no facade.
 *
 * @example
 * ```ts
 * import { FlowCategory, FlowsApi, GraphClient } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const flows = new FlowsApi(graph, { businessAccountId: "102290129340398" });
 * const created = await flows.createFlow({ name: "Feedback", categories: [FlowCategory.SURVEY] });
 * const result = await flows.updateFlowJson(created.id, "./feedback.flow.json");
 * for (const e of result.validationErrors) console.warn(e.message, e.pointers[0]?.path);
 * ```
 */
export class FlowsApi {
  /** The Graph client every call goes through. */
  readonly graph: GraphClient;
  readonly #defaults: FlowsApiDefaults;

  constructor(graph: GraphClient, defaults: FlowsApiDefaults = {}) {
    this.graph = graph;
    this.#defaults = { ...defaults };
  }

  /**
   * Creates a flow (in DRAFT unless `publish` is set with valid `flowJson`), or clones one.
   *
   * @returns The new flow's id and the validation errors of `flowJson`, if any.
   * @throws {@link FlowBlockedByIntegrity} when integrity checks forbid creating flows;
   *   {@link WhatsAppConfigurationError} when no `businessAccountId` is known.
   * @example
   * ```ts
   * import { FlowCategory, type FlowsApi } from "@tswa/core";
   *
   * declare const flows: FlowsApi;
   * const { id, validationErrors } = await flows.createFlow({
   *   name: "Feedback",
   *   categories: [FlowCategory.SURVEY, FlowCategory.OTHER],
   *   flowJson: { version: "7.1", screens: [] },
   *   publish: true,
   * });
   * ```
   */
  async createFlow(options: CreateFlowOptions): Promise<CreatedFlow> {
    const waba = this.#waba(options.businessAccountId, "createFlow");
    if (typeof options.name !== "string" || options.name === "") {
      throw new TypeError("createFlow: name must be a non-empty string");
    }
    if (!Array.isArray(options.categories) || options.categories.length === 0) {
      throw new TypeError("createFlow: categories must list at least one FlowCategory");
    }
    const flowJson =
      options.flowJson === undefined
        ? undefined
        : await readFlowJson(options.flowJson, "createFlow");
    return this.graph.request({
      method: "POST",
      path: `${waba}/flows`,
      json: {
        name: options.name,
        categories: options.categories,
        clone_flow_id: options.cloneFlowId,
        endpoint_uri: options.endpointUri,
        flow_json: flowJson,
        publish: options.publish,
      },
      schema: createdFlowSchema,
      ...call(options),
    });
  }

  /**
   * Fetches a flow with every field (or the `fields` you name; `id`, `name`, `status`,
   * `categories` and `validationErrors` always come).
   *
   * @example
   * ```ts
   * import type { FlowsApi } from "@tswa/core";
   *
   * declare const flows: FlowsApi;
   * const flow = await flows.getFlow("1234567890", { phoneNumberId: "109876543210" });
   * console.log(flow.status, flow.healthStatus?.canSendMessage);
   * ```
   */
  async getFlow(flowId: string, options: GetFlowOptions = {}): Promise<FlowDetails> {
    const raw = await this.graph.request({
      method: "GET",
      path: segment(flowId, "flowId", "getFlow"),
      query: { fields: flowFieldsQuery(options) },
      schema: flowSchema,
      ...call(options),
    });
    return new FlowDetails(this, raw, options);
  }

  /**
   * Lists the flows of a WhatsApp Business Account, with the same fields as {@link getFlow}.
   * Await it for the first page, or iterate every flow with `for await`.
   *
   * @throws {@link WhatsAppConfigurationError} at once when no `businessAccountId` is known.
   *
   * @example
   * ```ts
   * import type { FlowsApi } from "@tswa/core";
   *
   * declare const flows: FlowsApi;
   * for await (const flow of flows.getFlows({ limit: 50 })) console.log(flow.id, flow.name);
   * ```
   */
  getFlows(options: GetFlowsOptions = {}): GraphPagePromise<FlowDetails> {
    const waba = this.#waba(options.businessAccountId, "getFlows");
    return listGraph(this.graph, {
      path: `${waba}/flows`,
      query: {
        fields: flowFieldsQuery(options),
        limit: options.limit,
        after: options.after,
        before: options.before,
      },
      item: flowSchema,
      map: (raw) => new FlowDetails(this, raw, options),
      ...call(options),
    });
  }

  /**
   * Changes a flow's name, categories, endpoint URL or linked app. On a published flow this
   * makes a new draft; the published version stays sendable.
   *
   * @returns Whether Graph reported success.
   */
  async updateFlowMetadata(flowId: string, options: UpdateFlowMetadataOptions): Promise<boolean> {
    const path = segment(flowId, "flowId", "updateFlowMetadata");
    const { name, categories, endpointUri, applicationId } = options;
    if ([name, categories, endpointUri, applicationId].every((v) => v === undefined)) {
      throw new TypeError(
        "updateFlowMetadata: pass at least one of name, categories, endpointUri, applicationId",
      );
    }
    const body = await this.graph.request({
      method: "POST",
      path,
      json: { name, categories, endpoint_uri: endpointUri, application_id: applicationId },
      schema: successSchema,
      ...call(options),
    });
    return body.success;
  }

  /**
   * Uploads a flow's JSON (`flow.json`, multipart, at most 10 MB), from an object, JSON text, a
   * file path or `file:` URL, bytes, or a stream.
   *
   * @returns Whether Graph took the file, and the validation errors it found in it.
   * @throws {@link FlowJsonInputError} when the input cannot be read or passes 10 MB;
   *   {@link FlowUpdatingError} when Graph cannot update the flow.
   * @example
   * ```ts
   * import type { FlowsApi } from "@tswa/core";
   *
   * declare const flows: FlowsApi;
   * const { validationErrors } = await flows.updateFlowJson("1234567890", "./flow.json");
   * for (const e of validationErrors) {
   *   console.warn(`${e.lineStart}:${e.columnStart} ${e.error}: ${e.message}`);
   * }
   * ```
   */
  async updateFlowJson(
    flowId: string,
    flowJson: FlowJsonInput,
    options?: RequestOptions,
  ): Promise<FlowJsonUpdateResult> {
    const path = `${segment(flowId, "flowId", "updateFlowJson")}/assets`;
    const text = await readFlowJson(flowJson, "updateFlowJson");
    const form = new FormData();
    form.append("file", new Blob([text], { type: "application/json" }), "flow.json");
    form.append("name", "flow.json");
    form.append("asset_type", "FLOW_JSON");
    return this.graph.request({
      method: "POST",
      path,
      form,
      schema: jsonUpdateSchema,
      ...call(options),
    });
  }

  /**
   * Publishes a DRAFT flow with no validation errors; it can then be sent to anyone.
   *
   * @throws {@link FlowPublishingError} when validation errors or publishing checks remain
   *   (endpoint, public key, app, webhook subscription…; see the error's `userMessage`).
   */
  async publishFlow(flowId: string, options?: RequestOptions): Promise<boolean> {
    return this.#action("POST", `${segment(flowId, "flowId", "publishFlow")}/publish`, options);
  }

  /**
   * Deprecates a published flow: it can no longer be sent or opened. There is no way back.
   *
   * @throws {@link FlowDeprecatingError} when the flow is not published or already deprecated.
   */
  async deprecateFlow(flowId: string, options?: RequestOptions): Promise<boolean> {
    return this.#action("POST", `${segment(flowId, "flowId", "deprecateFlow")}/deprecate`, options);
  }

  /**
   * Deletes a DRAFT flow (a published one can only be deprecated).
   *
   * @throws {@link FlowDeletingError} when the flow was published.
   */
  async deleteFlow(flowId: string, options?: RequestOptions): Promise<boolean> {
    return this.#action("DELETE", segment(flowId, "flowId", "deleteFlow"), options);
  }

  /** Lists the files attached to a flow (its Flow JSON), with temporary download links. */
  getFlowAssets(
    flowId: string,
    options?: PageOptions & RequestOptions,
  ): GraphPagePromise<FlowAsset> {
    return listGraph(this.graph, {
      path: `${segment(flowId, "flowId", "getFlowAssets")}/assets`,
      query: {
        fields: "name,asset_type,download_url",
        limit: options?.limit,
        after: options?.after,
        before: options?.before,
      },
      item: assetSchema,
      map: toAsset,
      ...call(options),
    });
  }

  /**
   * Reads an endpoint metric of a flow over time. Meta deprecated this API on 2026-04-30;
   * newer Graph versions may refuse it.
   *
   * @throws {@link FlowMetricsThresholdNotReached} when the endpoint had fewer than 250
   *   requests in the period.
   * @example
   * ```ts
   * import { FlowMetricGranularity, FlowMetricName, type FlowsApi } from "@tswa/core";
   *
   * declare const flows: FlowsApi;
   * const metric = await flows.getFlowMetrics({
   *   flowId: "1234567890",
   *   name: FlowMetricName.ENDPOINT_REQUEST_ERROR,
   *   granularity: FlowMetricGranularity.DAY,
   *   since: "2026-01-01",
   *   until: new Date(),
   * });
   * for (const point of metric.dataPoints) console.log(point.timestamp, point.data);
   * ```
   */
  async getFlowMetrics(options: GetFlowMetricsOptions): Promise<FlowMetric> {
    return this.graph.request({
      method: "GET",
      path: segment(options.flowId, "flowId", "getFlowMetrics"),
      query: { fields: flowMetricField(options) },
      schema: flowMetricSchema,
      ...call(options),
    });
  }

  /**
   * Copies flows from one WhatsApp Business Account to another of the same Meta business. The
   * copies get new ids; published flows stay published; a name that exists in the destination
   * fails for that flow only.
   *
   * @example
   * ```ts
   * import type { FlowsApi } from "@tswa/core";
   *
   * declare const flows: FlowsApi;
   * const { migratedFlows, failedFlows } = await flows.migrateFlows({
   *   sourceBusinessAccountId: "102290129340398",
   *   sourceFlowNames: ["appointment-booking", "lead-gen"],
   * });
   * ```
   */
  async migrateFlows(options: MigrateFlowsOptions): Promise<MigrateFlowsResult> {
    const destination = options.destinationBusinessAccountId ?? this.#defaults.businessAccountId;
    if (!destination) {
      throw new WhatsAppConfigurationError(
        "businessAccountId",
        "migrateFlows needs the destination WhatsApp Business Account id: pass `destinationBusinessAccountId` to the call or `businessAccountId` to the client",
      );
    }
    const source = requireId(
      options.sourceBusinessAccountId,
      "sourceBusinessAccountId",
      "migrateFlows",
    );
    const names = options.sourceFlowNames;
    if (names !== undefined && (names.length === 0 || names.length > 100)) {
      throw new TypeError(
        "migrateFlows: sourceFlowNames must hold 1 to 100 names (omit it for all)",
      );
    }
    return this.graph.request({
      method: "POST",
      path: `${segment(destination, "destinationBusinessAccountId", "migrateFlows")}/migrate_flows`,
      json: { source_waba_id: source, source_flow_names: names },
      schema: migrateSchema,
      ...call(options),
    });
  }

  /**
   * Gets the web preview link of a flow, or a new one with `invalidate: true`.
   *
   * @example
   * ```ts
   * import type { FlowsApi } from "@tswa/core";
   *
   * declare const flows: FlowsApi;
   * const preview = await flows.getFlowPreview("1234567890");
   * console.log(preview.url, "until", preview.expiresAt);
   * ```
   */
  async getFlowPreview(flowId: string, options: GetFlowPreviewOptions = {}): Promise<FlowPreview> {
    const body = await this.graph.request({
      method: "GET",
      path: segment(flowId, "flowId", "getFlowPreview"),
      query: { fields: `preview.invalidate(${options.invalidate === true})` },
      schema: previewFieldSchema,
      ...call(options),
    });
    return toPreview(body.preview);
  }

  /**
   * Uploads the business public key of a phone number, which WhatsApp uses to encrypt flow
   * endpoint requests. Needed once per phone number, and again after re-registering it.
   *
   * @param publicKey - RSA-2048, as PEM or a `KeyObject`. A private key is reduced to its
   *   public half locally; only the public key is sent.
   * @example
   * ```ts
   * import { readFileSync } from "node:fs";
   * import type { FlowsApi } from "@tswa/core";
   *
   * declare const flows: FlowsApi;
   * await flows.setBusinessPublicKey(readFileSync("public.pem", "utf8"));
   * ```
   */
  async setBusinessPublicKey(
    publicKey: string | KeyObject,
    options?: PhoneOptions,
  ): Promise<boolean> {
    const phone = this.#phone(options?.phoneId, "setBusinessPublicKey");
    const pem = toPublicKeyPem(publicKey);
    const body = await this.graph.request({
      method: "POST",
      path: `${phone}/whatsapp_business_encryption`,
      form: new URLSearchParams({ business_public_key: pem }),
      schema: successSchema,
      ...call(options),
    });
    return body.success;
  }

  /**
   * Reads the business public key uploaded for a phone number and whether its signature is
   * valid.
   *
   * @returns The key, or `undefined` when none was uploaded.
   */
  async getBusinessPublicKey(options?: PhoneOptions): Promise<BusinessPublicKey | undefined> {
    const phone = this.#phone(options?.phoneId, "getBusinessPublicKey");
    return this.graph.request({
      method: "GET",
      path: `${phone}/whatsapp_business_encryption`,
      schema: businessPublicKeySchema,
      ...call(options),
    });
  }

  async #action(method: "POST" | "DELETE", path: string, options: RequestOptions | undefined) {
    const body = await this.graph.request({
      method,
      path,
      schema: successSchema,
      ...call(options),
    });
    return body.success;
  }

  #waba(value: string | undefined, method: string): string {
    const waba = value ?? this.#defaults.businessAccountId;
    if (!waba) {
      throw new WhatsAppConfigurationError(
        "businessAccountId",
        `${method} needs a WhatsApp Business Account id: pass \`businessAccountId\` to the call or to the client`,
      );
    }
    return segment(waba, "businessAccountId", method);
  }

  #phone(value: string | undefined, method: string): string {
    const phone = value ?? this.#defaults.phoneId;
    if (!phone) {
      throw new WhatsAppConfigurationError(
        "phoneId",
        `${method} needs a phone number id: pass \`phoneId\` to the call or to the client`,
      );
    }
    return segment(phone, "phoneId", method);
  }
}
