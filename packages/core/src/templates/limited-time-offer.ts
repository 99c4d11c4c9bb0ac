import { checkTemplateText } from "./checks.js";
import { type ExpectedParams, TemplateParams } from "./component.js";
import { TemplateValidationError } from "./validation-error.js";

/** When a limited-time offer ends, at send time. */
export class LimitedTimeOfferParams extends TemplateParams {
  /** The offer these parameters fill. */
  readonly component = "LimitedTimeOffer" as const;
  /** When the offer ends. */
  readonly expirationTime: Date;

  constructor(options: { expirationTime: Date }) {
    super();
    const time = options.expirationTime;
    if (!(time instanceof Date) || Number.isNaN(time.getTime())) {
      throw new TemplateValidationError(this.component, "expirationTime", "must be a valid Date");
    }
    this.expirationTime = time;
  }

  /** The offer parameters as Graph expects them (milliseconds since the epoch). */
  toJSON(): Record<string, unknown> {
    return {
      type: "limited_time_offer",
      parameters: [
        {
          type: "limited_time_offer",
          limited_time_offer: { expiration_time_ms: this.expirationTime.getTime() },
        },
      ],
    };
  }
}

/**
 * A limited-time offer: a short headline (at most 16 characters) and, with `hasExpiration`, a
 * countdown to the time given at send time.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * const offer = new templates.LimitedTimeOffer({ text: "Expiring offer!", hasExpiration: true });
 * const atSendTime = templates.LimitedTimeOffer.params({ expirationTime: new Date("2026-12-31T23:59:00Z") });
 * ```
 */
export class LimitedTimeOffer {
  /** The builder's name. */
  readonly kind = "LimitedTimeOffer" as const;
  /** The headline. */
  readonly text: string;
  /** Whether the offer shows a countdown (its end is given at send time). */
  readonly hasExpiration: boolean | undefined;

  constructor(options: { text: string; hasExpiration?: boolean | undefined }) {
    this.text = checkTemplateText(this.kind, "text", options.text, "limitedTimeOfferText");
    this.hasExpiration = options.hasExpiration;
  }

  /** When the offer ends, at send time. */
  static params(options: { expirationTime: Date }): LimitedTimeOfferParams {
    return new LimitedTimeOfferParams(options);
  }

  /** An offer with a countdown takes its end at send time. */
  expectedParams(): ExpectedParams | undefined {
    return this.hasExpiration ? { kind: this.kind, required: true } : undefined;
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      type: "LIMITED_TIME_OFFER",
      limited_time_offer: {
        text: this.text,
        ...(this.hasExpiration === undefined ? {} : { has_expiration: this.hasExpiration }),
      },
    };
  }
}
