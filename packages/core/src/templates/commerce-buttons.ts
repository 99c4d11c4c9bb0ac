import type { ProductsSection } from "../messages/products-section.js";
import { ButtonParams } from "./button-params.js";
import { buttonText } from "./buttons.js";
import { checkTemplateText } from "./checks.js";
import type { ExpectedParams } from "./component.js";

/** A button that copies a coupon code, given at send time (`CopyCodeButton.params`). */
export class CopyCodeButton {
  /** The builder's name. */
  readonly kind = "CopyCodeButton" as const;
  /** An example code (at most 15 characters). */
  readonly example: string;

  constructor(options: { example: string }) {
    this.example = checkTemplateText(this.kind, "example", options.example, "copyCodeExample");
  }

  /** The code of the button at `index`, at send time. */
  static params(options: { couponCode: string; index: number }): ButtonParams {
    const code = checkTemplateText(
      "CopyCodeButton",
      "couponCode",
      options.couponCode,
      "copyCodeExample",
    );
    return new ButtonParams("CopyCodeButton", "copy_code", options.index, [
      { type: "coupon_code", coupon_code: code },
    ]);
  }

  /** A copy code button always takes its code at send time. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: true };
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "COPY_CODE", example: this.example };
  }
}

/** A button that opens your catalog ("View catalog"). */
export class CatalogButton {
  /** The builder's name. */
  readonly kind = "CatalogButton" as const;
  /** The label. */
  readonly text: string;

  constructor(options: { text: string }) {
    this.text = buttonText(this.kind, options.text);
  }

  /** The product whose image is the message's thumbnail, for the button at `index`. */
  static params(options: {
    thumbnailProductSku?: string | undefined;
    index: number;
  }): ButtonParams {
    const sku = options.thumbnailProductSku;
    return new ButtonParams(
      "CatalogButton",
      "catalog",
      options.index,
      sku === undefined
        ? undefined
        : [
            {
              type: "action",
              action: {
                thumbnail_product_retailer_id: checkTemplateText(
                  "CatalogButton",
                  "thumbnailProductSku",
                  sku,
                ),
              },
            },
          ],
    );
  }

  /** Takes an optional thumbnail at send time. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: false };
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "CATALOG", text: this.text };
  }
}

/** A multi-product button: the products, in sections, are given at send time. */
export class MPMButton {
  /** The builder's name. */
  readonly kind = "MPMButton" as const;
  /** The label. */
  readonly text: string;

  constructor(options: { text: string }) {
    this.text = buttonText(this.kind, options.text);
  }

  /** The products of the button at `index`, and the one shown as thumbnail. */
  static params(options: {
    productSections: readonly ProductsSection[];
    thumbnailProductSku: string;
    index: number;
  }): ButtonParams {
    const sku = checkTemplateText("MPMButton", "thumbnailProductSku", options.thumbnailProductSku);
    return new ButtonParams("MPMButton", "mpm", options.index, [
      {
        type: "action",
        action: {
          thumbnail_product_retailer_id: sku,
          sections: options.productSections.map((s) => s.toJSON()),
        },
      },
    ]);
  }

  /** A multi-product button always takes its products at send time. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: true };
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "MPM", text: this.text };
  }
}

/** A single-product button ("View"), with a product header. */
export class SPMButton {
  /** The builder's name. */
  readonly kind = "SPMButton" as const;
  /** The label. */
  readonly text: string;

  constructor(options: { text: string }) {
    this.text = buttonText(this.kind, options.text);
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "SPM", text: this.text };
  }
}
