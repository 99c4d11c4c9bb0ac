import { buttonText } from "./buttons.js";
import { checkIndex } from "./checks.js";
import { type ExpectedParams, TemplateParams } from "./component.js";
import type { FlowButtonIcon } from "./enums.js";
import { TemplateValidationError } from "./validation-error.js";

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
 * The parameters that fill a template's FLOW button when you send the template: the flow token
 * and the first screen's data. Same as `templates.FlowButton.params(…)`.
 *
 * @example
 * ```ts
 * import { TemplateFlowButton, type MessagesApi } from "@tswa/core";
 *
 * declare const messages: MessagesApi;
 * await messages.sendTemplate({
 *   to: "972987654321",
 *   name: "book_appointment",
 *   language: "en_US",
 *   params: [new TemplateFlowButton({ flowToken: "booking-42", flowActionData: { dept: "eye" } })],
 * });
 * ```
 */
export class TemplateFlowButton extends TemplateParams {
  /** The button builder these parameters fill. */
  readonly component = "FlowButton" as const;
  /** The position of the flow button among the template's buttons. */
  override readonly index: number;
  /** The token the flow's requests and completion carry. */
  readonly flowToken: string;
  /** The first screen's data, if any. */
  readonly flowActionData: Record<string, unknown> | undefined;

  constructor(options: TemplateFlowButtonOptions = {}) {
    super();
    this.index = checkIndex("TemplateFlowButton", options.index ?? 0);
    this.flowToken = options.flowToken ?? "unused";
    this.flowActionData = options.flowActionData;
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

/** Options of a template's {@link FlowButton}: one of `flowId`, `flowName` or `flowJson`. */
export interface TemplateFlowButtonDefinition {
  /** The label (at most 25 characters). */
  text: string;
  /** The id of a published flow. */
  flowId?: string | undefined;
  /** The name of a published flow. */
  flowName?: string | undefined;
  /** A Flow JSON (an object or its text) to create the flow with the template. */
  flowJson?: string | Record<string, unknown> | undefined;
  /** `navigate` (default) or `data_exchange`. */
  flowAction?: "navigate" | "data_exchange" | undefined;
  /** The first screen, for `navigate`. */
  navigateScreen?: string | undefined;
  /** The button's icon. */
  icon?: FlowButtonIcon | undefined;
}

/**
 * A button that opens a flow, defined by its id, its name or its Flow JSON. At send time
 * `FlowButton.params({ index, flowToken })` gives the token.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * new templates.FlowButton({ text: "Book now", flowId: "1234567890", navigateScreen: "BOOKING" });
 * ```
 */
export class FlowButton {
  /** The builder's name. */
  readonly kind = "FlowButton" as const;
  /** The definition as given. */
  readonly options: Readonly<TemplateFlowButtonDefinition>;

  constructor(options: TemplateFlowButtonDefinition) {
    buttonText(this.kind, options.text);
    const given = [options.flowId, options.flowName, options.flowJson].filter(
      (v) => v !== undefined,
    );
    if (given.length !== 1) {
      throw new TemplateValidationError(
        this.kind,
        "flowId",
        "takes exactly one of flowId, flowName, flowJson",
      );
    }
    this.options = { ...options };
  }

  /** The flow token (and first screen's data) of the flow button at `index`, at send time. */
  static params(options: TemplateFlowButtonOptions & { index: number }): TemplateFlowButton {
    return new TemplateFlowButton(options);
  }

  /** Takes an optional flow token at send time. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: false };
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    const { text, flowId, flowName, flowJson, flowAction, navigateScreen, icon } = this.options;
    const out: Record<string, unknown> = { type: "FLOW", text };
    if (flowId !== undefined) out.flow_id = flowId;
    if (flowName !== undefined) out.flow_name = flowName;
    if (flowJson !== undefined)
      out.flow_json = typeof flowJson === "string" ? flowJson : JSON.stringify(flowJson);
    if (flowAction !== undefined) out.flow_action = flowAction;
    if (navigateScreen !== undefined) out.navigate_screen = navigateScreen;
    if (icon !== undefined) out.icon = icon;
    return out;
  }
}
