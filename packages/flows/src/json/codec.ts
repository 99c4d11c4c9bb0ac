/**
 * The mapping between tswa's camelCase options and Meta's Flow JSON keys, in both directions.
 *
 * Every builder class lists its fields once (`{ inputType: "input-type", … }`); `encodeFields`
 * writes them in that order and `decodeFields` reads them back. Keys tswa does not model are kept
 * in the options' `extra` and written after the known keys, so a flow Meta extended still
 * round-trips. A parsed object remembers the key order of its source, so re-serializing a parsed
 * document reproduces it key for key.
 */

/** A JSON value. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** Options every builder object takes. */
export interface Extensible {
  /**
   * Keys of Meta's JSON that tswa does not model (yet), written as given after the known keys.
   * Parsing fills it with the keys it did not recognise.
   */
  readonly extra?: Readonly<Record<string, unknown>> | undefined;
}

/** Turns the builder objects found inside JSON sub-values back into objects when parsing. */
export interface DecodeContext {
  /** A component (unknown types become `RawComponent`). */
  component(json: unknown): unknown;
  /** An action (unknown names become `RawAction`). */
  action(json: unknown): unknown;
  /** A data-source item (`DataSource`), or the value as is when it is a reference. */
  dataSource(json: unknown): unknown;
  /** A `NavigationList` item. */
  navigationItem(json: unknown): unknown;
}

/** How one field's value is converted, when it is more than a plain JSON value. */
export interface FieldCodec {
  encode?(value: unknown): unknown;
  decode?(json: unknown, context: DecodeContext): unknown;
}

/** camelCase option name -> JSON key, or [JSON key, codec]. The order is the output order. */
export type Fields = Readonly<Record<string, string | readonly [key: string, codec: FieldCodec]>>;

const sourceOrder = new WeakMap<object, readonly string[]>();

/** Records the key order of the JSON an object was parsed from. */
export function rememberOrder<T extends object>(target: T, keys: readonly string[]): T {
  sourceOrder.set(target, keys);
  return target;
}

/**
 * Converts any value to plain JSON: objects with `toJSON()` (builder objects, expressions)
 * serialize themselves, arrays and plain objects are converted item by item, `undefined`
 * properties are dropped.
 */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || typeof value !== "object") {
    return value as JsonValue;
  }
  const own = (value as { toJSON?: unknown }).toJSON;
  if (typeof own === "function") return toJsonValue(own.call(value));
  if (Array.isArray(value)) return value.map(toJsonValue);
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) out[key] = toJsonValue(item);
  }
  return out;
}

/**
 * Writes `source`'s fields under their JSON keys: `head` first, then the known fields (in source
 * order when `source` was parsed, else in `fields` order), then `source.extra`.
 */
export function encodeFields(source: object, fields: Fields, head: JsonObject = {}): JsonObject {
  const values = source as Record<string, unknown>;
  const entries: [string, JsonValue][] = Object.entries(head);
  for (const [name, spec] of Object.entries(fields)) {
    const value = values[name];
    if (value === undefined) continue;
    const [key, codec] = typeof spec === "string" ? [spec, undefined] : spec;
    entries.push([key, toJsonValue(codec?.encode ? codec.encode(value) : value)]);
  }
  const extra = values.extra as Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(extra ?? {})) {
    if (value !== undefined && !entries.some(([known]) => known === key)) {
      entries.push([key, toJsonValue(value)]);
    }
  }
  return inSourceOrder(source, entries);
}

/**
 * Builds a JSON object from `entries`, in the key order of the JSON `source` was parsed from
 * (keys the source did not have come last, in their given order).
 */
export function inSourceOrder(source: object, entries: [string, JsonValue][]): JsonObject {
  const order = sourceOrder.get(source);
  if (order) {
    const rank = (key: string) => {
      const index = order.indexOf(key);
      return index === -1 ? order.length : index;
    };
    entries.sort(([a], [b]) => rank(a) - rank(b));
  }
  return Object.fromEntries(entries);
}

/**
 * Reads the known fields of `json` into camelCase options (decoding nested builder objects with
 * `context`), puts the other keys (except those in `skip`) into `extra`.
 */
export function decodeFields(
  json: Readonly<Record<string, unknown>>,
  fields: Fields,
  context: DecodeContext,
  skip: readonly string[] = [],
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const known = new Set(skip);
  for (const [name, spec] of Object.entries(fields)) {
    const [key, codec] = typeof spec === "string" ? [spec, undefined] : spec;
    known.add(key);
    if (!(key in json)) continue;
    const value = json[key];
    props[name] = codec?.decode ? codec.decode(value, context) : value;
  }
  const extra = Object.entries(json).filter(([key]) => !known.has(key));
  if (extra.length > 0) props.extra = Object.fromEntries(extra);
  return props;
}

/** Whether `value` is a plain object (an object literal or parsed JSON; not a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A codec for a nested plain object whose keys are renamed (`{ altText: "alt-text" }`). */
export function renamed(fields: Fields): FieldCodec {
  return {
    encode: (value) => (isPlainObject(value) ? encodeFields(value, fields) : value),
    decode: (json, context) => {
      if (!isPlainObject(json)) return json;
      return rememberOrder(decodeFields(json, fields, context), Object.keys(json));
    },
  };
}

/** A codec applying `item` to each element of an array; other values pass through. */
export function arrayOf(item: FieldCodec): FieldCodec {
  return {
    encode: (value) =>
      Array.isArray(value) && item.encode ? value.map((v) => item.encode?.(v)) : value,
    decode: (json, context) =>
      Array.isArray(json) && item.decode ? json.map((v) => item.decode?.(v, context)) : json,
  };
}

/** Nested components (`children`, `then`, `else`). */
export const componentList: FieldCodec = {
  decode: (json, context) => (Array.isArray(json) ? json.map((c) => context.component(c)) : json),
};

/** One action (`on-click-action`, `on-select-action`, `on-unselect-action`). */
export const actionField: FieldCodec = {
  decode: (json, context) => (isPlainObject(json) ? context.action(json) : json),
};
