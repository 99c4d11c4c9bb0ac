import type { DataExchangeAction, RawAction, UpdateDataAction } from "./actions.js";
import { defineObject } from "./builder.js";
import type { Extensible, FieldCodec } from "./codec.js";
import { actionField } from "./codec.js";
import type { DynamicBoolean, DynamicString } from "./dynamic.js";

/** Options of {@link DataSource}: one option of a selection component. */
export interface DataSourceOptions extends Extensible {
  /** The value the component reports when this option is selected. */
  readonly id: string;
  /** The option's text; 30 characters. */
  readonly title: DynamicString;
  /** A second line; 300 characters. */
  readonly description?: DynamicString | undefined;
  /** A third line; 20 characters. */
  readonly metadata?: DynamicString | undefined;
  /** Whether the option can be selected. Default `true`. */
  readonly enabled?: DynamicBoolean | undefined;
  /** A base64 image (Flow JSON 5.0+); 300 KB, 100 KB from 6.0. */
  readonly image?: string | undefined;
  /** The image's accessibility text (Flow JSON 5.0+). */
  readonly altText?: string | undefined;
  /** A 6-digit hex colour (Flow JSON 5.0+). */
  readonly color?: string | undefined;
  /** Runs when the option is selected (Flow JSON 6.0+). */
  readonly onSelectAction?: DataExchangeAction | UpdateDataAction | RawAction | undefined;
  /** Runs when the option is unselected (Flow JSON 6.0+). */
  readonly onUnselectAction?: UpdateDataAction | RawAction | undefined;
}

const DATA_SOURCE_FIELDS = {
  id: "id",
  title: "title",
  description: "description",
  metadata: "metadata",
  enabled: "enabled",
  image: "image",
  altText: "alt-text",
  color: "color",
  onSelectAction: ["on-select-action", actionField],
  onUnselectAction: ["on-unselect-action", actionField],
} as const;

/**
 * One option of `CheckboxGroup`, `RadioButtonsGroup`, `Dropdown` or `ChipsSelector`; also usable
 * in an endpoint's response data (`JSON.stringify` writes Meta's keys).
 *
 * Components accept plain `DataSourceOptions` objects as well; parsing gives `DataSource`s.
 *
 * @example
 * ```ts
 * import { DataSource } from "@tswa/flows/json";
 *
 * new DataSource({ id: "pizza", title: "Pizza", description: "Stone-baked", altText: "A pizza" });
 * ```
 */
export class DataSource extends defineObject(DATA_SOURCE_FIELDS)<DataSourceOptions> {}

/** A data-source item as components accept it: a `DataSource` or its options. */
export type DataSourceItem = DataSource | DataSourceOptions;

/** Encodes plain `DataSourceOptions` like `DataSource`s; parses items into `DataSource`s. */
export const dataSourceList: FieldCodec = {
  encode: (value) =>
    Array.isArray(value)
      ? value.map((item: DataSourceItem) =>
          item instanceof DataSource ? item : new DataSource(item),
        )
      : value,
  decode: (json, context) =>
    Array.isArray(json) ? json.map((item) => context.dataSource(item)) : json,
};
