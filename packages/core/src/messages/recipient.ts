import { type CallbackDataValue, callbackDataString } from "./callback-data.js";
import { checkId, checkText, MessageValidationError } from "./validate.js";

/**
 * Who a message goes to, chosen by type, never guessed from the string:
 * - a string: a phone number in international format or a WhatsApp id (`wa_id`), sent as `to`;
 * - `{ userId }`: a business-scoped user id (BSUID, such as `US.13491208655302741918`), for users
 *   who set a username and whose number you do not have, sent as Graph's `recipient` field;
 * - `{ groupId }`: a WhatsApp group, sent as `to` with `recipient_type: "group"`.
 *
 * @example
 * ```ts
 * import type { Recipient } from "@tswa/core";
 *
 * const byPhone: Recipient = "972987654321";
 * const byUserId: Recipient = { userId: "US.13491208655302741918" };
 * const toGroup: Recipient = { groupId: "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD" };
 * ```
 */
export type Recipient =
  | string
  | {
      /** The user's business-scoped user id (Graph's `recipient`). */
      readonly userId: string;
    }
  | {
      /** The group id (sent with `recipient_type: "group"`). */
      readonly groupId: string;
    };

/** The recipient fields of a message body, in Graph's order. */
export type RecipientFields =
  | { recipient_type: "individual"; to: string }
  | { recipient_type: "individual"; recipient: string }
  | { recipient_type: "group"; to: string };

/** Turns a {@link Recipient} into the body fields Graph expects. */
export function recipientFields(method: string, to: Recipient): RecipientFields {
  if (typeof to === "string")
    return { recipient_type: "individual", to: checkId(method, "to", to) };
  if (typeof to === "object" && to !== null) {
    if ("userId" in to && !("groupId" in to)) {
      return { recipient_type: "individual", recipient: checkId(method, "to.userId", to.userId) };
    }
    if ("groupId" in to && !("userId" in to)) {
      return { recipient_type: "group", to: checkId(method, "to.groupId", to.groupId) };
    }
  }
  throw new MessageValidationError(
    method,
    "to",
    "must be a phone number or wa_id string, { userId } or { groupId }",
  );
}

/** The id a {@link Recipient} names (the phone, user id or group id). */
export function recipientId(to: Recipient): string {
  if (typeof to === "string") return to;
  return "userId" in to ? to.userId : to.groupId;
}

/** Checks the optional tracker (`biz_opaque_callback_data`). */
export const checkTracker = (method: string, tracker: CallbackDataValue | undefined) =>
  tracker === undefined
    ? undefined
    : checkText(method, "tracker", callbackDataString(tracker), "tracker");
