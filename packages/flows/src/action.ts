/**
 * What made WhatsApp call the flow endpoint (the decrypted request's `action`).
 *
 * A `const` object plus a union type: `FlowRequestActionType.DATA_EXCHANGE` and `"data_exchange"`
 * are the same value. Actions WhatsApp may add later arrive as plain strings and are not rejected.
 */
export const FlowRequestActionType = {
  /** The flow was opened from a button sent with `flow_action: "data_exchange"`. */
  INIT: "INIT",
  /** The user pressed back on a screen with `refresh_on_back: true`. */
  BACK: "BACK",
  /** A `data_exchange` action on a screen (a submit or an on-select action). */
  DATA_EXCHANGE: "data_exchange",
  /** Sent with an error when a navigate-sent flow's screen is missing from the routing model. */
  NAVIGATE: "navigate",
  /** WhatsApp's health check; answered by the SDK unless `handleHealthCheck` is off. */
  PING: "ping",
} as const;

/** One of the known {@link FlowRequestActionType} values. */
export type KnownFlowRequestAction =
  (typeof FlowRequestActionType)[keyof typeof FlowRequestActionType];

/**
 * The `action` of a flow request: a known value, or any other string WhatsApp may send.
 * (`string & {}` keeps editor completion for the known values.)
 */
export type FlowRequestAction = KnownFlowRequestAction | (string & {});
