import type { CallbackDataLike } from "@tswa/core";
import { z } from "zod";
import {
  decodeField,
  encodeField,
  type FieldCodec,
  fieldCodecs,
  NOT_OURS,
  SEPARATOR,
} from "./codec.js";
import { CallbackDataDefinitionError, InvalidCallbackDataError } from "./errors.js";

/** The fields of a callback data class: zod schemas of strings, numbers, booleans or enums. */
export type CallbackDataShape = Readonly<Record<string, z.ZodType>>;

/** The values a callback data object holds, as its schema outputs them. */
export type CallbackDataFields<S extends CallbackDataShape> = Readonly<z.output<z.ZodObject<S>>>;

/** What every callback data object has besides its fields. */
export interface CallbackDataObject extends CallbackDataLike {
  /** The string sent as the button id, row id or tracker: `prefix~value~value…`. */
  toString(): string;
  /** The same string, for `Button`, `SectionRow` and `tracker` ({@link CallbackDataLike}). */
  toCallbackData(): string;
}

/** A callback data object of shape `S`: its fields, read-only, and its serialization. */
export type CallbackDataOf<S extends CallbackDataShape> = CallbackDataFields<S> &
  CallbackDataObject;

/**
 * A class that parses callback data into `D` objects: what `onCallbackButton`,
 * `onCallbackSelection`, `onMessageStatus` and `onCallStatus` take in place of a string query.
 */
export interface CallbackDataClass<D> {
  /** Makes an object from its values. */
  new (...args: never[]): D;
  /** The prefix that tells this class's ids from others'. */
  readonly prefix: string;
  /** The object a string stands for, or `undefined` when it is not this class's. */
  tryParse(data: string): unknown;
}

/** The class {@link CallbackData} makes: construct with values, parse from strings. */
export interface CallbackDataConstructor<S extends CallbackDataShape> {
  /** @throws {@link InvalidCallbackDataError} when the schema refuses the values. */
  new (values: z.input<z.ZodObject<S>>): CallbackDataOf<S>;
  /** The prefix that tells this class's ids from others'. */
  readonly prefix: string;
  /** The zod schema of the fields. */
  readonly schema: z.ZodObject<S>;
  /**
   * The object a string stands for (pywa's `from_str`); on a subclass, an instance of it.
   *
   * @throws {@link InvalidCallbackDataError} when the string is not this class's data.
   */
  parse<T>(this: new (values: never) => T, data: string): T;
  /** The object a string stands for, or `undefined` when it is not this class's data. */
  tryParse<T>(this: new (values: never) => T, data: string): T | undefined;
}

const IS_CLASS = Symbol.for("tswa.CallbackData");

/** Whether a value is a class made by {@link CallbackData}. */
export function isCallbackDataClass(value: unknown): value is CallbackDataClass<unknown> {
  return typeof value === "function" && (value as { [IS_CLASS]?: true })[IS_CLASS] === true;
}

/**
 * Makes a typed callback data class (pywa's `CallbackData`): its objects serialize into a reply
 * button's id, a list row's id or a message's `tracker`, and the `on…` handlers that take the
 * class parse them back, with `data` (or `tracker`) typed. Fields are zod schemas of strings,
 * numbers, booleans and string enums, optional or nullable; their order is the wire order, so
 * add new fields at the end as optional ones while old buttons are still out there.
 *
 * The string is `prefix~value~value…`, checked against the field's limit when sent (256
 * characters for a button id, 200 for a row id, 512 for a tracker).
 *
 * @throws {@link CallbackDataDefinitionError} for an empty prefix, a prefix with `~` or `%`,
 *   no fields, or a field of another type.
 * @example
 * ```ts
 * import { Button, CallbackData, WhatsApp } from "tswa";
 * import { z } from "zod";
 *
 * class Order extends CallbackData("order", {
 *   id: z.number().int(),
 *   size: z.enum(["S", "M", "L"]),
 *   gift: z.boolean().default(false),
 * }) {}
 *
 * const wa = new WhatsApp({ token: "…", phoneId: "…", appSecret: "…", verifyToken: "…" });
 * await wa.sendMessage({
 *   to: "972987654321",
 *   text: "Which size?",
 *   buttons: [new Button({ title: "Medium", callbackData: new Order({ id: 7, size: "M" }) })],
 * });
 * wa.onCallbackButton(Order, (btn) => btn.reply(`Order ${btn.data.id}: size ${btn.data.size}`));
 * ```
 */
export function CallbackData<const S extends CallbackDataShape>(
  prefix: string,
  shape: S,
): CallbackDataConstructor<S> {
  if (typeof prefix !== "string" || prefix === "" || /[~%]/.test(prefix))
    throw new CallbackDataDefinitionError(
      String(prefix),
      "the prefix must be a non-empty string without `~` or `%`",
    );
  const fields = fieldCodecs(prefix, shape);
  if (fields.length === 0)
    throw new CallbackDataDefinitionError(prefix, "needs at least one field");
  const schema = z.object(shape);

  class Data implements CallbackDataObject {
    static readonly [IS_CLASS] = true;
    static readonly prefix = prefix;
    static readonly schema = schema;

    constructor(values: unknown) {
      const parsed = schema.safeParse(values);
      if (!parsed.success)
        throw new InvalidCallbackDataError(prefix, z.prettifyError(parsed.error), {
          cause: parsed.error,
        });
      Object.assign(this, parsed.data);
    }

    static parse<T>(this: new (values: never) => T, data: string): T {
      const values = decode(prefix, fields, data);
      if (typeof values === "string") throw new InvalidCallbackDataError(prefix, values);
      return new this(values as never);
    }

    static tryParse<T>(this: new (values: never) => T, data: string): T | undefined {
      const values = decode(prefix, fields, data);
      if (typeof values === "string") return undefined;
      try {
        return new this(values as never);
      } catch {
        return undefined;
      }
    }

    toString(): string {
      const self = this as unknown as Record<string, unknown>;
      return [prefix, ...fields.map((f) => encodeField(f.kind, self[f.name]))].join(SEPARATOR);
    }

    toCallbackData(): string {
      return this.toString();
    }
  }
  Object.defineProperty(Data, "name", { value: `CallbackData(${prefix})` });
  return Data as unknown as CallbackDataConstructor<S>;
}

/** The values a string holds, or why it is not this class's data. */
function decode(
  prefix: string,
  fields: readonly FieldCodec[],
  data: unknown,
): Record<string, unknown> | string {
  if (typeof data !== "string") return "it is not a string";
  const parts = data.split(SEPARATOR);
  if (parts[0] !== prefix) return "another prefix";
  if (parts.length !== fields.length + 1)
    return `${parts.length - 1} fields where the class has ${fields.length}`;
  const values: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as FieldCodec;
    const value = decodeField(field, parts[i + 1] as string);
    if (value === NOT_OURS) return `field "${field.name}" is not a ${field.kind}`;
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}
