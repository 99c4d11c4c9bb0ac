import { checkTemplateText } from "./checks.js";
import { type ExpectedParams, type ParameterizedComponent, TemplateParams } from "./component.js";
import { TemplateValidationError } from "./validation-error.js";

/** Options of {@link HeaderLocation.params}. */
export interface HeaderLocationParamsOptions {
  /** Latitude, -90 to 90. */
  lat: number;
  /** Longitude, -180 to 180. */
  lon: number;
  /** The place's name. */
  name: string;
  /** The place's address. */
  address: string;
}

/** The location of a location header at send time. */
export class HeaderLocationParams extends TemplateParams {
  /** The header these parameters fill. */
  readonly component = "HeaderLocation" as const;
  /** The location. */
  readonly location: Readonly<HeaderLocationParamsOptions>;

  constructor(options: HeaderLocationParamsOptions) {
    super();
    const { lat, lon } = options;
    if (
      typeof lat !== "number" ||
      !(Math.abs(lat) <= 90) ||
      typeof lon !== "number" ||
      !(Math.abs(lon) <= 180)
    ) {
      throw new TemplateValidationError(
        "HeaderLocation",
        "lat/lon",
        "must be a latitude (-90 to 90) and a longitude (-180 to 180)",
      );
    }
    this.location = {
      lat,
      lon,
      name: checkTemplateText("HeaderLocation", "name", options.name),
      address: checkTemplateText("HeaderLocation", "address", options.address),
    };
  }

  /** The header parameters as Graph expects them. */
  toJSON(): Record<string, unknown> {
    const { lat, lon, name, address } = this.location;
    return {
      type: "header",
      parameters: [
        { type: "location", location: { latitude: lat, longitude: lon, name, address } },
      ],
    };
  }
}

/** A location header: a map of the place given at send time with `HeaderLocation.params()`. */
export class HeaderLocation implements ParameterizedComponent {
  /** The builder's name. */
  readonly kind = "HeaderLocation" as const;

  /** The location at send time. */
  static params(options: HeaderLocationParamsOptions): HeaderLocationParams {
    return new HeaderLocationParams(options);
  }

  /** A location header always takes its location at send time. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: true };
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "HEADER", format: "LOCATION" };
  }
}

/** The product of a product header at send time. */
export class HeaderProductParams extends TemplateParams {
  /** The header these parameters fill. */
  readonly component = "HeaderProduct" as const;
  /** The catalog id. */
  readonly catalogId: string;
  /** The product's SKU (retailer id). */
  readonly sku: string;

  constructor(options: { catalogId: string; sku: string }) {
    super();
    this.catalogId = checkTemplateText("HeaderProduct", "catalogId", options.catalogId);
    this.sku = checkTemplateText("HeaderProduct", "sku", options.sku);
  }

  /** The header parameters as Graph expects them. */
  toJSON(): Record<string, unknown> {
    return {
      type: "header",
      parameters: [
        { type: "product", product: { catalog_id: this.catalogId, product_retailer_id: this.sku } },
      ],
    };
  }
}

/** A product header (product cards and single-product templates): the product is given at send time. */
export class HeaderProduct implements ParameterizedComponent {
  /** The builder's name. */
  readonly kind = "HeaderProduct" as const;

  /** The product at send time. */
  static params(options: { catalogId: string; sku: string }): HeaderProductParams {
    return new HeaderProductParams(options);
  }

  /** A product header always takes its product at send time. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: true };
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "HEADER", format: "PRODUCT" };
  }
}
