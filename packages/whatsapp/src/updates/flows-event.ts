import { WabaUpdate, type WabaUpdateInit } from "./waba-update.js";

/** The `event` of a `flows` webhook (spec 4.4). Events Meta adds later arrive as plain strings. */
export const FlowsEventType = {
  /** The flow's status changed (published, throttled, blocked, deprecated…). */
  FLOW_STATUS_CHANGE: "FLOW_STATUS_CHANGE",
  /** The endpoint's error rate crossed an alert threshold. */
  ENDPOINT_ERROR_RATE: "ENDPOINT_ERROR_RATE",
  /** The endpoint's latency crossed an alert threshold. */
  ENDPOINT_LATENCY: "ENDPOINT_LATENCY",
  /** The endpoint's availability fell below an alert threshold. */
  ENDPOINT_AVAILABILITY: "ENDPOINT_AVAILABILITY",
  /** The error rate seen by WhatsApp clients crossed an alert threshold. */
  CLIENT_ERROR_RATE: "CLIENT_ERROR_RATE",
  /** The flow's Flow JSON version will soon stop being supported. */
  FLOW_VERSION_EXPIRY_WARNING: "FLOW_VERSION_EXPIRY_WARNING",
} as const;

/** One of the {@link FlowsEventType} values, or an event Meta added later. */
export type FlowsEventTypeValue =
  | (typeof FlowsEventType)[keyof typeof FlowsEventType]
  | (string & {});

/** One error type in an error-rate alert. */
export interface FlowsEventErrorRate {
  /** Such as `timeout_error` or `public-key-missing`. */
  errorType: string;
  /** Percent of requests. */
  errorRate: number | undefined;
  /** Number of requests. */
  errorCount: number | undefined;
}

/**
 * What a {@link FlowsEvent} is made from.
 *
 * @inline
 */
export interface FlowsEventInit<E extends FlowsEventTypeValue> extends WabaUpdateInit {
  event: E;
  flowId: string | undefined;
  message: string | undefined;
  oldStatus: string | undefined;
  newStatus: string | undefined;
  alertState: "ACTIVATED" | "DEACTIVATED" | (string & {}) | undefined;
  threshold: number | undefined;
  errorRate: number | undefined;
  errors: readonly FlowsEventErrorRate[];
  p50Latency: number | undefined;
  p90Latency: number | undefined;
  requestsCount: number | undefined;
  availability: number | undefined;
  warning: string | undefined;
}

/**
 * A `flows` webhook event: a flow's status changed (for example to THROTTLED or BLOCKED by
 * health monitoring), an endpoint alert was activated or deactivated (error rate, latency,
 * availability, client error rate), or a Flow JSON version is about to expire (spec 4.4).
 * Which fields are set depends on `event`.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onFlowsEvent("FLOW_STATUS_CHANGE", (e) => {
 *   if (e.newStatus === "BLOCKED") console.error(`flow ${e.flowId} blocked: ${e.message}`);
 * });
 * ```
 */
export class FlowsEvent<E extends FlowsEventTypeValue = FlowsEventTypeValue> extends WabaUpdate {
  /** Discriminates update kinds. */
  readonly kind = "flowsEvent" as const;
  /** What happened. */
  readonly event: E;
  /** The flow the event is about. */
  readonly flowId: string | undefined;
  /** Meta's description of the event. */
  readonly message: string | undefined;
  /** FLOW_STATUS_CHANGE: the previous status (absent when the flow was just created). */
  readonly oldStatus: string | undefined;
  /** FLOW_STATUS_CHANGE: the new status (DRAFT, PUBLISHED, DEPRECATED, BLOCKED, THROTTLED). */
  readonly newStatus: string | undefined;
  /** Alerts: whether the alert turned on or off. */
  readonly alertState: FlowsEventInit<E>["alertState"];
  /** Alerts: the threshold crossed (percent, or ms for latency). */
  readonly threshold: number | undefined;
  /** ENDPOINT_ERROR_RATE / CLIENT_ERROR_RATE: the error rate in percent. */
  readonly errorRate: number | undefined;
  /** Error-rate alerts: the rate per error type. */
  readonly errors: readonly FlowsEventErrorRate[];
  /** ENDPOINT_LATENCY: median latency in ms. */
  readonly p50Latency: number | undefined;
  /** ENDPOINT_LATENCY: 90th percentile latency in ms. */
  readonly p90Latency: number | undefined;
  /** Alerts: the number of requests in the window. */
  readonly requestsCount: number | undefined;
  /** ENDPOINT_AVAILABILITY: availability in percent. */
  readonly availability: number | undefined;
  /** A warning Meta attached (a version about to freeze or expire). */
  readonly warning: string | undefined;

  constructor(init: FlowsEventInit<E>) {
    super(init);
    this.event = init.event;
    this.flowId = init.flowId;
    this.message = init.message;
    this.oldStatus = init.oldStatus;
    this.newStatus = init.newStatus;
    this.alertState = init.alertState;
    this.threshold = init.threshold;
    this.errorRate = init.errorRate;
    this.errors = init.errors;
    this.p50Latency = init.p50Latency;
    this.p90Latency = init.p90Latency;
    this.requestsCount = init.requestsCount;
    this.availability = init.availability;
    this.warning = init.warning;
  }
}
