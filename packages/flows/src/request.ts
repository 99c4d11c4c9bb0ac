import type { FlowRequestAction } from "./action.js";
import type { EncryptedFlowRequest } from "./envelope.js";
import { FlowRequestMalformed, FlowTokenNoLongerValid } from "./errors.js";
import { FlowResponse, type FlowResponseOptions } from "./response.js";

/** The `data` of a flow request: the payload of the screen's action. */
export type FlowRequestData = Record<string, unknown>;

/** Keys that mark an error notification; the docs and the client disagree on the name (spec 1.5). */
const ERROR_KEYS = ["error", "error_message", "error_key"] as const;

/**
 * A decrypted request to a flow endpoint: a screen's data exchange, the opening of a flow (INIT),
 * a back press (BACK), or an error notification from the client.
 *
 * The type parameters narrow `action` and `screen` for handlers registered on one action or
 * screen, so `onDataExchange("SURVEY", (req) => …)` sees `req.screen` as `"SURVEY"`.
 *
 * @example
 * ```ts
 * import { createFlowEndpoint } from "@tswa/flows";
 *
 * const endpoint = createFlowEndpoint({ path: "/flow", privateKey: process.env.PRIVATE_KEY ?? "" });
 * endpoint.onDataExchange("SIGN_UP", (req) =>
 *   req.respond({ screen: "WELCOME", data: { name: String(req.data.name) } }),
 * );
 * ```
 */
export class FlowRequest<
  A extends FlowRequestAction = FlowRequestAction,
  S extends string | undefined = string | undefined,
> {
  /** The Data API version of the flow (`"3.0"` or `"4.0"`). */
  readonly version: string;
  /** The flow token you sent with the flow; some iOS clients omit it. */
  readonly flowToken: string | undefined;
  /** Data API 4.0: a JWT (HS256, signed with the app secret) over the flow token. */
  readonly flowTokenSignature: string | undefined;
  /** What triggered the request. */
  readonly action: A;
  /** The screen the request came from; `undefined` for INIT and when the client sent none. */
  readonly screen: S;
  /** The data the screen sent; `{}` when the client sent none. */
  readonly data: FlowRequestData;
  /** The decrypted payload as received. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The encrypted envelope as received. */
  readonly rawEncrypted: EncryptedFlowRequest;

  /**
   * Builds a request from a decrypted payload.
   *
   * @throws {@link FlowRequestMalformed} (HTTP 400) when `action` or `version` is not a string,
   *   or `data` is not an object.
   */
  static fromPayload(
    payload: Record<string, unknown>,
    rawEncrypted: EncryptedFlowRequest,
  ): FlowRequest {
    return new FlowRequest(payload, rawEncrypted);
  }

  private constructor(payload: Record<string, unknown>, rawEncrypted: EncryptedFlowRequest) {
    const { action, version, screen, data, flow_token, flow_token_signature } = payload;
    if (typeof action !== "string") throw new FlowRequestMalformed("the payload has no action");
    if (typeof version !== "string") throw new FlowRequestMalformed("the payload has no version");
    if (data != null && (typeof data !== "object" || Array.isArray(data))) {
      throw new FlowRequestMalformed("the payload's data is not an object");
    }
    this.version = version;
    this.action = action as A;
    // INIT arrives with `"screen": ""`: no screen.
    this.screen = (typeof screen === "string" && screen !== "" ? screen : undefined) as S;
    this.data = (data ?? {}) as FlowRequestData;
    this.flowToken = typeof flow_token === "string" ? flow_token : undefined;
    this.flowTokenSignature =
      typeof flow_token_signature === "string" ? flow_token_signature : undefined;
    this.raw = payload;
    this.rawEncrypted = rawEncrypted;
  }

  /**
   * Whether this is an error notification from the client (its data carries `error`,
   * `error_message` or `error_key`). With `acknowledgeErrors` on, the endpoint answers it with
   * `{"data":{"acknowledged":true}}` and ignores what the handler returns; the handler still runs.
   */
  get hasError(): boolean {
    return ERROR_KEYS.some((key) => key in this.data);
  }

  /**
   * Creates the response to this request, with its version and flow token filled in.
   *
   * @example
   * ```ts
   * import type { FlowRequest } from "@tswa/flows";
   *
   * const handler = (req: FlowRequest) => req.respond({ screen: "SCREEN_ID", data: { key: "value" } });
   * // Close the flow; `data` goes to the completion webhook with the request's flow token:
   * const done = (req: FlowRequest) => req.respond({ closeFlow: true, data: { order: 42 } });
   * ```
   */
  respond(options: FlowResponseOptions = {}): FlowResponse {
    return new FlowResponse({
      ...options,
      version: options.version ?? this.version,
      flowToken: options.flowToken ?? this.flowToken,
    });
  }

  /**
   * Throws {@link FlowTokenNoLongerValid}: WhatsApp closes the flow, disables its button and
   * shows `errorMessage` (HTTP 427).
   *
   * @example
   * ```ts
   * import type { FlowRequest } from "@tswa/flows";
   *
   * const handler = (req: FlowRequest) => {
   *   if (req.flowToken === "v1.0") req.tokenNoLongerValid("Open the flow again to continue.");
   *   return req.respond({ screen: "START" });
   * };
   * ```
   */
  tokenNoLongerValid(errorMessage: string): never {
    throw new FlowTokenNoLongerValid(errorMessage);
  }
}
