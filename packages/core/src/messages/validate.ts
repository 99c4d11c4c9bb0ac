import { MESSAGE_LIMITS, type MessageLimit, type MessageLimitName } from "./limits.js";

/**
 * A message argument breaks a limit Meta documents, checked before any network call. It is a
 * `TypeError` (a programming mistake, like any bad argument) that names the method, the field,
 * the limit and what was given; it never contains the text itself.
 *
 * @example
 * ```ts
 * import { Button, MessageValidationError } from "@tswa/core";
 *
 * try {
 *   new Button({ title: "A title far longer than twenty", callbackData: "x" });
 * } catch (error) {
 *   if (error instanceof MessageValidationError) console.error(error.field, error.limit);
 * }
 * ```
 */
export class MessageValidationError extends TypeError {
  /** The method or building block that refused the value, such as `sendMessage` or `Button`. */
  readonly method: string;
  /** The field, as a path into the options, such as `buttons[1].title`. */
  readonly field: string;
  /** The limit broken, from {@link MESSAGE_LIMITS}, when a documented limit applies. */
  readonly limit: MessageLimitName | undefined;

  constructor(method: string, field: string, problem: string, limit?: MessageLimitName) {
    const source = limit === undefined ? "" : ` (${MESSAGE_LIMITS[limit].source})`;
    super(`${method}: \`${field}\` ${problem}${source}`);
    this.name = "MessageValidationError";
    this.method = method;
    this.field = field;
    this.limit = limit;
  }
}

/** Characters as Meta counts them: Unicode code points, not UTF-16 units. */
export const charCount = (value: string): number => {
  let n = 0;
  for (const _ of value) n++;
  return n;
};

/** Checks a required text field: a non-empty string within its limit. */
export function checkText(
  method: string,
  field: string,
  value: unknown,
  limit: MessageLimitName,
): string {
  if (typeof value !== "string" || value === "") {
    throw new MessageValidationError(method, field, "must be a non-empty string");
  }
  const { max } = MESSAGE_LIMITS[limit];
  const length = charCount(value);
  if (length > max) {
    throw new MessageValidationError(
      method,
      field,
      `is ${length} characters; the limit is ${max}`,
      limit,
    );
  }
  return value;
}

/** Checks an optional text field: `undefined`, or as {@link checkText}. */
export function checkOptionalText(
  method: string,
  field: string,
  value: unknown,
  limit: MessageLimitName,
): string | undefined {
  return value === undefined ? undefined : checkText(method, field, value, limit);
}

/** Checks how many items a list has against a count limit. */
export function checkCount(
  method: string,
  field: string,
  count: number,
  limit: MessageLimitName,
): void {
  const { min = 1, max }: MessageLimit = MESSAGE_LIMITS[limit];
  if (count < min || count > max) {
    throw new MessageValidationError(
      method,
      field,
      `has ${count} items; it takes ${min === max ? max : `${min} to ${max}`}`,
      limit,
    );
  }
}

/** Checks a number against a range limit (coordinates, days, minutes). */
export function checkRange(
  method: string,
  field: string,
  value: unknown,
  limit: MessageLimitName,
  options: { integer?: boolean } = {},
): number {
  const { min = 0, max }: MessageLimit = MESSAGE_LIMITS[limit];
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!options.integer || Number.isInteger(value));
  if (!ok) {
    throw new MessageValidationError(
      method,
      field,
      `must be ${options.integer ? "a whole number" : "a number"} from ${min} to ${max} (got ${String(value)})`,
      limit,
    );
  }
  return value;
}

/** Checks an id: a non-empty string (Graph ids pass 2^53, so never numbers). */
export function checkId(method: string, field: string, value: unknown): string {
  if (typeof value !== "string" || value === "") {
    throw new MessageValidationError(method, field, "must be a non-empty string");
  }
  return value;
}

/** Checks that a URL is absolute http(s), as buttons and links require. */
export function checkHttpUrl(method: string, field: string, value: unknown): string {
  let protocol: string | undefined;
  try {
    protocol = typeof value === "string" ? new URL(value).protocol : undefined;
  } catch {
    protocol = undefined;
  }
  if (protocol !== "https:" && protocol !== "http:") {
    throw new MessageValidationError(method, field, "must be an http:// or https:// URL");
  }
  return value as string;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const pictographic = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/** Checks a reaction: exactly one emoji (one grapheme, flags and skin tones included). */
export function checkEmoji(method: string, field: string, value: unknown): string {
  const graphemes = typeof value === "string" ? [...segmenter.segment(value)] : [];
  if (graphemes.length !== 1 || !pictographic.test(value as string)) {
    throw new MessageValidationError(
      method,
      field,
      `must be exactly one emoji (got ${graphemes.length} characters)`,
    );
  }
  return value as string;
}
