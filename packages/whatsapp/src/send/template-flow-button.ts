/** Options of {@link TemplateFlowButton}. */
export interface TemplateFlowButtonOptions {
  /** The position of the flow button among the template's buttons. Default 0. */
  index?: number | undefined;
  /** The token you get back in the flow's requests and completion. Default `"unused"`. */
  flowToken?: string | undefined;
  /** The first screen's data (for templates whose flow button navigates). */
  flowActionData?: Record<string, unknown> | undefined;
}

/**
 * The parameter that fills a template's FLOW button when you send the template (spec 4.2): the
 * flow token and the first screen's data. Put it in the `components` of `wa.sendTemplate`.
 *
 * @example
 * ```ts
 * import { TemplateFlowButton, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ phoneId: "1234", token: "…" });
 * await wa.sendTemplate({
 *   to: "972987654321",
 *   name: "book_appointment",
 *   language: "en_US",
 *   components: [new TemplateFlowButton({ flowToken: "booking-42", flowActionData: { dept: "eye" } })],
 * });
 * ```
 */
export class TemplateFlowButton {
  /** The position of the flow button among the template's buttons. */
  readonly index: number;
  /** The token the flow's requests and completion carry. */
  readonly flowToken: string;
  /** The first screen's data, if any. */
  readonly flowActionData: Record<string, unknown> | undefined;

  constructor(options: TemplateFlowButtonOptions = {}) {
    this.index = options.index ?? 0;
    this.flowToken = options.flowToken ?? "unused";
    this.flowActionData = options.flowActionData;
    if (!Number.isInteger(this.index) || this.index < 0) {
      throw new TypeError("TemplateFlowButton: index must be a whole number >= 0");
    }
  }

  /** The template component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    const action: Record<string, unknown> = { flow_token: this.flowToken };
    if (this.flowActionData !== undefined) action.flow_action_data = this.flowActionData;
    return {
      type: "button",
      sub_type: "flow",
      index: String(this.index),
      parameters: [{ type: "action", action }],
    };
  }
}
