import type { FlowCategory } from "./enums.js";
import type { FlowFieldsOptions } from "./fields.js";
import type { FlowJsonInput } from "./flow-json-input.js";
import type { FlowMetricQuery } from "./metrics.js";
import type { PageOptions, RequestOptions } from "./types.js";

/** The ids `FlowsApi` falls back to when a call does not name its own. */
export interface FlowsApiDefaults {
  /** The WhatsApp Business Account (WABA) id, for `createFlow`, `getFlows`, `migrateFlows`. */
  businessAccountId?: string | undefined;
  /** The phone number id, for the business public key calls. */
  phoneId?: string | undefined;
}

/** Options of `FlowsApi.createFlow`. */
export interface CreateFlowOptions extends RequestOptions {
  /** The flow's name, unique in the account (users never see it). */
  name: string;
  /** At least one category, such as `[FlowCategory.SURVEY]`. */
  categories: readonly FlowCategory[];
  /** Copy this flow (its JSON and settings) into the new one. */
  cloneFlowId?: string | undefined;
  /** The flow endpoint URL (Flow JSON 3.0 and later; leave out when cloning an older flow). */
  endpointUri?: string | undefined;
  /** The Flow JSON to start with, in any form of {@link FlowJsonInput}. */
  flowJson?: FlowJsonInput | undefined;
  /** Publish at once; works only with a valid `flowJson`. */
  publish?: boolean | undefined;
  /** The WABA to create the flow in. Default: the client's `businessAccountId`. */
  businessAccountId?: string | undefined;
}

/** Options of `FlowsApi.getFlow`. */
export interface GetFlowOptions extends FlowFieldsOptions, RequestOptions {}

/** Options of `FlowsApi.getFlows`. */
export interface GetFlowsOptions extends FlowFieldsOptions, PageOptions, RequestOptions {
  /** The WABA whose flows to list. Default: the client's `businessAccountId`. */
  businessAccountId?: string | undefined;
}

/** Options of `FlowsApi.updateFlowMetadata`: at least one of the four fields. */
export interface UpdateFlowMetadataOptions extends RequestOptions {
  /** The new name, unique in the account. */
  name?: string | undefined;
  /** The new categories (they replace the old ones; at least one). */
  categories?: readonly FlowCategory[] | undefined;
  /** The flow endpoint URL (Flow JSON 3.0 and later). */
  endpointUri?: string | undefined;
  /** The Meta app to link; every flow with an endpoint needs one. */
  applicationId?: string | undefined;
}

/** Options of `FlowsApi.getFlowMetrics`. */
export interface GetFlowMetricsOptions extends FlowMetricQuery, RequestOptions {
  /** The flow whose endpoint metrics to read. */
  flowId: string;
}

/** Options of `FlowsApi.migrateFlows`. */
export interface MigrateFlowsOptions extends RequestOptions {
  /** The WABA to copy flows from (owned by the same Meta business as the destination). */
  sourceBusinessAccountId: string;
  /** The names of the flows to copy, at most 100. Default: every flow of the source. */
  sourceFlowNames?: readonly string[] | undefined;
  /** The WABA to copy them to. Default: the client's `businessAccountId`. */
  destinationBusinessAccountId?: string | undefined;
}

/** Options of `FlowsApi.getFlowPreview`. */
export interface GetFlowPreviewOptions extends RequestOptions {
  /** Make a new link (the old one stops working). Default: false. */
  invalidate?: boolean | undefined;
}

/** Options of the business public key calls. */
export interface PhoneOptions extends RequestOptions {
  /** The phone number id. Default: the client's `phoneId`. */
  phoneId?: string | undefined;
}
