import { defineObject } from "./builder.js";
import type { Extensible } from "./codec.js";
import { componentList } from "./codec.js";
import type { AnyComponent } from "./component.js";
import { LayoutType } from "./enums.js";

/** Options of {@link Layout}. */
export interface LayoutOptions<C extends AnyComponent> extends Extensible {
  /** `SingleColumnLayout`, the only layout (the default). */
  readonly type?: LayoutType | (string & {}) | undefined;
  /** The screen's components, at most 50 (nested ones included). */
  readonly children: readonly C[];
}

/** The resolved options of a {@link Layout}. */
interface LayoutProps<C extends AnyComponent> extends Extensible {
  /** `SingleColumnLayout`, the only layout. */
  readonly type: LayoutType | (string & {});
  /** The screen's components, top to bottom. */
  readonly children: readonly C[];
}

/**
 * The arrangement of a screen's components: one column, top to bottom.
 *
 * @example
 * ```ts
 * import { Layout, TextHeading } from "@tswa/flows/json";
 *
 * new Layout({ children: [new TextHeading({ text: "Hello" })] });
 * ```
 */
export class Layout<const C extends AnyComponent = AnyComponent> extends defineObject({
  type: "type",
  children: ["children", componentList],
} as const)<LayoutProps<C>> {
  constructor(options: LayoutOptions<C>) {
    super({ ...options, type: options.type ?? LayoutType.SINGLE_COLUMN });
  }
}
