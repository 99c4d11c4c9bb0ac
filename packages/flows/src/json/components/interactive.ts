import type {
  CompleteAction,
  DataExchangeAction,
  OpenUrlAction,
  RawAction,
  UpdateDataAction,
} from "../actions.js";
import { defineComponent, defineField } from "../builder.js";
import type { Extensible } from "../codec.js";
import { actionField } from "../codec.js";
import type { VisibleOption } from "../component.js";
import type { DynamicBoolean, DynamicString } from "../dynamic.js";
import type { NavigateAction } from "../navigate-action.js";
import type { DynamicRef } from "../refs.js";

/** Options of {@link Footer}. */
export interface FooterOptions extends Extensible {
  /** The button's label; 35 characters. */
  readonly label: DynamicString;
  /** What the button does: navigate, exchange data with the endpoint, or complete the flow. */
  readonly onClickAction: CompleteAction | DataExchangeAction | NavigateAction | RawAction;
  /** A caption left of the button (with `rightCaption`, not with `centerCaption`); 15 characters. */
  readonly leftCaption?: DynamicString | undefined;
  /** A caption centred under the button (alone); 15 characters. */
  readonly centerCaption?: DynamicString | undefined;
  /** A caption right of the button (with `leftCaption`); 15 characters. */
  readonly rightCaption?: DynamicString | undefined;
  /** Whether the button can be pressed. Default `true`. */
  readonly enabled?: DynamicBoolean | undefined;
}

/** Options of {@link OptIn}. */
export interface OptInOptions<N extends string> extends Extensible, VisibleOption {
  /** The input's name: its value (`${form.NAME}`) is a boolean. */
  readonly name: N;
  /** The checkbox text; 120 characters. */
  readonly label: DynamicString;
  /** Whether the box must be ticked. */
  readonly required?: DynamicBoolean | undefined;
  /** Ticked at first (Flow JSON 4.0+). */
  readonly initValue?: boolean | DynamicRef | undefined;
  /** The "Read more" link: navigate, data_exchange or (Flow JSON 6.0+) open_url. */
  readonly onClickAction?:
    | DataExchangeAction
    | NavigateAction
    | OpenUrlAction
    | RawAction
    | undefined;
  /** Runs when ticked (Flow JSON 6.0+). */
  readonly onSelectAction?: UpdateDataAction | RawAction | undefined;
  /** Runs when unticked (Flow JSON 6.0+). */
  readonly onUnselectAction?: UpdateDataAction | RawAction | undefined;
}

/** Options of {@link EmbeddedLink}. */
export interface EmbeddedLinkOptions extends Extensible, VisibleOption {
  /** The link text; 25 characters per Meta's current docs (35 in older ones), not empty. */
  readonly text: DynamicString;
  /** What the link does. */
  readonly onClickAction:
    | DataExchangeAction
    | NavigateAction
    | OpenUrlAction
    | UpdateDataAction
    | RawAction;
}

/**
 * The screen's main button (one per screen; required on terminal screens).
 *
 * @example
 * ```ts
 * import { CompleteAction, Footer } from "@tswa/flows/json";
 *
 * new Footer({ label: "Done", onClickAction: new CompleteAction() });
 * ```
 */
export class Footer extends defineComponent("Footer", {
  label: "label",
  leftCaption: "left-caption",
  centerCaption: "center-caption",
  rightCaption: "right-caption",
  enabled: "enabled",
  onClickAction: ["on-click-action", actionField],
} as const)<FooterOptions> {}

/**
 * A checkbox to accept terms or opt in to messages (at most 5 per screen).
 *
 * @example
 * ```ts
 * import { OpenUrlAction, OptIn } from "@tswa/flows/json";
 *
 * new OptIn({
 *   name: "terms",
 *   label: "I accept the terms",
 *   required: true,
 *   onClickAction: new OpenUrlAction({ url: "https://example.com/terms" }),
 * });
 * ```
 */
export class OptIn<const N extends string = string> extends defineField("OptIn", {
  name: "name",
  label: "label",
  required: "required",
  visible: "visible",
  initValue: "init-value",
  onClickAction: ["on-click-action", actionField],
  onSelectAction: ["on-select-action", actionField],
  onUnselectAction: ["on-unselect-action", actionField],
} as const)<OptInOptions<N>> {}

/**
 * A text link (at most 2 per screen).
 *
 * @example
 * ```ts
 * import { EmbeddedLink, NavigateAction } from "@tswa/flows/json";
 *
 * new EmbeddedLink({ text: "Forgot password?", onClickAction: new NavigateAction({ next: "RESET" }) });
 * ```
 */
export class EmbeddedLink extends defineComponent("EmbeddedLink", {
  text: "text",
  visible: "visible",
  onClickAction: ["on-click-action", actionField],
} as const)<EmbeddedLinkOptions> {}
