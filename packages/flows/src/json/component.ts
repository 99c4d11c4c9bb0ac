import type { Serializable } from "./builder.js";
import type { JsonObject, JsonValue } from "./codec.js";
import { toJsonValue } from "./codec.js";
import type { DynamicBoolean } from "./dynamic.js";

/** Any component: a builder object with a `type` that serializes itself. */
export interface AnyComponent extends Serializable {
  /** The component `type` of Flow JSON. */
  readonly type: string;
}

/** The `visible` option most components take. */
export interface VisibleOption {
  /** Whether the component is shown. Default `true`. */
  readonly visible?: DynamicBoolean | undefined;
}

/**
 * A component tswa does not model (a type Meta added later), kept as its JSON so that parsing
 * and serializing a flow never loses it. Also an escape hatch for hand-written components.
 *
 * @example
 * ```ts
 * import { RawComponent } from "@tswa/flows/json";
 *
 * new RawComponent({ type: "FutureWidget", label: "Coming soon" });
 * ```
 */
export class RawComponent implements AnyComponent {
  /** The component `type` (empty when the JSON has none). */
  readonly type: string;
  /** The component's JSON as given, `type` included. */
  readonly json: JsonValue;

  /** Takes the component's JSON; parsing also wraps children that are not even objects. */
  constructor(json: (JsonObject & { readonly type: string }) | JsonValue) {
    this.type =
      typeof json === "object" &&
      json !== null &&
      !Array.isArray(json) &&
      typeof json.type === "string"
        ? json.type
        : "";
    this.json = json;
  }

  toJSON(): JsonObject {
    return toJsonValue(this.json) as JsonObject;
  }
}
