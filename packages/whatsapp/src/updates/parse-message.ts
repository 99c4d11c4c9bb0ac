import { CallbackButton, CallbackSelection } from "./callback.js";
import { CallPermissionUpdate } from "./calls.js";
import { ChatOpened } from "./chat-opened.js";
import { DeletedMessage, EditedMessage } from "./edits.js";
import { FlowCompletion } from "./flow-completion.js";
import type { Update } from "./kinds.js";
import { type MediaObject, optContent, readMedia } from "./media.js";
import { Message, type MessageContentInit } from "./message.js";
import {
  readContact,
  readLocation,
  readOrder,
  readReaction,
  readReferral,
  readReplyTo,
} from "./message-content.js";
import { OutgoingDeletedMessage, OutgoingEditedMessage, OutgoingMessage } from "./outgoing.js";
import {
  type JsonObject,
  listOf,
  object,
  optBool,
  optObject,
  optStr,
  optTime,
  ShapeError,
  str,
  time,
} from "./read.js";
import { IdentityChange, PhoneNumberChange } from "./system.js";
import type { UpdateError } from "./update-error.js";
import type { UserUpdateInit } from "./user-update.js";

/** What every message of a change shares: the change-level errors, and whether they are echoes. */
export interface MessageScope {
  /** `value.errors`, attached to each message of the change. */
  valueErrors: readonly UpdateError[];
  /** Whether these are echoes of messages the business sent from the app. */
  outgoing: boolean;
}

const PHONE_NUMBER_CHANGES = new Set([
  "user_changed_number",
  "user_changed_user_id",
  "customer_changed_number",
]);

/** Makes the update of one `messages[]` (or `message_echoes[]`) item, by its type. */
export function parseMessage(
  m: JsonObject,
  path: string,
  common: Omit<UserUpdateInit, "id" | "timestamp">,
  scope: MessageScope,
  errors: readonly UpdateError[],
): Update {
  const base = { ...common, id: str(m, "id", path), timestamp: time(m, "timestamp", path) };
  const type = str(m, "type", path);
  const context = optObject(m, "context", path);
  const replyToMessage = readReplyTo(context, `${path}.context`);
  switch (type) {
    case "interactive": {
      const interactive = optObject(m, "interactive", path);
      const at = `${path}.interactive`;
      const kind = interactive && optStr(interactive, "type", at);
      const reply = kind && interactive && optObject(interactive, kind, at);
      const replyAt = `${at}.${kind}`;
      if (reply && kind === "button_reply")
        return new CallbackButton({
          ...base,
          type,
          replyToMessage,
          data: str(reply, "id", replyAt),
          title: str(reply, "title", replyAt),
        });
      if (reply && kind === "list_reply")
        return new CallbackSelection({
          ...base,
          type,
          replyToMessage,
          data: str(reply, "id", replyAt),
          title: str(reply, "title", replyAt),
          description: optStr(reply, "description", replyAt),
        });
      if (reply && kind === "nfm_reply")
        return flowCompletion(reply, replyAt, base, replyToMessage);
      if (reply && kind === "call_permission_reply")
        return new CallPermissionUpdate({
          ...base,
          replyToMessage,
          response: str(reply, "response", replyAt),
          responseSource: optStr(reply, "response_source", replyAt),
          expirationTimestamp: optTime(reply, "expiration_timestamp", replyAt),
        });
      break;
    }
    case "button": {
      const button = object(m.button, `${path}.button`);
      return new CallbackButton({
        ...base,
        type,
        replyToMessage,
        data: str(button, "payload", `${path}.button`),
        title: str(button, "text", `${path}.button`),
      });
    }
    case "system": {
      const system = object(m.system, `${path}.system`);
      const at = `${path}.system`;
      const systemType = optStr(system, "type", at) ?? "";
      const body = optStr(system, "body", at);
      if (PHONE_NUMBER_CHANGES.has(systemType))
        return new PhoneNumberChange({
          ...base,
          systemType,
          body,
          oldWaId: optStr(system, "customer", at) ?? optStr(m, "from", path),
          newWaId: optStr(system, "wa_id", at) ?? optStr(system, "new_wa_id", at),
          newUserId: optStr(system, "user_id", at),
          newParentUserId: optStr(system, "parent_user_id", at),
        });
      if (systemType === "customer_identity_changed") {
        const identity = optObject(m, "identity", path);
        const idAt = `${path}.identity`;
        return new IdentityChange({
          ...base,
          systemType,
          body,
          identity: identity && {
            acknowledged: optBool(identity, "acknowledged", idAt),
            createdTimestamp: optTime(identity, "created_timestamp", idAt),
            hash: optStr(identity, "hash", idAt),
          },
        });
      }
      break;
    }
    case "edit": {
      const edit = object(m.edit, `${path}.edit`);
      const at = `${path}.edit`;
      const originalMessageId = str(edit, "original_message_id", at);
      const content = object(edit.message, `${at}.message`);
      const message = message_(
        content,
        `${at}.message`,
        { ...base, id: originalMessageId },
        scope,
        errors,
      );
      const init = { ...base, originalMessageId, message };
      return scope.outgoing ? new OutgoingEditedMessage(init) : new EditedMessage(init);
    }
    case "revoke": {
      const revoke = object(m.revoke, `${path}.revoke`);
      const init = {
        ...base,
        originalMessageId: str(revoke, "original_message_id", `${path}.revoke`),
      };
      return scope.outgoing ? new OutgoingDeletedMessage(init) : new DeletedMessage(init);
    }
    case "request_welcome":
      if (!scope.outgoing) return new ChatOpened(base);
      break;
  }
  return message_(m, path, base, scope, errors);
}

