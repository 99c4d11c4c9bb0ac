import type { DataExchangeAction, RawAction, UpdateDataAction } from "../actions.js";
import { defineField } from "../builder.js";
import type { Extensible } from "../codec.js";
import { actionField } from "../codec.js";
import type { VisibleOption } from "../component.js";
import { type DataSourceItem, dataSourceList } from "../data-source.js";
import type {
  DynamicBoolean,
  DynamicEnum,
  DynamicList,
  DynamicNumber,
  DynamicString,
} from "../dynamic.js";
import type { MediaSize } from "../enums.js";
import type { DynamicRef } from "../refs.js";

/** Options shared by the selection components. */
export interface SelectionOptions<N extends string> extends Extensible, VisibleOption {
  /** The input's name: its value is `${form.NAME}` (the selected ids). */
  readonly name: N;
  /** The options (`DataSource`s or their options), or a reference to a list in screen data. */
  readonly dataSource: DynamicList<DataSourceItem>;
  /** Whether a selection is required. */
  readonly required?: DynamicBoolean | undefined;
  /** Whether the component can be used. Default `true`. */
  readonly enabled?: DynamicBoolean | undefined;
  /** An error shown under the component (Flow JSON 4.0+). */
  readonly errorMessage?: DynamicString | undefined;
  /** Runs when an option is selected (`update_data` from Flow JSON 6.0). */
  readonly onSelectAction?: DataExchangeAction | UpdateDataAction | RawAction | undefined;
  /** Runs when an option is unselected (Flow JSON 6.0+). */
  readonly onUnselectAction?: UpdateDataAction | RawAction | undefined;
}

/** Options of {@link CheckboxGroup}. */
export interface CheckboxGroupOptions<N extends string> extends SelectionOptions<N> {
  /** The label (required from Flow JSON 4.0); 30 characters. */
  readonly label?: DynamicString | undefined;
  /** A description under the label (Flow JSON 4.0+); 300 characters. */
  readonly description?: DynamicString | undefined;
  /** The fewest options to select. */
  readonly minSelectedItems?: DynamicNumber | undefined;
  /** The most options to select. */
  readonly maxSelectedItems?: DynamicNumber | undefined;
  /** The ids selected at first (Flow JSON 4.0+). */
  readonly initValue?: readonly string[] | DynamicRef | undefined;
  /** `regular` or `large` images (Flow JSON 5.0+). */
  readonly mediaSize?: DynamicEnum<MediaSize> | undefined;
}

/** Options of {@link RadioButtonsGroup}. */
export interface RadioButtonsGroupOptions<N extends string> extends SelectionOptions<N> {
  /** The label (required from Flow JSON 4.0); 30 characters. */
  readonly label?: DynamicString | undefined;
  /** A description under the label (Flow JSON 4.0+); 300 characters. */
  readonly description?: DynamicString | undefined;
  /** The id selected at first (Flow JSON 4.0+). */
  readonly initValue?: DynamicString | undefined;
  /** `regular` or `large` images (Flow JSON 5.0+). */
  readonly mediaSize?: DynamicEnum<MediaSize> | undefined;
}

/** Options of {@link Dropdown}. */
export interface DropdownOptions<N extends string> extends SelectionOptions<N> {
  /** The label; 20 characters. */
  readonly label: DynamicString;
  /** The id selected at first (Flow JSON 4.0+). */
  readonly initValue?: DynamicString | undefined;
}

/** Options of {@link ChipsSelector}. */
export interface ChipsSelectorOptions<N extends string> extends SelectionOptions<N> {
  /** The label; 80 characters. */
  readonly label: DynamicString;
  /** A description under the label; 300 characters. */
  readonly description?: DynamicString | undefined;
  /** The fewest chips to select. */
  readonly minSelectedItems?: DynamicNumber | undefined;
  /** The most chips to select. */
  readonly maxSelectedItems?: DynamicNumber | undefined;
  /** The ids selected at first. */
  readonly initValue?: readonly string[] | DynamicRef | undefined;
}

const COMMON_HEAD = { name: "name", label: "label", description: "description" } as const;
const COMMON_TAIL = {
  required: "required",
  visible: "visible",
  enabled: "enabled",
  initValue: "init-value",
  errorMessage: "error-message",
  mediaSize: "media-size",
  onSelectAction: ["on-select-action", actionField],
  onUnselectAction: ["on-unselect-action", actionField],
} as const;
const SELECTION_FIELDS = {
  ...COMMON_HEAD,
  dataSource: ["data-source", dataSourceList],
  minSelectedItems: "min-selected-items",
  maxSelectedItems: "max-selected-items",
  ...COMMON_TAIL,
} as const;

/**
 * Pick several options (1 to 20). Its value (`.ref`) is the list of selected ids.
 *
 * @example
 * ```ts
 * import { CheckboxGroup } from "@tswa/flows/json";
 *
 * new CheckboxGroup({
 *   name: "toppings",
 *   label: "Toppings",
 *   dataSource: [{ id: "olives", title: "Olives" }, { id: "basil", title: "Basil" }],
 *   maxSelectedItems: 2,
 * });
 * ```
 */
export class CheckboxGroup<const N extends string = string> extends defineField(
  "CheckboxGroup",
  SELECTION_FIELDS,
)<CheckboxGroupOptions<N>> {}

/**
 * Pick one option (1 to 20).
 *
 * @example
 * ```ts
 * import { RadioButtonsGroup } from "@tswa/flows/json";
 *
 * new RadioButtonsGroup({
 *   name: "size",
 *   label: "Size",
 *   dataSource: [{ id: "s", title: "Small" }, { id: "l", title: "Large" }],
 * });
 * ```
 */
export class RadioButtonsGroup<const N extends string = string> extends defineField(
  "RadioButtonsGroup",
  SELECTION_FIELDS,
)<RadioButtonsGroupOptions<N>> {}

/**
 * Pick one option from a drop-down list (1 to 200 options; 100 with images).
 *
 * @example
 * ```ts
 * import { Dropdown } from "@tswa/flows/json";
 *
 * new Dropdown({ name: "city", label: "City", dataSource: "${data.cities}" });
 * ```
 */
export class Dropdown<const N extends string = string> extends defineField(
  "Dropdown",
  SELECTION_FIELDS,
)<DropdownOptions<N>> {}

/**
 * Pick several chips (2 to 20 options; Flow JSON 6.3+).
 *
 * @example
 * ```ts
 * import { ChipsSelector } from "@tswa/flows/json";
 *
 * new ChipsSelector({
 *   name: "diet",
 *   label: "Dietary needs",
 *   dataSource: [{ id: "vegan", title: "Vegan" }, { id: "halal", title: "Halal" }],
 * });
 * ```
 */
export class ChipsSelector<const N extends string = string> extends defineField(
  "ChipsSelector",
  SELECTION_FIELDS,
)<ChipsSelectorOptions<N>> {}
