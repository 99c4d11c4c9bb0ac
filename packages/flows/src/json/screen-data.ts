import type { JsonObject } from "./codec.js";
import { inSourceOrder, isPlainObject, toJsonValue } from "./codec.js";
import type { DataRef, ScreenDataRef } from "./refs.js";

/** A JSON Schema fragment declaring one screen data (`type`, `items`, `properties`…). */
export type ScreenDataSchema = Readonly<Record<string, unknown>>;

/** Options of {@link ScreenData}. */
export interface ScreenDataOptions<K extends string, T> {
  /** The data key, referenced as `${data.KEY}`. */
  readonly key: K;
  /** A sample value (`__example__`, mandatory for Meta); the schema is inferred from it. */
  readonly example: T;
  /**
   * The JSON Schema fragment, when inference from `example` is not what you want (for example
   * an empty array). Written before `__example__`.
   */
  readonly schema?: ScreenDataSchema | undefined;
}

// Actions in examples (data-source `on-select-action`…) are not part of the declared shape;
// Meta's own examples leave them out of `properties`.
const ACTION_KEYS = new Set(["on-click-action", "on-select-action", "on-unselect-action"]);

/**
 * Infers the JSON Schema fragment of a sample value: `{"type":"string"}`, arrays from their
 * first item, objects property by property.
 *
 * @throws TypeError for `null`, an empty array, or a value that is not JSON.
 */
export function inferSchema(example: unknown): JsonObject {
  const value = toJsonValue(example);
  if (typeof value === "string") return { type: "string" };
  if (typeof value === "number") return { type: "number" };
  if (typeof value === "boolean") return { type: "boolean" };
  if (Array.isArray(value)) {
    if (value.length === 0) {
      throw new TypeError("cannot infer a schema from an empty array: give `schema` explicitly");
    }
    return { type: "array", items: inferSchema(value[0]) };
  }
  if (isPlainObject(value)) {
    const properties: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      if (!ACTION_KEYS.has(key)) properties[key] = inferSchema(item);
    }
    return { type: "object", properties };
  }
  throw new TypeError(`cannot infer a schema from ${String(value)}: give \`schema\` explicitly`);
}

/**
 * Data a screen receives from the previous screen or from the endpoint (spec 6.2), declared
 * with its sample value. Declare it before the screen, use `.ref` in the screen's components
 * and pass it in the screen's `data`.
 *
 * @example
 * ```ts
 * import { Layout, Screen, ScreenData, TextHeading } from "@tswa/flows/json";
 *
 * const welcome = new ScreenData({ key: "welcome", example: "Welcome back!" });
 * new Screen({
 *   id: "START",
 *   data: [welcome],
 *   layout: new Layout({ children: [new TextHeading({ text: welcome.ref })] }),
 * });
 * ```
 */
export class ScreenData<const K extends string = string, T = unknown> {
  /** The data key. */
  readonly key: K;
  /** The sample value (`__example__`). */
  readonly example: T;
  /** The JSON Schema fragment, without `__example__`. */
  readonly schema: ScreenDataSchema;

  constructor(options: ScreenDataOptions<K, T>) {
    this.key = options.key;
    this.example = options.example;
    this.schema = options.schema ?? inferSchema(options.example);
  }

  /** `${data.KEY}`: this data, for the same screen. */
  get ref(): DataRef<K> {
    return `\${data.${this.key}}`;
  }

  /** `${screen.ID.data.KEY}`: this data, from another screen (Flow JSON 4.0+). */
  refIn<const S extends string>(screen: S | { readonly id: S }): ScreenDataRef<S, K> {
    return `\${screen.${typeof screen === "string" ? screen : screen.id}.data.${this.key}}`;
  }

  /**
   * `{ KEY: value }`, to spread into an `UpdateDataAction` payload or an endpoint response.
   *
   * @example
   * ```ts
   * import { ScreenData, UpdateDataAction } from "@tswa/flows/json";
   *
   * const visible = new ScreenData({ key: "visible", example: false });
   * new UpdateDataAction({ payload: { ...visible.update(true) } });
   * ```
   */
  update(value: T): { readonly [P in K]: T } {
    return { [this.key]: value } as { readonly [P in K]: T };
  }

  /** The declaration as Flow JSON: the schema, then `__example__`. */
  toJSON(): JsonObject {
    const schema = toJsonValue(this.schema) as JsonObject;
    return inSourceOrder(this, [
      ...Object.entries(schema),
      ["__example__", toJsonValue(this.example)],
    ]);
  }
}