function message_(
  m: JsonObject,
  path: string,
  base: UserUpdateInit,
  scope: MessageScope,
  errors: readonly UpdateError[],
): Message | OutgoingMessage {
  const type = str(m, "type", path);
  const context = optObject(m, "context", path);
  const init = {
    ...base,
    ...content(m, type, path),
    type,
    replyToMessage: readReplyTo(context, `${path}.context`),
    forwarded:
      (context &&
        (optBool(context, "forwarded", path) || optBool(context, "frequently_forwarded", path))) ??
      false,
    forwardedManyTimes: (context && optBool(context, "frequently_forwarded", path)) ?? false,
    referral: optContent(m, "referral", path, readReferral),
    groupId: optStr(m, "group_id", path),
    errors: [...errors, ...scope.valueErrors],
    message: m,
  };
  return scope.outgoing ? new OutgoingMessage(init) : new Message(init);
}

/** Reads only the content field of the message's own type. */
function content(m: JsonObject, type: string, path: string): MessageContentInit {
  switch (type) {
    case "text":
      return { text: str(object(m.text, `${path}.text`), "body", `${path}.text`) };
    case "image":
    case "video":
    case "audio":
    case "document":
    case "sticker": {
      const read = readMedia[type] as (media: JsonObject, path: string) => MediaObject;
      const media = optContent(m, type, path, read);
      if (!media) throw new ShapeError(`${path}.${type}`, "an object");
      return { [type]: media };
    }
    case "location":
      return { location: readLocation(object(m.location, `${path}.location`), `${path}.location`) };
    case "contacts":
      return { contacts: listOf(m, "contacts", path, readContact) };
    case "reaction":
      return { reaction: readReaction(object(m.reaction, `${path}.reaction`), `${path}.reaction`) };
    case "order":
      return { order: readOrder(object(m.order, `${path}.order`), `${path}.order`) };
    case "system": {
      const system = optObject(m, "system", path);
      return {
        system: system && {
          type: optStr(system, "type", `${path}.system`),
          body: optStr(system, "body", `${path}.system`),
        },
      };
    }
    case "unsupported": {
      const unsupported = optObject(m, "unsupported", path);
      return {
        unsupported: { type: unsupported && optStr(unsupported, "type", `${path}.unsupported`) },
      };
    }
    default:
      return {};
  }
}

function flowCompletion(
  reply: JsonObject,
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
  return new FlowCompletion({
    ...base,
    replyToMessage,
    body: optStr(reply, "body", path) ?? "",
    flowToken: typeof flowToken === "string" ? flowToken : undefined,
    response: rest,
  });
}
