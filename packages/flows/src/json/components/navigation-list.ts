import type { DataExchangeAction, RawAction } from "../actions.js";
import { defineComponent, defineObject } from "../builder.js";
import type { Extensible, FieldCodec } from "../codec.js";
import { actionField, renamed } from "../codec.js";
import type { DynamicEnum, DynamicList, DynamicString } from "../dynamic.js";
import type { MediaSize } from "../enums.js";
import type { NavigateAction } from "../navigate-action.js";

/** The text of a {@link NavigationItem}. */
export interface NavigationItemMainContent {
  /** 30 characters. */
  readonly title: string;
  /** 20 characters. */
  readonly description?: string | undefined;
  /** 80 characters. */
  readonly metadata?: string | undefined;
}

/** The image at the start of a {@link NavigationItem}. */
export interface NavigationItemStart {
  /** A base64 image; 100 KB. */
  readonly image: string;
  /** The text screen readers say. */
  readonly altText?: string | undefined;
}

/** The text at the end of a {@link NavigationItem} (not with `mediaSize: "large"`). */
export interface NavigationItemEnd {
  /** 10 characters. */
  readonly title?: string | undefined;
  /** 20 characters. */
  readonly description?: string | undefined;
  /** 80 characters. */
  readonly metadata?: string | undefined;
}

/** Options of {@link NavigationItem}. */
export interface NavigationItemOptions extends Extensible {
  /** The item's id. */
  readonly id: string;
  /** The item's text. */
  readonly mainContent: NavigationItemMainContent;
  /** An image before the text. */
  readonly start?: NavigationItemStart | undefined;
  /** Text after the main content. */
  readonly end?: NavigationItemEnd | undefined;
  /** A badge (one item per list at most); 15 characters. */
  readonly badge?: string | undefined;
  /** Up to 3 tags of 15 characters. */
  readonly tags?: readonly string[] | undefined;
  /** What tapping the item does (not when the list has its own `onClickAction`). */
  readonly onClickAction?: NavigateAction | DataExchangeAction | RawAction | undefined;
}

/**
 * One item of a {@link NavigationList}; also usable in an endpoint's response data.
 *
 * @example
 * ```ts
 * import { NavigateAction, NavigationItem } from "@tswa/flows/json";
 *
 * new NavigationItem({
 *   id: "home",
 *   mainContent: { title: "Home insurance", metadata: "From $9 a month" },
 *   onClickAction: new NavigateAction({ next: "HOME" }),
 * });
 * ```
 */
export class NavigationItem extends defineObject({
  id: "id",
  mainContent: [
    "main-content",
    renamed({ title: "title", description: "description", metadata: "metadata" }),
  ],
  start: ["start", renamed({ image: "image", altText: "alt-text" })],
  end: ["end", renamed({ title: "title", description: "description", metadata: "metadata" })],
  badge: "badge",
  tags: "tags",
  onClickAction: ["on-click-action", actionField],
} as const)<NavigationItemOptions> {}

/** Options of {@link NavigationList}. */
export interface NavigationListOptions<N extends string> extends Extensible {
  /** The list's name. */
  readonly name: N;
  /** 1 to 20 items, or a reference to a list in screen data. */
  readonly listItems: DynamicList<NavigationItem | NavigationItemOptions>;
  /** A label above the list; 80 characters. */
  readonly label?: DynamicString | undefined;
  /** A description; 300 characters. */
  readonly description?: DynamicString | undefined;
  /** `regular` (default) or `large` images. */
  readonly mediaSize?: DynamicEnum<MediaSize> | undefined;
  /** What tapping any item does (or set it per item, not both). */
  readonly onClickAction?: NavigateAction | DataExchangeAction | RawAction | undefined;
}

const items: FieldCodec = {
  encode: (value) =>
    Array.isArray(value)
      ? value.map((item: NavigationItem | NavigationItemOptions) =>
          item instanceof NavigationItem ? item : new NavigationItem(item),
        )
      : value,
  decode: (json, context) =>
    Array.isArray(json) ? json.map((item) => context.navigationItem(item)) : json,
};

/**
 * A list of rich items that lead to other screens (Flow JSON 6.2+). It must be alone on its
 * screen (at most 2 lists) and cannot be on a terminal screen.
 *
 * @example
 * ```ts
 * import { NavigateAction, NavigationList } from "@tswa/flows/json";
 *
 * new NavigationList({
 *   name: "plans",
 *   listItems: [{ id: "basic", mainContent: { title: "Basic" } }],
 *   onClickAction: new NavigateAction({ next: "DETAILS" }),
 * });
 * ```
 */
export class NavigationList<const N extends string = string> extends defineComponent(
  "NavigationList",
  {
    name: "name",
    label: "label",
    description: "description",
    mediaSize: "media-size",
    listItems: ["list-items", items],
    onClickAction: ["on-click-action", actionField],
  } as const,
)<NavigationListOptions<N>> {}
