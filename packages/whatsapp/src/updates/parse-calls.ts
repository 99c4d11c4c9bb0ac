import { CallConnect, CallStatus, CallTerminate } from "./calls.js";
import { readMetadata } from "./metadata.js";
import { type ChangeContext, unreadable } from "./parse-context.js";
import { list, listOf, object, optNum, optObject, optStr, optTime, str, time } from "./read.js";
import { readUpdateError } from "./update-error.js";
import { contactUser, userOf } from "./user.js";
import { WebhookErrors } from "./webhook-errors.js";

/** The updates of a `calls` change: connects, terminates and statuses of calls. */
export function parseCallsChange(context: ChangeContext): void {
  const { value } = context;
  const metadata = readMetadata(value);
  const contacts = list(value, "contacts", "");
  const errors = listOf(value, "errors", "", readUpdateError);
  const calls = list(value, "calls", "");
  const statuses = list(value, "statuses", "");
  const common = { wabaId: context.wabaId, raw: value, metadata, client: context.client };

  for (let i = 0; i < calls.length; i++) {
    const path = `calls[${i}]`;
    const item = calls[i];
    try {
      const c = object(item, path);
      const direction = optStr(c, "direction", path) ?? "USER_INITIATED";
      // The user is the caller of their own calls and the callee of the business's.
      const side = direction === "BUSINESS_INITIATED" ? "to" : "from";
      const base = {
        ...common,
        id: str(c, "id", path),
        timestamp: time(c, "timestamp", path),
        from: contactUser(
          optStr(c, side, path),
          optStr(c, `${side}_user_id`, path),
          contacts,
          path,
        ),
        event: str(c, "event", path),
        direction,
      };
      if (base.event === "terminate") {
        context.updates.push(
          new CallTerminate({
            ...base,
            status: optStr(c, "status", path),
            startTime: optTime(c, "start_time", path),
            endTime: optTime(c, "end_time", path),
            duration: optNum(c, "duration", path),
            errors,
            tracker: optStr(c, "biz_opaque_callback_data", path),
          }),
        );
        continue;
      }
      const session = optObject(c, "session", path);
      context.updates.push(
        new CallConnect({
          ...base,
          session: session && {
            sdpType: str(session, "sdp_type", `${path}.session`),
            sdp: str(session, "sdp", `${path}.session`),
          },
        }),
      );
    } catch (error) {
      unreadable(context, path, error);
    }
  }

  for (let i = 0; i < statuses.length; i++) {
    const path = `statuses[${i}]`;
    const item = statuses[i];
    try {
      const s = object(item, path);
      context.updates.push(
        new CallStatus({
          ...common,
          id: str(s, "id", path),
          timestamp: time(s, "timestamp", path),
          from: userOf(
            optStr(s, "recipient_id", path),
            optStr(s, "recipient_user_id", path),
            contacts,
            path,
          ),
          type: optStr(s, "type", path) ?? "call",
          status: str(s, "status", path),
          tracker: optStr(s, "biz_opaque_callback_data", path),
        }),
      );
    } catch (error) {
      unreadable(context, path, error);
    }
  }

  if (errors.length > 0 && calls.length === 0 && statuses.length === 0) {
    context.updates.push(
      new WebhookErrors({ ...common, field: context.field, timestamp: context.timestamp, errors }),
    );
  }
}
