import type { Update } from "./kinds.js";
import { ShapeError } from "./read.js";
import type { UpdateClient } from "./update-client.js";

/**
 * An item of a change that could not be read as its type; the rest of the batch still goes out.
 *
 * @inline
 */
export interface UnreadableItem {
  /** Where in the change: `messages[0]`, `statuses[2].timestamp`, or `value`. */
  path: string;
  /** What did not match. */
  reason: string;
}

/** One change being parsed: where it came from, and where its updates and failures go. */
export interface ChangeContext {
  /** The webhook field, such as `messages`. */
  field: string;
  /** The change's value. */
  value: Readonly<Record<string, unknown>>;
  /** `entry[].id`. */
  wabaId: string;
  /** `entry[].time`. */
  timestamp: Date | undefined;
  /** The client update shortcuts call. */
  client: UpdateClient | undefined;
  /** The typed updates made so far. */
  updates: Update[];
  /** The items that could not be read. */
  unreadable: UnreadableItem[];
}

/**
 * Runs `read` and keeps what it makes; a {@link ShapeError} becomes an unreadable item at its
 * path, so one broken item never takes its neighbours down. Anything else thrown is kept the
 * same way: a webhook must never crash on a shape nobody foresaw.
 */
export function attempt(context: ChangeContext, path: string, read: () => void): void {
  try {
    read();
  } catch (error) {
    if (error instanceof ShapeError)
      context.unreadable.push({ path: error.path, reason: `expected ${error.expected}` });
    else context.unreadable.push({ path, reason: `unexpected ${String(error)}` });
  }
}
