import { envelope, type MessageBody } from "./envelope.js";
import { interactiveObject } from "./interactive.js";
import type { SendCatalogOptions, SendProductOptions, SendProductsOptions } from "./options.js";
import { ProductsSection } from "./products-section.js";
import { checkCount, checkId, checkText, MessageValidationError } from "./validate.js";

/** The body of `sendCatalog`: a "View catalog" message with your text. */
export function catalogBody(method: string, options: SendCatalogOptions): MessageBody {
  const action: Record<string, unknown> = { name: "catalog_message" };
  if (options.thumbnailProductSku !== undefined) {
    action.parameters = {
      thumbnail_product_retailer_id: checkId(
        method,
        "thumbnailProductSku",
        options.thumbnailProductSku,
      ),
    };
  }
  const parts = { body: options.body, footer: options.footer };
  checkText(method, "body", options.body, "interactiveBody");
  return envelope(
    method,
    options,
    "interactive",
    interactiveObject(method, "catalog_message", parts, action),
  );
}

/** The body of `sendProduct`: one product of a catalog. */
export function productBody(method: string, options: SendProductOptions): MessageBody {
  const action = {
    catalog_id: checkId(method, "catalogId", options.catalogId),
    product_retailer_id: checkId(method, "sku", options.sku),
  };
  const parts = { body: options.body, footer: options.footer };
  return envelope(
    method,
    options,
    "interactive",
    interactiveObject(method, "product", parts, action),
  );
}

/** The body of `sendProducts`: up to 30 products in up to 10 titled sections. */
export function productListBody(method: string, options: SendProductsOptions): MessageBody {
  const sections = options.productSections;
  if (!Array.isArray(sections) || sections.some((s) => !(s instanceof ProductsSection))) {
    throw new MessageValidationError(
      method,
      "productSections",
      "must be an array of ProductsSection",
    );
  }
  checkCount(method, "productSections", sections.length, "productSections");
  const total = sections.reduce((n, section) => n + section.skus.length, 0);
  checkCount(method, "productSections[].skus (all sections together)", total, "productItems");
  const action = {
    catalog_id: checkId(method, "catalogId", options.catalogId),
    sections: sections.map((section) => section.toJSON()),
  };
  checkText(method, "title", options.title, "headerText");
  checkText(method, "body", options.body, "interactiveBody");
  const parts = { header: options.title, body: options.body, footer: options.footer };
  return envelope(
    method,
    options,
    "interactive",
    interactiveObject(method, "product_list", parts, action),
  );
}
