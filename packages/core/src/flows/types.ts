import type {
  BusinessPublicKeySignatureStatus,
  FlowHealthAvailability,
  FlowHealthEntityType,
  FlowMetricGranularity,
  FlowMetricName,
} from "./enums.js";

/** Where in the uploaded Flow JSON a {@link FlowValidationError} points. */
export interface FlowValidationErrorPointer {
  /** The JSON path, such as `screens[0].layout.children[0].type`. */
  path: string;
  /** The line where the pointed-at part starts (1-based), when Graph gives one. */
  lineStart: number | undefined;
  /** The line where it ends, when Graph gives one. */
  lineEnd: number | undefined;
  /** The column where it starts (1-based), when Graph gives one. */
  columnStart: number | undefined;
  /** The column where it ends, when Graph gives one. */
  columnEnd: number | undefined;
}

/**
 * A problem Graph found in a flow's JSON or setup. Every one must be fixed before the flow can
 * be published.
 */
export interface FlowValidationError {
  /** The error code, such as `INVALID_PROPERTY_VALUE`. */
  error: string;
  /** The kind of error, such as `FLOW_JSON_ERROR` or `JSON_SCHEMA_ERROR`. */
  errorType: string;
  /** What is wrong, in English. */
  message: string;
  /** The position in the uploaded file (1-based), when Graph gives one. */
  lineStart: number | undefined;
  /** The line where the problem ends, when Graph gives one. */
  lineEnd: number | undefined;
  /** The column where the problem starts (1-based), when Graph gives one. */
  columnStart: number | undefined;
  /** The column where the problem ends, when Graph gives one. */
  columnEnd: number | undefined;
  /** The JSON paths of the problem; empty when Graph sent none. */
  pointers: FlowValidationErrorPointer[];
}

/** A file attached to a flow (today only its Flow JSON). */
export interface FlowAsset {
  /** The file name, such as `flow.json`. */
  name: string;
  /** The asset type, such as `FLOW_JSON`. */
  type: string;
  /** A temporary URL to download the file. */
  url: string;
}

/** The WhatsApp Business Account that owns a flow (the fields Graph returns by default). */
export interface WhatsAppBusinessAccount {
  /** The account id (the WABA id). */
  id: string;
  /** The account name shown in WhatsApp Manager. */
  name: string | undefined;
  /** The account's time zone id (see Meta's list of time zone ids). */
  timezoneId: string | undefined;
  /** The namespace of the account's message templates. */
  messageTemplateNamespace: string | undefined;
  /** The business type Graph reports for the account. */
  businessType: string | undefined;
}

/** The Meta app a flow is linked to (flows with an endpoint need one). */
export interface FacebookApplication {
  /** The app id. */
  id: string;
  /** The app name. */
  name: string | undefined;
  /** The app's link, as Graph returns it. */
  link: string | undefined;
}

/** One problem that limits sending, from a flow's health status. */
export interface FlowHealthError {
  /** The error code, such as `131000`. */
  errorCode: number;
  /** What limits sending, in English. */
  errorDescription: string | undefined;
  /** What to do about it, in English. */
  possibleSolution: string | undefined;
}

/** The health of one entity a flow depends on (the flow, its WABA, business, app). */
export interface FlowHealthEntity {
  /** Which kind of entity this is: `FLOW`, `WABA`, `BUSINESS` or `APP`. */
  entityType: FlowHealthEntityType;
  /** The entity's id. */
  id: string;
  /** Whether this entity lets the flow be sent: `AVAILABLE`, `LIMITED` or `BLOCKED`. */
  canSendMessage: FlowHealthAvailability;
  /** The problems that limit or block sending; empty when available. */
  errors: FlowHealthError[];
  /** Further notes Graph gives about this entity. */
  additionalInfo: string[];
}

/**
 * Whether a flow can be sent, overall and per entity. Ask with a phone number id to check the
 * flow can be sent from that number.
 */
export interface FlowHealthStatus {
  /** Whether the flow can be sent, all entities considered. */
  canSendMessage: FlowHealthAvailability;
  /** The health of each entity the flow depends on. */
  entities: FlowHealthEntity[];
}

/** The result of `createFlow`. */
export interface CreatedFlow {
  /** The id of the new flow. */
  id: string;
  /** Whether Graph reported success (`true` when it sent no `success` field, as older versions). */
  success: boolean;
  /** Problems in the Flow JSON sent with the flow; empty when none, or when none was sent. */
  validationErrors: FlowValidationError[];
}

/** The result of uploading a flow's JSON. */
export interface FlowJsonUpdateResult {
  /** Whether Graph reported success; check `validationErrors` before publishing. */
  success: boolean;
  /** Problems Graph found in the uploaded JSON; the flow cannot be published until fixed. */
  validationErrors: FlowValidationError[];
}

/** A flow copied by `migrateFlows`. */
export interface MigratedFlow {
  /** The name of the flow in the source account. */
  sourceName: string;
  /** The id of the flow in the source account. */
  sourceId: string;
  /** The id of the copy in the destination account. */
  migratedId: string;
}

/** A flow `migrateFlows` could not copy, such as one whose name exists in the destination. */
export interface FailedFlowMigration {
  /** The name of the flow in the source account. */
  sourceName: string;
  /** Graph's code for the failure, a string such as `"4233041"`. */
  errorCode: string;
  /** Why it was not copied, in English. */
  errorMessage: string;
}

/** The result of `migrateFlows`: each source flow is in one of the two lists. */
export interface MigrateFlowsResult {
  /** The flows that were copied, with their new ids. */
  migratedFlows: MigratedFlow[];
  /** The flows that were not copied, with the reason. */
  failedFlows: FailedFlowMigration[];
}

/** One value of a metric data point, such as `{ key: "timeout_error", value: 4 }`. */
export interface FlowMetricValue {
  /** What is counted, such as `timeout_error`, `succeeded` or `"10+"` (seconds). */
  key: string;
  /** The count, or the rate for `ENDPOINT_REQUEST_ERROR_RATE`. */
  value: number;
}

/** The values of a metric for one time step. */
export interface FlowMetricDataPoint {
  /** The start of the time step. */
  timestamp: Date;
  /** The values of the time step, one per key. */
  data: FlowMetricValue[];
}

/** A flow endpoint metric over time, from `getFlowMetrics`. */
export interface FlowMetric {
  /** The metric, as asked for. */
  name: FlowMetricName;
  /** The time step, as asked for. */
  granularity: FlowMetricGranularity;
  /** The values, one data point per time step, in the order Graph sends them. */
  dataPoints: FlowMetricDataPoint[];
}

/** The business public key uploaded for a phone number, from `getBusinessPublicKey`. */
export interface BusinessPublicKey {
  /** The public key, PEM (SPKI). */
  businessPublicKey: string;
  /** `VALID`, or `MISMATCH` when it must be uploaded again. */
  signatureStatus: BusinessPublicKeySignatureStatus | undefined;
}

/** Options every call takes. */
export interface RequestOptions {
  /** Aborts the call (and any retry wait). */
  signal?: AbortSignal | undefined;
  /** Overrides the client's timeout for this call, per attempt (ms). */
  timeout?: number | undefined;
  /** Overrides the client's overall deadline for this call, retries included (ms). */
  deadline?: number | undefined;
}

/** Cursor options of list calls. */
export interface PageOptions {
  /** The page size Graph should use. */
  limit?: number | undefined;
  /** Start after this cursor (from a page's `cursors.after`). */
  after?: string | undefined;
  /** Start before this cursor (from a page's `cursors.before`). */
  before?: string | undefined;
}
