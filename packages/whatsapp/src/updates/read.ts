/**
 * Field readers for webhook payloads: each checks the one field it reads and throws a
 * {@link ShapeError} naming where it is, so a broken item is reported and skipped while the
 * rest of its batch is delivered. Hand-written rather than zod because they sit on the hot
 * path of every webhook, and fields nobody reads are never checked.
 */

/** A JSON object as received. */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** A field did not have the shape its update needs. */
export class ShapeError extends Error {
  /** Where in the change, such as `messages[0].timestamp`. */
  readonly path: string;
  /** What the field should have been, such as `a string`. */
  readonly expected: string;

  constructor(path: string, expected: string) {
    super(`${path}: expected ${expected}`);
    this.name = "ShapeError";
    this.path = path;
    this.expected = expected;
  }
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Whether a value is a JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value as an object, or a {@link ShapeError} at `path`. */
export function object(value: unknown, path: string): JsonRecord {
  if (!isObject(value)) throw new ShapeError(path, "an object");
  return value;
}

/** An optional object field (`null` counts as absent). */
export function optObject(o: JsonRecord, key: string, path: string): JsonRecord | undefined {
  const value = o[key];
  return value === undefined || value === null ? undefined : object(value, at(path, key));
}

/** An optional string field; numbers are accepted as their decimal text (ids often are). */
export function optStr(o: JsonRecord, key: string, path: string): string | undefined {
  const value = o[key];
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new ShapeError(at(path, key), "a string");
}

/** A required string field (numbers accepted as text). */
export function str(o: JsonRecord, key: string, path: string): string {
  const value = optStr(o, key, path);
  if (value === undefined) throw new ShapeError(at(path, key), "a string");
  return value;
}

/** An optional number field; numeric strings (as Meta's samples sometimes send) are accepted. */
export function optNum(o: JsonRecord, key: string, path: string): number | undefined {
  const value = o[key];
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  throw new ShapeError(at(path, key), "a number");
}

/** A required number field. */
export function num(o: JsonRecord, key: string, path: string): number {
  const value = optNum(o, key, path);
  if (value === undefined) throw new ShapeError(at(path, key), "a number");
  return value;
}

/** An optional boolean field; `"true"` and `"false"` are accepted. */
export function optBool(o: JsonRecord, key: string, path: string): boolean | undefined {
  const value = o[key];
  if (typeof value === "boolean") return value;
  if (value === undefined || value === null) return undefined;
  if (value === "true" || value === "false") return value === "true";
  throw new ShapeError(at(path, key), "a boolean");
}

/** The furthest a `Date` reaches from 1970, in ms (about 275 000 years). */
const MAX_DATE_MS = 8.64e15;

/** Seconds since 1970 as a `Date`, or `undefined` when no `Date` can hold them. */
export function dateFromUnixSeconds(seconds: number): Date | undefined {
  const ms = seconds * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? new Date(ms) : undefined;
}

/**
 * An optional Unix timestamp in seconds (a string in most payloads) as a `Date`; one out of a
 * `Date`'s range is unreadable, never an Invalid Date.
 */
export function optTime(o: JsonRecord, key: string, path: string): Date | undefined {
  const seconds = optNum(o, key, path);
  if (seconds === undefined) return undefined;
  const date = dateFromUnixSeconds(seconds);
  if (date === undefined) throw new ShapeError(at(path, key), "a readable timestamp");
  return date;
}

/** A required Unix timestamp in seconds. */
export function time(o: JsonRecord, key: string, path: string): Date {
  const date = optTime(o, key, path);
  if (date === undefined) throw new ShapeError(at(path, key), "a number");
  return date;
}

const EMPTY: readonly never[] = Object.freeze([]);

/** An optional array field; absent or `null` is an empty list. */
export function list(o: JsonRecord, key: string, path: string): readonly unknown[] {
  const value = o[key];
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null) return EMPTY;
  throw new ShapeError(at(path, key), "an array");
}

/** An array of objects, each read by `read` (which gets the item and its path). */
export function listOf<T>(
  o: JsonRecord,
  key: string,
  path: string,
  read: (item: JsonRecord, path: string) => T,
): readonly T[] {
  const items = list(o, key, path);
  if (items.length === 0) return EMPTY;
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const itemPath = `${at(path, key)}[${i}]`;
    out.push(read(object(items[i], itemPath), itemPath));
  }
  return out;
}
