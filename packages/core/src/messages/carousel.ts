import { Button, URLButton } from "./buttons.js";
import { checkCount, checkHttpUrl, checkOptionalText, MessageValidationError } from "./validate.js";

/** What both carousel cards take besides their media. */
export interface CarouselCardOptions {
  /** The card's text under the media, at most 160 characters (and two line breaks). */
  body?: string | undefined;
  /** One URL button, or one to three reply buttons (the same kind and count on every card). */
  buttons: readonly Button[] | URLButton;
}

/** Options of {@link ImageCarouselCard}. */
export interface ImageCarouselCardOptions extends CarouselCardOptions {
  /** The image's public http(s) URL. */
  image: string;
}

/** Options of {@link VideoCarouselCard}. */
export interface VideoCarouselCardOptions extends CarouselCardOptions {
  /** The video's public http(s) URL. */
  video: string;
}

/** The card kinds `sendCarousel` takes. */
export type CarouselCard = ImageCarouselCard | VideoCarouselCard;

/**
 * What image and video carousel cards share: a media link, optional text, and buttons.
 * Build one with {@link ImageCarouselCard} or {@link VideoCarouselCard}.
 */
export abstract class BaseCarouselCard {
  /** `image` or `video`. */
  abstract readonly headerType: "image" | "video";
  /** The media URL. */
  readonly link: string;
  /** The card's text, if any. */
  readonly body: string | undefined;
  /** The card's buttons. */
  readonly buttons: readonly Button[] | URLButton;

  protected constructor(name: string, field: string, link: string, options: CarouselCardOptions) {
    this.link = checkHttpUrl(name, field, link);
    this.body = checkOptionalText(name, "body", options.body, "carouselCardBody");
    const { buttons } = options;
    if (Array.isArray(buttons)) {
      checkCount(name, "buttons", buttons.length, "carouselCardButtons");
      if (buttons.some((b) => !(b instanceof Button))) {
        throw new MessageValidationError(name, "buttons", "must be reply Buttons or one URLButton");
      }
    } else if (!(buttons instanceof URLButton)) {
      throw new MessageValidationError(name, "buttons", "must be reply Buttons or one URLButton");
    }
    this.buttons = buttons;
  }

  /** The button kind and count, which must match across a carousel's cards. */
  get buttonShape(): string {
    return Array.isArray(this.buttons) ? `${this.buttons.length} reply buttons` : "a URL button";
  }

  /** The card as Graph expects it, at its position. */
  toJSON(index: number): Record<string, unknown> {
    const card: Record<string, unknown> = {
      card_index: index,
      type: "cta_url",
      header: { type: this.headerType, [this.headerType]: { link: this.link } },
    };
    if (this.body !== undefined) card.body = { text: this.body };
    card.action = Array.isArray(this.buttons)
      ? {
          buttons: this.buttons.map((b: Button) => ({
            type: "quick_reply",
            quick_reply: { id: b.callbackData, title: b.title },
          })),
        }
      : (this.buttons as URLButton).toAction();
    return card;
  }
}

/**
 * A carousel card with an image header.
 *
 * @example
 * ```ts
 * import { ImageCarouselCard, URLButton } from "@tswa/core";
 *
 * const card = new ImageCarouselCard({
 *   image: "https://example.com/blue-echeveria.jpeg",
 *   body: "*Blue Echeveria*",
 *   buttons: new URLButton({ title: "Buy now", url: "https://example.com/blue-echeveria" }),
 * });
 * ```
 */
export class ImageCarouselCard extends BaseCarouselCard {
  /** Always `image`. */
  readonly headerType = "image";

  /** @throws {@link MessageValidationError} for a bad URL, a long body or wrong buttons. */
  constructor(options: ImageCarouselCardOptions) {
    super("ImageCarouselCard", "image", options.image, options);
  }
}

/** A carousel card with a video header. */
export class VideoCarouselCard extends BaseCarouselCard {
  /** Always `video`. */
  readonly headerType = "video";

  /** @throws {@link MessageValidationError} for a bad URL, a long body or wrong buttons. */
  constructor(options: VideoCarouselCardOptions) {
    super("VideoCarouselCard", "video", options.video, options);
  }
}

/**
 * The `interactive` object of a carousel: body text and 2 to 10 cards whose buttons have the
 * same kind and count.
 */
export function carouselAction(
  method: string,
  cards: readonly CarouselCard[],
): Record<string, unknown> {
  if (!Array.isArray(cards) || cards.some((c) => !(c instanceof BaseCarouselCard))) {
    throw new MessageValidationError(
      method,
      "cards",
      "must be an array of ImageCarouselCard or VideoCarouselCard",
    );
  }
  checkCount(method, "cards", cards.length, "carouselCards");
  const shape = cards[0]?.buttonShape;
  const odd = cards.findIndex((card) => card.buttonShape !== shape);
  if (odd !== -1) {
    throw new MessageValidationError(
      method,
      `cards[${odd}].buttons`,
      `must match the first card's buttons (${shape}): Meta requires the same kind and count on every card`,
    );
  }
  return { cards: cards.map((card, index) => card.toJSON(index)) };
}
