/**
 * What made WhatsApp call the flow endpoint (the decrypted request's `action`).
 *
 * A `const` object plus a union type: `FlowRequestActionType.DATA_EXCHANGE` and `"data_exchange"`
 * are the same value. Actions WhatsApp may add later arrive as plain strings and are not rejected.
 *
 * - `INIT`: the flow was opened from a button sent with `flow_action: "data_exchange"`.
 * - `BACK`: the user pressed back on a screen with `refresh_on_back: true`.
 * - `DATA_EXCHANGE`: a `data_exchange` action on a screen (a submit or an on-select action).
 * - `NAVIGATE`: sent with an error when a navigate-sent flow's screen is missing from the routing model.
 * - `PING`: WhatsApp's health check; answered by the SDK unless `handleHealthCheck` is off.
 */
export const FlowRequestActionType = {
  INIT: "INIT",
  BACK: "BACK",
  DATA_EXCHANGE: "data_exchange",
  NAVIGATE: "navigate",
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
