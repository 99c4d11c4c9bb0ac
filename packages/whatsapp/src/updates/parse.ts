import { z } from "zod";
import { dateFromUnixSeconds, lenientNumber } from "./common.js";
import type { FlowCompletion } from "./flow-completion.js";
import type { FlowsEvent } from "./flows-event.js";
import type { Message } from "./message.js";
import type { MessageStatus } from "./message-status.js";
import { parseFlowsChange } from "./parse-flows.js";
import { parseMessagesChange, type UnreadableItem } from "./parse-messages.js";
import { RawUpdate } from "./raw-update.js";

/** Every typed update tswa makes from a webhook. */
export type Update = Message | FlowCompletion | MessageStatus | FlowsEvent | RawUpdate;

const envelopeSchema = z.looseObject({
  object: z.string(),
  entry: z.array(
    z.looseObject({
      id: z.union([z.string(), z.number()]).transform(String),
      time: lenientNumber.optional(),
      changes: z.array(
        z.looseObject({ field: z.string(), value: z.record(z.string(), z.unknown()) }),
      ),
    }),
  ),
});

/** The updates of one webhook body, in order, and what could not be read. */
export interface ParsedWebhook {
  /** For each change: its {@link RawUpdate}, then the typed updates made from it. */
  updates: Update[];
  /** Items that did not match their type (their raw update is still in `updates`). */
  unreadable: (UnreadableItem & {
    /** The change's field, such as `messages`. */
    field: string;
    /** The index of the entry in `entry[]`. */
    entry: number;
    /** The index of the change in the entry's `changes[]`. */
    change: number;
  })[];
}

/**
 * Reads a webhook body: every entry and every change, not only the first.
 *
 * @returns The updates, or `undefined` when the body is not a webhook envelope.
 */
export function parseWebhook(json: unknown): ParsedWebhook | undefined {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return undefined;
  const updates: Update[] = [];
  const unreadable: ParsedWebhook["unreadable"] = [];
  envelope.data.entry.forEach((entry, e) => {
    const timestamp = entry.time === undefined ? undefined : dateFromUnixSeconds(entry.time);
    if (entry.time !== undefined && timestamp === undefined) {
      const field = entry.changes[0]?.field ?? "";
      unreadable.push({
        path: "time",
        reason: "is not a readable timestamp",
        field,
        entry: e,
        change: 0,
      });
    }
    entry.changes.forEach((change, c) => {
      updates.push(
        new RawUpdate({
          field: change.field,
          value: change.value,
          wabaId: entry.id,
          timestamp,
          body: json as Record<string, unknown>,
        }),
      );
      const where = { field: change.field, entry: e, change: c };
      if (change.field === "messages") {
        const parsed = parseMessagesChange(change.value, entry.id);
        updates.push(...parsed.updates);
        unreadable.push(...parsed.unreadable.map((item) => ({ ...item, ...where })));
      } else if (change.field === "flows") {
        const parsed = parseFlowsChange(change.value, entry.id, timestamp);
        if (parsed.event) updates.push(parsed.event);
        unreadable.push(...parsed.unreadable.map((item) => ({ ...item, ...where })));
      }
    });
  });
  return { updates, unreadable };
}
