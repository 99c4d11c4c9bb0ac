import { Buttons, json } from "./buttons.js";
import { checkIndex, checkTemplateRange } from "./checks.js";
import { type ExpectedParams, type TemplateComponent, TemplateParams } from "./component.js";
import { BodyText } from "./text-components.js";
import { TemplateValidationError } from "./validation-error.js";

/** A card's component: a media or product header, a body, buttons (or their JSON). */
export type CarouselCardComponent = TemplateComponent | Record<string, unknown>;

/** The parameters of one carousel card at send time: its index and its components' parameters. */
export class CarouselCardParams extends TemplateParams {
  /** The card these parameters fill. */
  readonly component = "CarouselCard" as const;
  /** The card's position, from 0. */
  override readonly index: number;
  /** The parameters of the card's components. */
  readonly params: readonly TemplateParams[];

  constructor(options: { index: number; params: readonly TemplateParams[] }) {
    super();
    this.index = checkIndex("CarouselCard", options.index);
    this.params = [...options.params];
  }

  /** The card as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { card_index: this.index, components: this.params.map((p) => p.toJSON()) };
  }
}

/** The cards' parameters of a carousel at send time. */
export class CarouselParams extends TemplateParams {
  /** The carousel these parameters fill. */
  readonly component = "Carousel" as const;
  /** The cards' parameters. */
  readonly cards: readonly CarouselCardParams[];

  constructor(options: { cards: readonly CarouselCardParams[] }) {
    super();
    this.cards = [...options.cards];
  }

  /** The carousel as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "carousel", cards: this.cards.map((c) => c.toJSON()) };
  }
}

/**
 * One card of a carousel: an image, video or product header, an optional body (at most 160
 * characters) and 1 or 2 buttons.
 */
export class CarouselCard {
  /** The builder's name. */
  readonly kind = "CarouselCard" as const;
  /** The card's components. */
  readonly components: readonly CarouselCardComponent[];

  constructor(options: { components: readonly CarouselCardComponent[] }) {
    const components = options?.components;
    if (!Array.isArray(components) || components.length === 0) {
      throw new TemplateValidationError(this.kind, "components", "must be a non-empty array");
    }
    for (const c of components) {
      if (c instanceof BodyText) {
        checkTemplateRange(
          this.kind,
          "BodyText.text",
          [...c.text].length,
          "carouselCardBody",
          "characters",
        );
      }
      if (c instanceof Buttons) {
        checkTemplateRange(
          this.kind,
          "Buttons.buttons",
          c.buttons.length,
          "carouselCardButtons",
          "buttons",
        );
      }
    }
    this.components = components;
  }

  /** The parameters of the card at `index`, at send time. */
  static params(options: { index: number; params: readonly TemplateParams[] }): CarouselCardParams {
    return new CarouselCardParams(options);
  }

  /** The card as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { components: this.components.map(json) };
  }
}

/**
 * The shape of a card, for checking that all cards match: its components' kinds and its
 * buttons' types (read without serializing: a media example may not be uploaded yet).
 */
const shape = (card: CarouselCard): string =>
  JSON.stringify(
    card.components.map((c) => {
      if (c instanceof Buttons) return ["BUTTONS", ...c.buttons.map((b) => json(b).type)];
      if (typeof (c as TemplateComponent).kind === "string") return [(c as TemplateComponent).kind];
      const raw = c as Record<string, unknown>;
      return [raw.type, raw.format];
    }),
  );

/**
 * A carousel of 2 to 10 cards under the body; every card has the same kinds of header and
 * buttons, as Meta requires.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * const card = () =>
 *   new templates.CarouselCard({
 *     components: [
 *       new templates.HeaderProduct(),
 *       new templates.Buttons({ buttons: [new templates.SPMButton({ text: "View" })] }),
 *     ],
 *   });
 * new templates.Carousel({ cards: [card(), card()] });
 * ```
 */
export class Carousel {
  /** The builder's name. */
  readonly kind = "Carousel" as const;
  /** The cards. */
  readonly cards: readonly CarouselCard[];

  constructor(options: { cards: readonly CarouselCard[] }) {
    const cards = options?.cards;
    if (!Array.isArray(cards) || !cards.every((c) => c instanceof CarouselCard)) {
      throw new TemplateValidationError(this.kind, "cards", "must be an array of CarouselCard");
    }
    checkTemplateRange(this.kind, "cards", cards.length, "carouselCards", "cards");
    const first = shape(cards[0] as CarouselCard);
    const odd = cards.findIndex((c) => shape(c) !== first);
    if (odd !== -1) {
      throw new TemplateValidationError(
        this.kind,
        `cards[${odd}]`,
        "differs from the first card: every card needs the same header format and button types",
      );
    }
    this.cards = cards;
  }

  /** The cards' parameters at send time. */
  static params(options: { cards: readonly CarouselCardParams[] }): CarouselParams {
    return new CarouselParams(options);
  }

  /** A carousel takes its cards' parameters when any card component needs some. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: true };
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "CAROUSEL", cards: this.cards.map((c) => c.toJSON()) };
  }
}
