import { TemplateParams } from "./component.js";
import { TemplateValidationError } from "./validation-error.js";

/** Options of {@link Currency}. */
export interface CurrencyOptions {
  /** Shown where the amount cannot be localized, such as `"$100.99"`. */
  fallbackValue: string;
  /** The ISO 4217 code, such as `USD`. */
  code: string;
  /** The amount times 1000 (`100990` is 100.99). */
  amount1000: number;
}

/**
 * A currency value for a text placeholder, localized by WhatsApp.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * templates.BodyText.params(new templates.Currency({ fallbackValue: "$100.99", code: "USD", amount1000: 100990 }));
 * ```
 */
export class Currency {
  /** Shown where the amount cannot be localized. */
  readonly fallbackValue: string;
  /** The ISO 4217 code. */
  readonly code: string;
  /** The amount times 1000. */
  readonly amount1000: number;

  constructor(options: CurrencyOptions) {
    this.fallbackValue = options.fallbackValue;
    this.code = options.code;
    this.amount1000 = options.amount1000;
    if (!Number.isInteger(this.amount1000)) {
      throw new TemplateValidationError("Currency", "amount1000", "must be a whole number");
    }
  }

  /** The parameter as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      type: "currency",
      currency: {
        fallback_value: this.fallbackValue,
        code: this.code,
        amount_1000: this.amount1000,
      },
    };
  }
}

/** A date and time for a text placeholder (shown as `fallbackValue`). */
export class DateTime {
  /** The text shown. */
  readonly fallbackValue: string;

  constructor(options: { fallbackValue: string }) {
    this.fallbackValue = options.fallbackValue;
  }

  /** The parameter as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "date_time", date_time: { fallback_value: this.fallbackValue } };
  }
}

/** One value of a text placeholder at send time. */
export type TextParamValue = string | number | Currency | DateTime;

/** Named values: placeholder name to value. */
export type NamedTextParams = Readonly<Record<string, TextParamValue>>;

const isNamed = (value: unknown): value is NamedTextParams =>
  typeof value === "object" &&
  value !== null &&
  !(value instanceof Currency) &&
  !(value instanceof DateTime);

/** The values of a text header's or body's placeholders (`HeaderText.params`, `BodyText.params`). */
export class TextParams extends TemplateParams {
  /** `HeaderText` or `BodyText`. */
  readonly component: "HeaderText" | "BodyText";
  /** The values by position, when positional. */
  readonly positional: readonly TextParamValue[] | undefined;
  /** The values by name, when named. */
  readonly named: NamedTextParams | undefined;

  constructor(component: "HeaderText" | "BodyText", values: readonly unknown[]) {
    super();
    this.component = component;
    if (values.length === 0) {
      throw new TemplateValidationError(component, "params", "takes at least one value");
    }
    if (values.length === 1 && isNamed(values[0])) {
      this.named = values[0];
      this.positional = undefined;
    } else {
      values.forEach((v, i) => {
        checkValue(component, `params[${i}]`, v);
      });
      this.positional = values as TextParamValue[];
      this.named = undefined;
    }
    for (const [name, v] of Object.entries(this.named ?? {})) checkValue(component, name, v);
  }

  /** How many values there are. */
  get count(): number {
    return this.positional?.length ?? Object.keys(this.named ?? {}).length;
  }

  /** The component's parameters as Graph expects them. */
  toJSON(): Record<string, unknown> {
    const parameters = this.positional
      ? this.positional.map((v) => value(v))
      : Object.entries(this.named ?? {}).map(([name, v]) => ({
          ...value(v),
          parameter_name: name,
        }));
    return { type: this.component === "HeaderText" ? "header" : "body", parameters };
  }
}

function checkValue(component: string, field: string, v: unknown): void {
  const ok =
    (typeof v === "string" && v !== "") ||
    (typeof v === "number" && Number.isFinite(v)) ||
    v instanceof Currency ||
    v instanceof DateTime;
  if (!ok) {
    throw new TemplateValidationError(
      component,
      field,
      "must be a non-empty string, a number, a Currency or a DateTime",
    );
  }
}

const value = (v: TextParamValue): Record<string, unknown> =>
  typeof v === "object" ? v.toJSON() : { type: "text", text: String(v) };
