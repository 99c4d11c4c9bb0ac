/**
 * Structured data that stands for a string on the wire: a reply button's id, a list row's id or
 * a message's `tracker`. tswa's `CallbackData` classes implement it; so can your own types.
 * Send methods call `toCallbackData()` once and check the string against Meta's limit for the
 * field (256 characters for a button, 200 for a row, 512 for a tracker).
 *
 * @example
 * ```ts
 * import { Button, type CallbackDataLike } from "@tswa/core";
 *
 * const order: CallbackDataLike = { toCallbackData: () => "order~42" };
 * const button = new Button({ title: "Track order", callbackData: order });
 * ```
 */
export interface CallbackDataLike {
  /** The string sent in place of this object. */
  toCallbackData(): string;
}

/** A string, or structured data that serializes to one ({@link CallbackDataLike}). */
export type CallbackDataValue = string | CallbackDataLike;

/** The string a callback data field sends: the value itself, or its `toCallbackData()`. */
export function callbackDataString(value: unknown): unknown {
  return typeof value === "object" &&
    value !== null &&
    typeof (value as Partial<CallbackDataLike>).toCallbackData === "function"
    ? (value as CallbackDataLike).toCallbackData()
    : value;
}
