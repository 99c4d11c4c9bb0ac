/** Options of the interactive web preview, added to the preview URL by {@link FlowPreview.withParams}. */
export interface FlowPreviewParams {
  /** Run the preview in interactive mode (Graph's default is a static preview). */
  interactive?: boolean | undefined;
  /** Sent with each endpoint request; required for flows with an endpoint. */
  flowToken?: string | undefined;
  /** The first action: `data_exchange` calls the endpoint, `navigate` needs `flowActionPayload`. */
  flowAction?: "navigate" | "data_exchange" | undefined;
  /** The first screen and its data, for `flowAction: "navigate"`. */
  flowActionPayload?:
    | {
        /** The id of the first screen. */
        screen: string;
        /** The first screen's data. */
        data?: Record<string, unknown>;
      }
    | undefined;
  /** The number whose public key encrypts the endpoint requests; required with an endpoint. */
  phoneNumber?: string | undefined;
  /** Show the actions in a side panel while using the preview. */
  debug?: boolean | undefined;
}

/**
 * The web preview of a flow: a link anyone can open, valid until `expiresAt` (30 days).
 *
 * @example
 * ```ts
 * import type { FlowsApi } from "@tswa/core";
 *
 * declare const flows: FlowsApi;
 * const preview = await flows.getFlowPreview("1234567890", { invalidate: true });
 * console.log(preview.withParams({ interactive: true, flowAction: "navigate",
 *   flowActionPayload: { screen: "WELCOME" } }));
 * ```
 */
export class FlowPreview {
  /** The preview link. */
  readonly url: string;
  /** When the link stops working. */
  readonly expiresAt: Date;

  constructor(url: string, expiresAt: Date) {
    this.url = url;
    this.expiresAt = expiresAt;
  }

  /** The preview link with interactive-preview options in its query. */
  withParams(params: FlowPreviewParams): string {
    const url = new URL(this.url);
    const set = (key: string, value: string | boolean | undefined) => {
      if (value !== undefined) url.searchParams.set(key, String(value));
    };
    set("interactive", params.interactive);
    set("flow_token", params.flowToken);
    set("flow_action", params.flowAction);
    if (params.flowActionPayload !== undefined) {
      set("flow_action_payload", JSON.stringify(params.flowActionPayload));
    }
    set("phone_number", params.phoneNumber);
    set("debug", params.debug);
    return url.toString();
  }
}
