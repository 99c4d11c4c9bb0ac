import { defineComponent } from "../builder.js";
import type { Extensible } from "../codec.js";
import { arrayOf, renamed } from "../codec.js";
import type { VisibleOption } from "../component.js";
import type { DynamicEnum, DynamicList, DynamicNumber, DynamicString } from "../dynamic.js";
import type { ScaleType } from "../enums.js";

/** Options of {@link Image}. */
export interface ImageOptions extends Extensible, VisibleOption {
  /** The image, base64-encoded JPEG or PNG (about 300 KB at most is recommended). */
  readonly src: DynamicString;
  /** The width in pixels. */
  readonly width?: DynamicNumber | undefined;
  /** The height in pixels. */
  readonly height?: DynamicNumber | undefined;
  /** `contain` (default) or `cover`. */
  readonly scaleType?: DynamicEnum<ScaleType> | undefined;
  /** Width / height. Default 1. */
  readonly aspectRatio?: DynamicNumber | undefined;
  /** The text screen readers say. */
  readonly altText?: DynamicString | undefined;
}

/** One image of an {@link ImageCarousel}. */
export interface ImageCarouselItem {
  /** The image, base64-encoded JPEG or PNG. */
  readonly src: DynamicString;
  /** The text screen readers say. */
  readonly altText: DynamicString;
}

/** Options of {@link ImageCarousel}. */
export interface ImageCarouselOptions extends Extensible, VisibleOption {
  /** 1 to 3 images. */
  readonly images: DynamicList<ImageCarouselItem>;
  /** `"4:3"` (default) or `"16:9"`. */
  readonly aspectRatio?: DynamicEnum<"4:3" | "16:9"> | undefined;
  /** `contain` (default) or `cover`. */
  readonly scaleType?: DynamicEnum<ScaleType> | undefined;
}

/**
 * An image (at most 3 per screen).
 *
 * @example
 * ```ts
 * import { Image } from "@tswa/flows/json";
 *
 * new Image({ src: "iVBORw0KGgo=", height: 120, scaleType: "cover", altText: "Our shop" });
 * ```
 */
export class Image extends defineComponent("Image", {
  src: "src",
  width: "width",
  height: "height",
  scaleType: "scale-type",
  aspectRatio: "aspect-ratio",
  altText: "alt-text",
  visible: "visible",
} as const)<ImageOptions> {}

/**
 * A carousel of 1 to 3 images (Flow JSON 7.1+; at most 2 per screen and 3 per flow).
 *
 * @example
 * ```ts
 * import { ImageCarousel } from "@tswa/flows/json";
 *
 * new ImageCarousel({ images: [{ src: "iVBORw0KGgo=", altText: "The parcel at the door" }] });
 * ```
 */
export class ImageCarousel extends defineComponent("ImageCarousel", {
  images: ["images", arrayOf(renamed({ src: "src", altText: "alt-text" }))],
  aspectRatio: "aspect-ratio",
  scaleType: "scale-type",
  visible: "visible",
} as const)<ImageCarouselOptions> {}
