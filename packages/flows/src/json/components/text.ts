import { defineComponent } from "../builder.js";
import type { Extensible } from "../codec.js";
import type { VisibleOption } from "../component.js";
import type { DynamicBoolean, DynamicEnum, DynamicString } from "../dynamic.js";
import type { FontWeight } from "../enums.js";

/** Options of {@link TextHeading} and {@link TextSubheading}. */
export interface HeadingOptions extends Extensible, VisibleOption {
  /** The text; 80 characters, not empty. */
  readonly text: DynamicString;
}

/** Options of {@link TextBody} and {@link TextCaption}. */
export interface BodyTextOptions extends Extensible, VisibleOption {
  /** The text (a list of lines from Flow JSON 5.1); TextBody 4096, TextCaption 409 characters. */
  readonly text: DynamicString | readonly DynamicString[];
  /** Renders a Markdown subset (Flow JSON 5.1+). */
  readonly markdown?: boolean | undefined;
  /** `bold`, `italic`, `bold_italic` or `normal`. */
  readonly fontWeight?: DynamicEnum<FontWeight> | undefined;
  /** Strikes the text through. */
  readonly strikethrough?: DynamicBoolean | undefined;
}

/** Options of {@link RichText}. */
export interface RichTextOptions extends Extensible, VisibleOption {
  /** Markdown, as one string or a list of lines. */
  readonly text: DynamicString | readonly DynamicString[];
}

const HEADING_FIELDS = { text: "text", visible: "visible" } as const;
const BODY_FIELDS = {
  text: "text",
  markdown: "markdown",
  fontWeight: "font-weight",
  strikethrough: "strikethrough",
  visible: "visible",
} as const;

/**
 * The top-level title of a screen; 80 characters.
 *
 * @example
 * ```ts
 * import { TextHeading } from "@tswa/flows/json";
 *
 * new TextHeading({ text: "Book a table" });
 * ```
 */
export class TextHeading extends defineComponent("TextHeading", HEADING_FIELDS)<HeadingOptions> {}

/** A section title; 80 characters. */
export class TextSubheading extends defineComponent(
  "TextSubheading",
  HEADING_FIELDS,
)<HeadingOptions> {}

/**
 * Body text; 4096 characters.
 *
 * @example
 * ```ts
 * import { FontWeight, TextBody } from "@tswa/flows/json";
 *
 * new TextBody({ text: "Pick a date and a time.", fontWeight: FontWeight.BOLD });
 * ```
 */
export class TextBody extends defineComponent("TextBody", BODY_FIELDS)<BodyTextOptions> {}

/** Small print; 409 characters. */
export class TextCaption extends defineComponent("TextCaption", BODY_FIELDS)<BodyTextOptions> {}

/**
 * Long formatted text (terms, policies) in a Markdown subset: headings, lists, tables, links,
 * images (Flow JSON 5.1+; with a Footer on the same screen from 6.3).
 *
 * @example
 * ```ts
 * import { RichText } from "@tswa/flows/json";
 *
 * new RichText({ text: ["# Terms", "By continuing you **agree** to our terms."] });
 * ```
 */
export class RichText extends defineComponent("RichText", {
  text: "text",
  visible: "visible",
})<RichTextOptions> {}
