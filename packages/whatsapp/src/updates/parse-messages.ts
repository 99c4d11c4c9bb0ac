import { GroupMessageStatuses, MessageStatus } from "./message-status.js";
import { readMetadata } from "./metadata.js";
import { type ChangeContext, unreadable } from "./parse-context.js";
import { parseMessage } from "./parse-message.js";
import {
  type JsonRecord,
  list,
  listOf,
  object,
  optBool,
  optObject,
  optStr,
  optTime,
  str,
  time,
} from "./read.js";
import type { MessageScope } from "./read-message.js";
import { readUpdateError, type UpdateError } from "./update-error.js";
import { contactUser, userOf } from "./user.js";
import type { UserUpdateInit } from "./user-update.js";
import { WebhookErrors } from "./webhook-errors.js";

/**
 * The updates of a `messages` change (or, with `outgoing`, of an `smb_message_echoes` one):
 * one per message and status, group statuses gathered per group, and change-level errors as
 * a {@link WebhookErrors} when nothing else carries them.
 */
export function parseMessagesChange(context: ChangeContext, outgoing = false): void {
  const { value } = context;
  const metadata = readMetadata(value);
  const contacts = list(value, "contacts", "");
  const valueErrors = listOf(value, "errors", "", readUpdateError);
  const messagesKey = outgoing ? "message_echoes" : "messages";
  const messages = list(value, messagesKey, "");
  const statuses = list(value, "statuses", "");
  const common: StatusCommon = {
    wabaId: context.wabaId,
    raw: value,
    metadata,
    client: context.client,
  };
  const scope: MessageScope = { valueErrors, outgoing };

  for (let i = 0; i < messages.length; i++) {
    const path = `${messagesKey}[${i}]`;
    const item = messages[i];
    try {
      const m = object(item, path);
      const from = outgoing
        ? contactUser(optStr(m, "to", path), optStr(m, "to_user_id", path), contacts, path)
        : userOf(optStr(m, "from", path), optStr(m, "from_user_id", path), contacts, path);
      const messageErrors = listOf(m, "errors", path, readUpdateError);
      const withUser = { wabaId: common.wabaId, raw: value, metadata, client: common.client, from };
      context.updates.push(parseMessage(m, path, withUser, scope, messageErrors));
    } catch (error) {
      unreadable(context, path, error);
    }
  }

  // Made only for group statuses: most changes carry one message and no status.
  let groups: Map<string, MessageStatus[]> | undefined;
  for (let i = 0; i < statuses.length; i++) {
    const path = `statuses[${i}]`;
    const item = statuses[i];
    try {
      const s = object(item, path);
      const group = optStr(s, "recipient_type", path) === "group";
      const status = readStatus(s, path, common, contacts, valueErrors, group);
      if (!group) {
        context.updates.push(status);
        continue;
      }
      groups ??= new Map();
      const list = groups.get(status.recipientId) ?? [];
      list.push(status);
      groups.set(status.recipientId, list);
    } catch (error) {
      unreadable(context, path, error);
    }
  }
  for (const [groupId, list] of groups ?? []) {
    context.updates.push(
      new GroupMessageStatuses({
        wabaId: common.wabaId,
        raw: common.raw,
        metadata: common.metadata,
        groupId,
        timestamp: list[0]?.timestamp ?? new Date(0),
        statuses: list,
      }),
    );
  }

  if (valueErrors.length > 0 && messages.length === 0 && statuses.length === 0) {
    context.updates.push(
      new WebhookErrors({
        wabaId: common.wabaId,
        raw: common.raw,
        metadata: common.metadata,
        field: context.field,
        timestamp: context.timestamp,
        errors: valueErrors,
      }),
    );
  }
}

/** What every update of a change shares. */
type StatusCommon = Omit<UserUpdateInit, "id" | "from" | "timestamp">;

function readStatus(
  s: JsonRecord,
  path: string,
  common: StatusCommon,
  contacts: readonly unknown[],
  valueErrors: readonly UpdateError[],
  group: boolean,
): MessageStatus {
  const recipientId = optStr(s, "recipient_id", path) ?? str(s, "recipient_user_id", path);
  const from = group
    ? userOf(
        optStr(s, "recipient_participant_id", path),
        optStr(s, "recipient_participant_user_id", path),
        contacts,
        path,
      )
    : userOf(optStr(s, "recipient_id", path), optStr(s, "recipient_user_id", path), contacts, path);
  const conversation = optObject(s, "conversation", path);
  const origin = conversation && optObject(conversation, "origin", `${path}.conversation`);
  const pricing = optObject(s, "pricing", path);
  const at = `${path}.pricing`;
  return new MessageStatus({
    wabaId: common.wabaId,
    raw: common.raw,
    client: common.client,
    metadata: common.metadata,
    id: str(s, "id", path),
    status: str(s, "status", path),
    timestamp: time(s, "timestamp", path),
    from,
    recipientId,
    conversation: conversation && {
      id: str(conversation, "id", `${path}.conversation`),
      origin: origin && optStr(origin, "type", `${path}.conversation.origin`),
      expiration: optTime(conversation, "expiration_timestamp", `${path}.conversation`),
    },
    pricing: pricing && {
      billable: optBool(pricing, "billable", at),
      model: optStr(pricing, "pricing_model", at),
      type: optStr(pricing, "type", at) ?? optStr(pricing, "pricing_type", at),
      category: optStr(pricing, "category", at),
    },
    errors: listOf(s, "errors", path, readUpdateError).concat(valueErrors),
    tracker: optStr(s, "biz_opaque_callback_data", path),
  });
}
