// Const objects plus union types: `FlowStatus.DRAFT` and `"DRAFT"` are the same value, and a
// value Graph adds later arrives as a plain string instead of failing the parse.
// (`string & {}` keeps editor completion for the known values.)

/** The status of a flow. */
export const FlowStatus = {
  /** The initial status; can be sent only with `mode: "draft"`, for testing. */
  DRAFT: "DRAFT",
  /**
   * Can be sent to customers. Editing it (JSON or metadata) makes a new draft while the
   * published version stays sendable.
   */
  PUBLISHED: "PUBLISHED",
  /** Retired by you; cannot be sent or opened, deleted or deprecated again. */
  DEPRECATED: "DEPRECATED",
  /**
   * Health monitoring found the endpoint unhealthy; cannot be sent or opened until the endpoint
   * is fixed.
   */
  BLOCKED: "BLOCKED",
  /** Health monitoring found the endpoint unhealthy; at most 10 messages an hour. */
  THROTTLED: "THROTTLED",
} as const;

/** A {@link FlowStatus} value, or another string Graph may send. */
export type FlowStatus = (typeof FlowStatus)[keyof typeof FlowStatus] | (string & {});

/** The categories a flow is filed under (at least one is required when creating a flow). */
export const FlowCategory = {
  /** Creating an account. */
  SIGN_UP: "SIGN_UP",
  /** Signing in to an account. */
  SIGN_IN: "SIGN_IN",
  /** Booking an appointment. */
  APPOINTMENT_BOOKING: "APPOINTMENT_BOOKING",
  /** Collecting leads. */
  LEAD_GENERATION: "LEAD_GENERATION",
  /** A contact form. */
  CONTACT_US: "CONTACT_US",
  /** Customer support requests. */
  CUSTOMER_SUPPORT: "CUSTOMER_SUPPORT",
  /** Surveys and feedback. */
  SURVEY: "SURVEY",
  /** Anything else. */
  OTHER: "OTHER",
} as const;

/** A {@link FlowCategory} value, or another string Graph may send or accept. */
export type FlowCategory = (typeof FlowCategory)[keyof typeof FlowCategory] | (string & {});

/** The endpoint metrics of a flow (see `getFlowMetrics`). */
export const FlowMetricName = {
  /** Requests sent to the endpoint. */
  ENDPOINT_REQUEST_COUNT: "ENDPOINT_REQUEST_COUNT",
  /**
   * Failed requests, by error type (`timeout_error`, `unexpected_http_status_code`,
   * `cannot_be_served`, `no_http_response_error`).
   */
  ENDPOINT_REQUEST_ERROR: "ENDPOINT_REQUEST_ERROR",
  /** The share of failed requests. */
  ENDPOINT_REQUEST_ERROR_RATE: "ENDPOINT_REQUEST_ERROR_RATE",
  /** Requests by latency, rounded up to whole seconds (keys `"1"` to `"10"` and `"10+"`). */
  ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL: "ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL",
  /** Health checks that `succeeded` and `failed`. */
  ENDPOINT_AVAILABILITY: "ENDPOINT_AVAILABILITY",
} as const;

/** A {@link FlowMetricName} value, or another string Graph may send or accept. */
export type FlowMetricName = (typeof FlowMetricName)[keyof typeof FlowMetricName] | (string & {});

/**
 * The time step of a flow metric. Without `since`, Graph starts 90 days back for `DAY` and 30
 * days back for `HOUR`.
 */
export const FlowMetricGranularity = {
  /** One data point per day. */
  DAY: "DAY",
  /** One data point per hour. */
  HOUR: "HOUR",
  /** One data point for the whole period. */
  LIFETIME: "LIFETIME",
} as const;

/** A {@link FlowMetricGranularity} value, or another string Graph may send or accept. */
export type FlowMetricGranularity =
  | (typeof FlowMetricGranularity)[keyof typeof FlowMetricGranularity]
  | (string & {});

/** Whether a flow (or an entity it depends on) can be sent, in its `healthStatus`. */
export const FlowHealthAvailability = {
  /** Can be sent. */
  AVAILABLE: "AVAILABLE",
  /** Can be sent, with limits (for example a THROTTLED flow). */
  LIMITED: "LIMITED",
  /** Cannot be sent. */
  BLOCKED: "BLOCKED",
} as const;

/** A {@link FlowHealthAvailability} value, or another string Graph may send. */
export type FlowHealthAvailability =
  | (typeof FlowHealthAvailability)[keyof typeof FlowHealthAvailability]
  | (string & {});

/** The kind of entity a health status entry is about: the flow, its WABA, business or app. */
export const FlowHealthEntityType = {
  /** The flow itself. */
  FLOW: "FLOW",
  /** The WhatsApp Business Account that owns the flow. */
  WABA: "WABA",
  /** The Meta business that owns the account. */
  BUSINESS: "BUSINESS",
  /** The Meta app the flow is linked to. */
  APP: "APP",
} as const;

/** A {@link FlowHealthEntityType} value, or another string Graph may send. */
export type FlowHealthEntityType =
  | (typeof FlowHealthEntityType)[keyof typeof FlowHealthEntityType]
  | (string & {});

/** Whether the uploaded business public key is signed and matches the number. */
export const BusinessPublicKeySignatureStatus = {
  /** Signed and current: flow requests are encrypted for it. */
  VALID: "VALID",
  /** Not valid for the number (after re-registering it, for example): upload it again. */
  MISMATCH: "MISMATCH",
} as const;

/** A {@link BusinessPublicKeySignatureStatus} value, or another string Graph may send. */
export type BusinessPublicKeySignatureStatus =
  | (typeof BusinessPublicKeySignatureStatus)[keyof typeof BusinessPublicKeySignatureStatus]
  | (string & {});
