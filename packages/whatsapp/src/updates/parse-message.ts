import { CallbackButton, CallbackSelection } from "./callback.js";
import { CallPermissionUpdate } from "./calls.js";
import { ChatOpened } from "./chat-opened.js";
import { DeletedMessage, EditedMessage } from "./edits.js";
import { FlowCompletion } from "./flow-completion.js";
import type { Update } from "./kinds.js";
import { readReplyTo } from "./message-content.js";
import { OutgoingDeletedMessage, OutgoingEditedMessage } from "./outgoing.js";
import { userInit, withFields } from "./parse-context.js";
import {
  type JsonRecord,
  object,
  optBool,
  optObject,
  optStr,
  optTime,
  ShapeError,
  str,
  time,
} from "./read.js";
import { type MessageScope, readMessage } from "./read-message.js";
import { IdentityChange, PhoneNumberChange } from "./system.js";
import type { UpdateError } from "./update-error.js";
import type { UserUpdateInit } from "./user-update.js";

const PHONE_NUMBER_CHANGES = new Set([
  "user_changed_number",
  "user_changed_user_id",
  "customer_changed_number",
]);

/** Makes the update of one `messages[]` (or `message_echoes[]`) item, by its type. */
export function parseMessage(
  m: JsonRecord,
  path: string,
  common: Omit<UserUpdateInit, "id" | "timestamp">,
  scope: MessageScope,
  errors: readonly UpdateError[],
): Update {
  const base = userInit(common, str(m, "id", path), time(m, "timestamp", path));
  const type = str(m, "type", path);
  const context = optObject(m, "context", path);
  const replyToMessage = readReplyTo(context, path);
  switch (type) {
    case "interactive": {
      const interactive = optObject(m, "interactive", path);
      const at = `${path}.interactive`;
      const kind = interactive && optStr(interactive, "type", at);
      const reply = kind && interactive && optObject(interactive, kind, at);
      const replyAt = `${at}.${kind}`;
      if (reply && kind === "button_reply")
        return new CallbackButton(
          withFields(base, {
            type,
            replyToMessage,
            data: str(reply, "id", replyAt),
            title: str(reply, "title", replyAt),
          }),
        );
      if (reply && kind === "list_reply")
        return new CallbackSelection(
          withFields(base, {
            type,
            replyToMessage,
            data: str(reply, "id", replyAt),
            title: str(reply, "title", replyAt),
            description: optStr(reply, "description", replyAt),
          }),
        );
      if (reply && kind === "nfm_reply")
        return flowCompletion(reply, replyAt, base, replyToMessage);
      if (reply && kind === "call_permission_reply")
        return new CallPermissionUpdate(
          withFields(base, {
            replyToMessage,
            response: str(reply, "response", replyAt),
            responseSource: optStr(reply, "response_source", replyAt),
            expirationTimestamp: optTime(reply, "expiration_timestamp", replyAt),
          }),
        );
      break;
    }
    case "button": {
      const button = object(m.button, `${path}.button`);
      return new CallbackButton(
        withFields(base, {
          type,
          replyToMessage,
          data: str(button, "payload", `${path}.button`),
          title: str(button, "text", `${path}.button`),
        }),
      );
    }
    case "system": {
      const system = object(m.system, `${path}.system`);
      const at = `${path}.system`;
      const systemType = optStr(system, "type", at) ?? "";
      const body = optStr(system, "body", at);
      if (PHONE_NUMBER_CHANGES.has(systemType))
        return new PhoneNumberChange(
          withFields(base, {
            systemType,
            body,
            oldWaId: optStr(system, "customer", at) ?? optStr(m, "from", path),
            newWaId: optStr(system, "wa_id", at) ?? optStr(system, "new_wa_id", at),
            newUserId: optStr(system, "user_id", at),
            newParentUserId: optStr(system, "parent_user_id", at),
          }),
        );
      if (systemType === "customer_identity_changed") {
        const identity = optObject(m, "identity", path);
        const idAt = `${path}.identity`;
        return new IdentityChange(
          withFields(base, {
            systemType,
            body,
            identity: identity && {
              acknowledged: optBool(identity, "acknowledged", idAt),
              createdTimestamp: optTime(identity, "created_timestamp", idAt),
              hash: optStr(identity, "hash", idAt),
            },
          }),
        );
      }
      break;
    }
    case "edit": {
      const edit = object(m.edit, `${path}.edit`);
      const at = `${path}.edit`;
      const originalMessageId = str(edit, "original_message_id", at);
      const content = object(edit.message, `${at}.message`);
      const message = readMessage(
        content,
        `${at}.message`,
        userInit(base, originalMessageId, base.timestamp),
        scope,
        errors,
      );
      const init = withFields(base, { originalMessageId, message });
      return scope.outgoing ? new OutgoingEditedMessage(init) : new EditedMessage(init);
    }
    case "revoke": {
      const revoke = object(m.revoke, `${path}.revoke`);
      const init = withFields(base, {
        originalMessageId: str(revoke, "original_message_id", `${path}.revoke`),
      });
      return scope.outgoing ? new OutgoingDeletedMessage(init) : new DeletedMessage(init);
    }
    case "request_welcome":
      if (!scope.outgoing) return new ChatOpened(base);
      break;
  }
  return readMessage(m, path, base, scope, errors);
}

function flowCompletion(
  reply: JsonRecord,
  path: string,
  base: UserUpdateInit,
  replyToMessage: FlowCompletion["replyToMessage"],
): FlowCompletion {
  const text = str(reply, "response_json", path);
  let response: unknown;
  try {
    response = JSON.parse(text);
  } catch {
    throw new ShapeError(`${path}.response_json`, "a JSON object");
  }
  const { flow_token: flowToken, ...rest } = object(response, `${path}.response_json`);
  return new FlowCompletion(
    withFields(base, {
      replyToMessage,
      body: optStr(reply, "body", path) ?? "",
      flowToken: typeof flowToken === "string" ? flowToken : undefined,
      response: rest,
    }),
  );
}
