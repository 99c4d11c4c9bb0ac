import { z } from "zod";

/**
 * Reads a Graph timestamp such as `2023-05-21T11:18:09+0000`. Graph writes the offset without
 * a colon, which `Date.parse` is not required to accept, so the colon is put back first.
 */
export function parseGraphDate(value: string): Date {
  return new Date(value.replace(/(T[\d:.]+[+-]\d{2})(\d{2})$/, "$1:$2"));
}

/** A Graph timestamp string that {@link parseGraphDate} can read. */
export const graphDateString = z
  .string()
  .refine((value) => !Number.isNaN(parseGraphDate(value).getTime()), "not a date");

/** A calendar date for Graph (`YYYY-MM-DD`): a string as is, a `Date` by its UTC day. */
export function toGraphDay(value: Date | string, option: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`${option} is an invalid Date`);
    return value.toISOString().slice(0, 10);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new TypeError(`${option} must be a Date or a YYYY-MM-DD string, got "${value}"`);
  }
  return value;
}
