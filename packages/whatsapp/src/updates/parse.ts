import type { Update } from "./kinds.js";
import { parseAccountUpdate, parsePhoneNumberQuality } from "./parse-account.js";
import { parseCallsChange } from "./parse-calls.js";
import { type ChangeContext, type UnreadableItem, unreadable } from "./parse-context.js";
import { parseFlowsChange } from "./parse-flows.js";
import { parseMessagesChange } from "./parse-messages.js";
import {
  parseTemplateCategory,
  parseTemplateComponents,
  parseTemplateQuality,
  parseTemplateStatus,
} from "./parse-templates.js";
import { parseUserPreferences } from "./parse-user-preferences.js";
import { RawUpdate } from "./raw-update.js";
import { dateFromUnixSeconds, isObject, optNum } from "./read.js";
import type { UpdateClient } from "./update-client.js";

/** How each webhook field becomes typed updates; other fields arrive as `RawUpdate`s only. */
const FIELD_PARSERS: Readonly<Record<string, (context: ChangeContext) => void>> = {
  messages: (context) => parseMessagesChange(context),
  smb_message_echoes: (context) => parseMessagesChange(context, true),
  calls: parseCallsChange,
  user_preferences: parseUserPreferences,
  account_update: parseAccountUpdate,
  message_template_status_update: parseTemplateStatus,
  template_category_update: parseTemplateCategory,
  message_template_quality_update: parseTemplateQuality,
  message_template_components_update: parseTemplateComponents,
  phone_number_quality_update: parsePhoneNumberQuality,
  flows: parseFlowsChange,
};

/** Options of {@link parseWebhook}. */
export interface ParseWebhookOptions {
  /** The client update shortcuts (`msg.reply()`) call. Without it they throw. */
  client?: UpdateClient | undefined;
  /**
   * Only make typed updates for changes about this phone number id (`metadata.phone_number_id`);
   * changes for other numbers still arrive as `RawUpdate`s.
   */
  phoneId?: string | undefined;
}

/** One change of a webhook: its raw update and the typed updates made from it. */
export interface ParsedChange {
  /** The change as received. */
  raw: RawUpdate;
  /** The typed updates made from it (none for fields tswa does not type). */
  updates: Update[];
}

/** The changes of one webhook body, each with its updates, and what could not be read. */
export interface ParsedWebhook {
  /** For each change: its {@link RawUpdate}, then the typed updates made from it. */
  changes: ParsedChange[];
  /** Every update, in order (each change's `RawUpdate` first). */
  updates: Update[];
  /** Entries, changes and items that could not be read; the rest of the body was. */
  unreadable: (UnreadableItem & {
    /** The change's field, when it had one. */
    field: string | undefined;
    /** The index of the entry in `entry[]`. */
    entry: number;
    /** The index of the change in the entry's `changes[]`, when the problem is inside one. */
    change: number | undefined;
  })[];
}

/**
 * Reads a webhook body change by change: a change that cannot be read is reported in
 * `unreadable` and the others are delivered.
 *
 * @returns The updates, or `undefined` when the body is not a webhook envelope (no `entry` list).
 *
 * @example
 * ```ts
 * import { parseWebhook } from "tswa";
 *
 * const parsed = parseWebhook(JSON.parse('{"object":"whatsapp_business_account","entry":[]}'));
 * console.log(parsed?.updates.length); // 0
 * ```
 */
export function parseWebhook(
  json: unknown,
  options: ParseWebhookOptions = {},
): ParsedWebhook | undefined {
  if (!isObject(json) || !Array.isArray(json.entry)) return undefined;
  const parsed: ParsedWebhook = { changes: [], updates: [], unreadable: [] };
  const entries: readonly unknown[] = json.entry;
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    if (!isObject(entry) || !Array.isArray(entry.changes)) {
      const reason = isObject(entry) ? "expected an array" : "expected an object";
      const path = isObject(entry) ? "changes" : "(entry)";
      parsed.unreadable.push({ path, reason, field: undefined, entry: e, change: undefined });
      continue;
    }
    const wabaId = readEntryId(entry.id);
    const seconds = safeNumber(entry, "time");
    const timestamp = seconds === undefined ? undefined : dateFromUnixSeconds(seconds);
    if (seconds !== undefined && timestamp === undefined) {
      const first = Array.isArray(entry.changes) ? entry.changes[0] : undefined;
      const field = isObject(first) && typeof first.field === "string" ? first.field : undefined;
      parsed.unreadable.push({
        path: "time",
        reason: "expected a readable timestamp",
        field,
        entry: e,
        change: 0,
      });
    }
    const changes: readonly unknown[] = entry.changes;
    for (let c = 0; c < changes.length; c++) {
      const change = changes[c];
      const field = isObject(change) && typeof change.field === "string" ? change.field : undefined;
      if (!isObject(change) || field === undefined || !isObject(change.value)) {
        const path = !isObject(change) ? "(change)" : field === undefined ? "field" : "value";
        const reason = path === "field" ? "expected a string" : "expected an object";
        parsed.unreadable.push({ path, reason, field, entry: e, change: c });
        continue;
      }
      const raw = new RawUpdate({ field, value: change.value, wabaId, timestamp, body: json });
      const context: ChangeContext = {
        field,
        value: change.value,
        wabaId,
        timestamp,
        client: options.client,
        updates: [],
        unreadable: [],
      };
      const parse = FIELD_PARSERS[field];
      if (parse && forPhone(change.value, options.phoneId)) {
        try {
          parse(context);
        } catch (error) {
          unreadable(context, "value", error);
        }
      }
      parsed.changes.push({ raw, updates: context.updates });
      parsed.updates.push(raw);
      for (const update of context.updates) parsed.updates.push(update);
      for (const item of context.unreadable)
        parsed.unreadable.push({
          path: item.path,
          reason: item.reason,
          field,
          entry: e,
          change: c,
        });
    }
  }
  return parsed;
}

/** Whether a change is about `phoneId` (changes without metadata, such as templates, always are). */
function forPhone(value: Readonly<Record<string, unknown>>, phoneId: string | undefined): boolean {
  if (phoneId === undefined || !isObject(value.metadata)) return true;
  const id = value.metadata.phone_number_id;
  return id === undefined || String(id) === phoneId;
}

function readEntryId(id: unknown): string {
  return typeof id === "string" ? id : typeof id === "number" ? String(id) : "";
}

function safeNumber(entry: Readonly<Record<string, unknown>>, key: string): number | undefined {
  try {
    return optNum(entry, key, "entry");
  } catch {
    return undefined;
  }
}

export type { UnreadableItem };
