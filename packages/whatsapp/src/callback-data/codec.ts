import type { z } from "zod";
import { CallbackDataDefinitionError } from "./errors.js";

/**
 * The wire format of callback data: `prefix~field1~field2…`, fields in the order the schema
 * lists them. `~` separates, `%` escapes (`%7E` is `~`, `%25` is `%`); a field that is exactly
 * `%` is the empty string, and an empty field is an absent (undefined or null) value.
 * Booleans are `1` and `0`, numbers as JavaScript prints them. ASCII-only markers keep each
 * character one code point, which is what Meta's limits count.
 */
export const SEPARATOR = "~";

/** How a field's value becomes text and back. */
export type FieldKind = "string" | "number" | "boolean";

/** A field of a callback data schema, as the codec sees it. */
export interface FieldCodec {
  readonly name: string;
  readonly kind: FieldKind;
  /** What an empty field decodes to: `undefined` for optional fields, `null` for nullable. */
  readonly absent: undefined | null;
}

/** Reads how each field is encoded; rejects fields that cannot be. */
export function fieldCodecs(prefix: string, shape: Readonly<Record<string, z.ZodType>>) {
  return Object.entries(shape).map(([name, schema]): FieldCodec => {
    const kind = kindOf(schema);
    if (kind === undefined)
      throw new CallbackDataDefinitionError(
        prefix,
        `field "${name}" must be a string, number, boolean or enum schema (optional, nullable or with a default)`,
      );
    return { name, kind, absent: schema.safeParse(undefined).success ? undefined : null };
  });
}

function kindOf(schema: z.ZodType): FieldKind | undefined {
  const def = schema.def as { type: string; innerType?: z.ZodType; entries?: object };
  switch (def.type) {
    case "string":
    case "enum":
      return def.type === "enum" &&
        Object.values(def.entries ?? {}).some((v) => typeof v !== "string")
        ? undefined
        : "string";
    case "number":
    case "boolean":
      return def.type;
    case "optional":
    case "nullable":
    case "default":
      return def.innerType === undefined ? undefined : kindOf(def.innerType);
    default:
      return undefined;
  }
}

/** One field's text; `undefined` and `null` are the empty field. */
export function encodeField(kind: FieldKind, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (kind === "boolean") return value ? "1" : "0";
  if (kind === "number") return String(value);
  const text = String(value);
  return text === "" ? "%" : text.replace(/[%~]/g, (c) => (c === "%" ? "%25" : "%7E"));
}

/** One field's value from its text, or `NOT_OURS` when the text cannot be of this kind. */
export function decodeField(field: FieldCodec, text: string): unknown {
  if (text === "") return field.absent;
  if (field.kind === "boolean") return text === "1" ? true : text === "0" ? false : NOT_OURS;
  if (field.kind === "number") {
    const n = Number(text);
    return Number.isNaN(n) || String(n) !== text ? NOT_OURS : n;
  }
  if (text === "%") return "";
  if (/%(?!25|7E)/.test(text)) return NOT_OURS;
  return text.replace(/%25|%7E/g, (e) => (e === "%25" ? "%" : "~"));
}

/** What {@link decodeField} answers for text that no value of the field encodes to. */
export const NOT_OURS: unique symbol = Symbol("not callback data");
