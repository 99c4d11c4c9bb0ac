import { checkCount, checkId, checkText, MessageValidationError } from "./validate.js";

/** Options of {@link ProductsSection}. */
export interface ProductsSectionOptions {
  /** The section heading, at most 24 characters. */
  title: string;
  /** The products' SKUs (retailer ids); a multi-product message has at most 30 in all. */
  skus: readonly string[];
}

/**
 * A titled group of catalog products in a multi-product message (`sendProducts`).
 *
 * @example
 * ```ts
 * import { ProductsSection } from "@tswa/core";
 *
 * const phones = new ProductsSection({ title: "Smartphones", skus: ["IPHONE12", "GALAXYS21"] });
 * ```
 */
export class ProductsSection {
  /** The heading. */
  readonly title: string;
  /** The SKUs. */
  readonly skus: readonly string[];

  /** @throws {@link MessageValidationError} for a long title, no SKUs, or more than 30. */
  constructor(options: ProductsSectionOptions) {
    this.title = checkText("ProductsSection", "title", options.title, "sectionTitle");
    if (!Array.isArray(options.skus)) {
      throw new MessageValidationError("ProductsSection", "skus", "must be an array of SKUs");
    }
    checkCount("ProductsSection", "skus", options.skus.length, "productItems");
    this.skus = options.skus.map((sku, i) => checkId("ProductsSection", `skus[${i}]`, sku));
  }

  /** The section as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      title: this.title,
      product_items: this.skus.map((sku) => ({ product_retailer_id: sku })),
    };
  }
}
