import type { Update } from "./kinds.js";
import { ShapeError } from "./read.js";
import type { UpdateClient } from "./update-client.js";
import type { UserUpdateInit } from "./user-update.js";

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
 * Records why the item at `path` could not be read; parsers catch per item, so one broken item
 * never takes its neighbours down. A {@link ShapeError} names the field; anything else thrown is
 * kept too: a webhook must never crash on a shape nobody foresaw.
 */
export function unreadable(context: ChangeContext, path: string, error: unknown): void {
  if (error instanceof ShapeError)
    context.unreadable.push({ path: error.path, reason: `expected ${error.expected}` });
  else context.unreadable.push({ path, reason: `unexpected ${String(error)}` });
}

/** The fields of a user update: the change's, the user's, and the item's id and time. */
export function userInit(
  common: Omit<UserUpdateInit, "id" | "timestamp">,
  id: string,
  timestamp: Date,
): UserUpdateInit {
  // A literal, not a spread: `{ ...a, b }` is V8's slow path, and this runs per item.
  return {
    wabaId: common.wabaId,
    raw: common.raw,
    client: common.client,
    metadata: common.metadata,
    from: common.from,
    id,
    timestamp,
  };
}

/** `{ ...base, ...fields }` without the cost of a spread into a new object. */
export function withFields<A extends object, B extends object>(base: A, fields: B): A & B {
  return Object.assign({}, base, fields);
}
