// Const objects plus union types: `FlowStatus.DRAFT` and `"DRAFT"` are the same value, and a
// value Graph adds later arrives as a plain string instead of failing the parse.
// (`string & {}` keeps editor completion for the known values.)

/**
 * The status of a flow.
 *
 * - `DRAFT`: the initial status; can be sent only with `mode: "draft"`, for testing.
 * - `PUBLISHED`: can be sent to customers. Editing it (JSON or metadata) makes a new draft while
 *   the published version stays sendable.
 * - `DEPRECATED`: retired by you; cannot be sent or opened, deleted or deprecated again.
 * - `BLOCKED`: health monitoring found the endpoint unhealthy; cannot be sent or opened until
 *   the endpoint is fixed.
 * - `THROTTLED`: health monitoring found the endpoint unhealthy; at most 10 messages an hour.
 */
export const FlowStatus = {
  DRAFT: "DRAFT",
  PUBLISHED: "PUBLISHED",
  DEPRECATED: "DEPRECATED",
  BLOCKED: "BLOCKED",
  THROTTLED: "THROTTLED",
} as const;

/** A {@link FlowStatus} value, or another string Graph may send. */
export type FlowStatus = (typeof FlowStatus)[keyof typeof FlowStatus] | (string & {});

/** The categories a flow is filed under (at least one is required when creating a flow). */
export const FlowCategory = {
  SIGN_UP: "SIGN_UP",
  SIGN_IN: "SIGN_IN",
  APPOINTMENT_BOOKING: "APPOINTMENT_BOOKING",
  LEAD_GENERATION: "LEAD_GENERATION",
  CONTACT_US: "CONTACT_US",
  CUSTOMER_SUPPORT: "CUSTOMER_SUPPORT",
  SURVEY: "SURVEY",
  OTHER: "OTHER",
} as const;

/** A {@link FlowCategory} value, or another string Graph may send or accept. */
export type FlowCategory = (typeof FlowCategory)[keyof typeof FlowCategory] | (string & {});

/**
 * The endpoint metrics of a flow (see `getFlowMetrics`).
 *
 * - `ENDPOINT_REQUEST_COUNT`: requests sent to the endpoint.
 * - `ENDPOINT_REQUEST_ERROR`: failed requests, by error type (`timeout_error`,
 *   `unexpected_http_status_code`, `cannot_be_served`, `no_http_response_error`).
 * - `ENDPOINT_REQUEST_ERROR_RATE`: the share of failed requests.
 * - `ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL`: requests by latency, rounded up to whole seconds
 *   (keys `"1"` to `"10"` and `"10+"`).
 * - `ENDPOINT_AVAILABILITY`: health checks that `succeeded` and `failed`.
 */
export const FlowMetricName = {
  ENDPOINT_REQUEST_COUNT: "ENDPOINT_REQUEST_COUNT",
  ENDPOINT_REQUEST_ERROR: "ENDPOINT_REQUEST_ERROR",
  ENDPOINT_REQUEST_ERROR_RATE: "ENDPOINT_REQUEST_ERROR_RATE",
  ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL: "ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL",
  ENDPOINT_AVAILABILITY: "ENDPOINT_AVAILABILITY",
} as const;

/** A {@link FlowMetricName} value, or another string Graph may send or accept. */
export type FlowMetricName = (typeof FlowMetricName)[keyof typeof FlowMetricName] | (string & {});

/**
 * The time step of a flow metric. Without `since`, Graph starts 90 days back for `DAY` and 30
 * days back for `HOUR`.
 */
export const FlowMetricGranularity = {
  DAY: "DAY",
  HOUR: "HOUR",
  LIFETIME: "LIFETIME",
} as const;

/** A {@link FlowMetricGranularity} value, or another string Graph may send or accept. */
export type FlowMetricGranularity =
  | (typeof FlowMetricGranularity)[keyof typeof FlowMetricGranularity]
  | (string & {});

/**
 * Whether a flow (or an entity it depends on) can be sent, in its `healthStatus`:
 * `AVAILABLE`, `LIMITED` (for example THROTTLED) or `BLOCKED`.
 */
export const FlowHealthAvailability = {
  AVAILABLE: "AVAILABLE",
  LIMITED: "LIMITED",
  BLOCKED: "BLOCKED",
} as const;

/** A {@link FlowHealthAvailability} value, or another string Graph may send. */
export type FlowHealthAvailability =
  | (typeof FlowHealthAvailability)[keyof typeof FlowHealthAvailability]
  | (string & {});

/** The kind of entity a health status entry is about: the flow, its WABA, business or app. */
export const FlowHealthEntityType = {
  FLOW: "FLOW",
  WABA: "WABA",
  BUSINESS: "BUSINESS",
  APP: "APP",
} as const;

/** A {@link FlowHealthEntityType} value, or another string Graph may send. */
export type FlowHealthEntityType =
  | (typeof FlowHealthEntityType)[keyof typeof FlowHealthEntityType]
  | (string & {});

/**
 * Whether the uploaded business public key is signed and matches the number: `VALID`, or
 * `MISMATCH` (upload it again).
 */
export const BusinessPublicKeySignatureStatus = {
  VALID: "VALID",
  MISMATCH: "MISMATCH",
} as const;

/** A {@link BusinessPublicKeySignatureStatus} value, or another string Graph may send. */
export type BusinessPublicKeySignatureStatus =
  | (typeof BusinessPublicKeySignatureStatus)[keyof typeof BusinessPublicKeySignatureStatus]
  | (string & {});
