/** The screen id WhatsApp reserves for closing the flow. */
const SUCCESS_SCREEN = "SUCCESS";

/** What a flow screen may receive as `data` (the screen's declared data, or completion params). */
export type FlowResponseData = Record<string, unknown>;

/** Options of {@link FlowResponse}; see {@link FlowRequest.respond} for the shortcut. */
export interface FlowResponseOptions {
  /** The Data API version; {@link FlowRequest.respond} fills in the request's. */
  version?: string | undefined;
  /** The next screen to show. Required unless `closeFlow` is true. */
  screen?: string | undefined;
  /**
   * The data for the next screen, or, with `closeFlow`, the parameters added to the completion
   * webhook's `response_json`. Defaults to `{}`.
   */
  data?: FlowResponseData | undefined;
  /** Shows `screen` again with this text in a snackbar (ignored with `closeFlow`). */
  errorMessage?: string | undefined;
  /** Closes the flow: the answer becomes the `SUCCESS` screen with the completion parameters. */
  closeFlow?: boolean | undefined;
  /** The flow token reported in the completion webhook. Required with `closeFlow`. */
  flowToken?: string | undefined;
}

/**
 * The answer to a flow request: the next screen and its data, or the closing of the flow.
 *
 * Return one from a flow handler (a plain object works too). It serializes to the JSON of spec
 * 1.6 through `toJSON()`, which is what the endpoint encrypts.
 *
 * @example
 * ```ts
 * import { FlowResponse } from "@tswa/flows";
 *
 * // Show the next screen:
 * new FlowResponse({ version: "3.0", screen: "APPOINTMENT", data: { slots: ["10:00", "11:00"] } });
 * // Close the flow; the params reach the completion webhook:
 * new FlowResponse({ version: "3.0", closeFlow: true, flowToken: "abc", data: { booked: true } });
 * ```
 */
export class FlowResponse {
  /** The Data API version, when known. */
  readonly version: string | undefined;
  /** The next screen, or `undefined` when the flow closes. */
  readonly screen: string | undefined;
  /** The screen data, or the completion parameters when the flow closes. */
  readonly data: FlowResponseData;
  /** The snackbar text shown on `screen`. */
  readonly errorMessage: string | undefined;
  /** Whether this response closes the flow. */
  readonly closeFlow: boolean;
  /** The flow token reported on completion. */
  readonly flowToken: string | undefined;

  /**
   * @throws TypeError when `screen` is missing without `closeFlow`, when `flowToken` is missing
   *   with it, or when `screen` is the reserved `SUCCESS` (use `closeFlow` instead).
   */
  constructor(options: FlowResponseOptions) {
    this.version = options.version;
    this.screen = options.screen;
    this.data = options.data ?? {};
    this.errorMessage = options.errorMessage;
    this.closeFlow = options.closeFlow ?? false;
    this.flowToken = options.flowToken;
    if (this.closeFlow) {
      if (this.flowToken === undefined) {
        throw new TypeError("FlowResponse: closeFlow needs the flowToken to report on completion");
      }
    } else if (!this.screen) {
      throw new TypeError("FlowResponse: give the next screen, or set closeFlow to end the flow");
    } else if (this.screen === SUCCESS_SCREEN) {
      throw new TypeError('FlowResponse: "SUCCESS" is reserved, set closeFlow to end the flow');
    }
  }

  /** The JSON payload WhatsApp expects (spec 1.6), before encryption. */
  toJSON(): Record<string, unknown> {
    const head = this.version === undefined ? {} : { version: this.version };
    if (this.closeFlow) {
      return {
        ...head,
        screen: SUCCESS_SCREEN,
        data: {
          extension_message_response: { params: { flow_token: this.flowToken, ...this.data } },
        },
      };
    }
    const data =
      this.errorMessage === undefined
        ? this.data
        : { ...this.data, error_message: this.errorMessage };
    return { ...head, screen: this.screen, data };
  }
}
