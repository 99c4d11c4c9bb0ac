import type { InteractiveAction } from "./buttons.js";
import { checkText, MessageValidationError } from "./validate.js";

/**
 * How a {@link FlowButton} opens its flow: `navigate` (on a screen of its own) or
 * `data_exchange` (asking the endpoint, an INIT request). These are the two button values of
 * the Flow JSON `FlowActionType` enum of `@tswa/flows/json`, which is assignable here.
 */
export type FlowButtonActionType = "navigate" | "data_exchange";

/** Options of {@link FlowButton}. */
export interface FlowButtonOptions {
  /** The button text (`flow_cta`): at most 30 characters, no emoji. */
  title: string;
  /** The flow to open, by id. Give this or `flowName`. */
  flowId?: string | undefined;
  /** The flow to open, by name (Cloud API only). Give this or `flowId`. */
  flowName?: string | undefined;
  /** An opaque token you get back in every request and in the completion. Default `"unused"`. */
  flowToken?: string | undefined;
  /** `navigate` (default) opens `flowActionScreen`; `data_exchange` sends INIT to your endpoint. */
  flowActionType?: FlowButtonActionType | undefined;
  /** `navigate` only: the first screen; default the flow's entry screen. */
  flowActionScreen?: string | undefined;
  /** `navigate` only: the first screen's data (a non-empty object). */
  flowActionPayload?: Record<string, unknown> | undefined;
  /** `draft` sends the draft (for testing); default `published`. */
  mode?: "draft" | "published" | undefined;
  /** The flow message version; only `"3"` exists. */
  flowMessageVersion?: "3" | undefined;
}

/**
 * The button of an interactive flow message: which flow to open, how, and with what token.
 * Pass it as `buttons` to `sendMessage` (or a media message with buttons).
 *
 * @example
 * ```ts
 * import { FlowButton, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ phoneId: "1234", token: "…" });
 * await wa.sendMessage({
 *   to: "972987654321",
 *   text: "Book your next visit",
 *   buttons: new FlowButton({
 *     title: "Book!",
 *     flowId: "123456",
 *     flowToken: "booking-42",
 *     flowActionType: "navigate",
 *     flowActionScreen: "APPOINTMENT",
 *     flowActionPayload: { department: "shopping" },
 *   }),
 * });
 * ```
 */
export class FlowButton implements InteractiveAction {
  /** Always `flow`. */
  readonly interactiveType = "flow";
  /** The button text (`flow_cta`). */
  readonly title: string;
  /** The flow to open, by id (or `undefined` when opened by name). */
  readonly flowId: string | undefined;
  /** The flow to open, by name (or `undefined` when opened by id). */
  readonly flowName: string | undefined;
  /** The token the flow's requests and completion carry (`"unused"` by default). */
  readonly flowToken: string;
  /** How the flow opens: `navigate` or `data_exchange`. */
  readonly flowActionType: FlowButtonActionType;
  /** `navigate` only: the first screen. */
  readonly flowActionScreen: string | undefined;
  /** `navigate` only: the first screen's data. */
  readonly flowActionPayload: Record<string, unknown> | undefined;
  /** `published`, or `draft` to send the draft for testing. */
  readonly mode: "draft" | "published";
  /** The flow message version, `"3"`. */
  readonly flowMessageVersion: "3";

  /**
   * @throws {@link MessageValidationError} (a `TypeError`) when the title is longer than 30
   *   characters, when neither or both of `flowId` and `flowName` are given, when a screen or
   *   payload comes with `data_exchange`, or when the payload is empty.
   */
  constructor(options: FlowButtonOptions) {
    const title = checkText("FlowButton", "title", options.title, "flowCta");
    if ((options.flowId === undefined) === (options.flowName === undefined)) {
      throw new MessageValidationError("FlowButton", "flowId", "or flowName: give exactly one");
    }
    const action = options.flowActionType ?? "navigate";
    if (
      action === "data_exchange" &&
      (options.flowActionScreen !== undefined || options.flowActionPayload !== undefined)
    ) {
      throw new MessageValidationError(
        "FlowButton",
        "flowActionScreen",
        "and flowActionPayload go with navigate; with data_exchange the endpoint's INIT answer picks the screen",
      );
    }
    if (
      options.flowActionPayload !== undefined &&
      Object.keys(options.flowActionPayload).length === 0
    ) {
      throw new MessageValidationError(
        "FlowButton",
        "flowActionPayload",
        "must not be empty (leave it out instead)",
      );
    }
    this.title = title;
    this.flowId = options.flowId;
    this.flowName = options.flowName;
    this.flowToken = options.flowToken ?? "unused";
    this.flowActionType = action;
    this.flowActionScreen = options.flowActionScreen;
    this.flowActionPayload = options.flowActionPayload;
    this.mode = options.mode ?? "published";
    this.flowMessageVersion = options.flowMessageVersion ?? "3";
  }

  /** The interactive message's `action` object. */
  toAction(): {
    /** Always `"flow"`. */
    name: "flow";
    /** The flow parameters, with Graph's snake_case keys. */
    parameters: Record<string, unknown>;
  } {
    const parameters: Record<string, unknown> = {
      flow_message_version: this.flowMessageVersion,
      flow_token: this.flowToken,
    };
    if (this.flowId !== undefined) parameters.flow_id = this.flowId;
    if (this.flowName !== undefined) parameters.flow_name = this.flowName;
    parameters.flow_cta = this.title;
    parameters.flow_action = this.flowActionType;
    parameters.mode = this.mode;
    if (this.flowActionScreen !== undefined || this.flowActionPayload !== undefined) {
      const payload: Record<string, unknown> = {};
      if (this.flowActionScreen !== undefined) payload.screen = this.flowActionScreen;
      if (this.flowActionPayload !== undefined) payload.data = this.flowActionPayload;
      parameters.flow_action_payload = payload;
    }
    return { name: "flow", parameters };
  }
}
