import { snakeCaseFields } from "./snake-case.js";

/** The creative optimizations of a marketing template; `true` opts in, `false` out. */
export interface CreativeFeaturesSpecOptions {
  /** Adjusts the image's brightness and contrast. */
  imageBrightnessAndContrast?: boolean | undefined;
  /** Touches the image up. */
  imageTouchups?: boolean | undefined;
  /** Overlays text from the message on the image. */
  addTextOverlay?: boolean | undefined;
  /** Animates the image header. */
  imageAnimation?: boolean | undefined;
  /** Generates image backgrounds. */
  imageBackgroundGen?: boolean | undefined;
  /** Makes a headline from the body. */
  textExtractionForHeadline?: boolean | undefined;
  /** Makes a tap-target title from the body. */
  textExtractionForTapTarget?: boolean | undefined;
  /** Appends related catalog products. */
  productExtensions?: boolean | undefined;
  /** Improves the text's formatting. */
  textFormattingOptimization?: boolean | undefined;
  /** Adds a promotion tag on the image. */
  autoPromotionTag?: boolean | undefined;
  /** Shortens or formats links. */
  hyperlinkFormatting?: boolean | undefined;
  /** Pads the image to the best aspect ratio. */
  imageBanner?: boolean | undefined;
  /** Varies the call-to-action text. */
  dynamicCtaText?: boolean | undefined;
}

/** Marketing creative optimizations Meta may apply, each opted in or out. */
export class CreativeFeaturesSpec {
  /** The choices as given. */
  readonly options: Readonly<CreativeFeaturesSpecOptions>;

  constructor(options: CreativeFeaturesSpecOptions = {}) {
    this.options = { ...options };
  }

  /** Reads Graph's `creative_features_spec` (`{ image_touchups: { enroll_status } }`). */
  static fromJSON(json: unknown): CreativeFeaturesSpec {
    const entries = Object.entries((json ?? {}) as Record<string, { enroll_status?: unknown }>);
    return new CreativeFeaturesSpec(
      Object.fromEntries(
        entries.map(([k, v]) => [
          k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
          v?.enroll_status === "OPT_IN",
        ]),
      ),
    );
  }

  /** The spec as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return snakeCaseFields(this.options, (v) => ({ enroll_status: v ? "OPT_IN" : "OPT_OUT" }));
  }
}

/** A template's degrees of freedom: which creative optimizations Meta may apply. */
export class DegreesOfFreedomSpec {
  /** The creative features. */
  readonly creativeFeaturesSpec: CreativeFeaturesSpec;

  constructor(options: { creativeFeaturesSpec: CreativeFeaturesSpec }) {
    this.creativeFeaturesSpec = options.creativeFeaturesSpec;
  }

  /** The spec as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { creative_features_spec: this.creativeFeaturesSpec.toJSON() };
  }
}
