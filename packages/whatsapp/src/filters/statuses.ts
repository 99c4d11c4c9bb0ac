import { createGraphApiError, type GraphApiError, type GraphErrorBody } from "@tswa/core";
import type { MessageStatus, MessageStatusValue } from "../updates/message-status.js";
import type { UpdateError } from "../updates/update-error.js";
import { type Guard, guard } from "./filter.js";
import { fieldIs } from "./kinds.js";

/** What a status filter proves: a message status of status `S`. */
export type StatusNarrowing<S extends MessageStatusValue> = {
  readonly kind: "messageStatus";
  readonly status: S;
};

const ofStatus = <const S extends string>(status: S): Guard<StatusNarrowing<S>> =>
  fieldIs("messageStatus", "status", status);

/** Passes statuses `sent`. */
export const sent = ofStatus("sent");
/** Passes statuses `delivered`. */
export const delivered = ofStatus("delivered");
/** Passes statuses `read`. */
export const read = ofStatus("read");
/** Passes statuses `failed`. */
export const failed = ofStatus("failed");
/** Passes statuses `played` (a voice message was played). */
export const played = ofStatus("played");

/** A Graph error class (from `@tswa/core`), as `filters.failedWith` takes it. */
export type GraphErrorClass = abstract new (...args: never[]) => GraphApiError;

/** The typed Graph error a status error stands for, as a send call would have thrown it. */
function asGraphError(error: UpdateError): GraphApiError {
  const body: GraphErrorBody = {
    code: error.code,
    message: error.message ?? error.title ?? "",
    ...(error.details !== undefined && { error_data: { details: error.details } }),
  };
  return createGraphApiError({ status: 200, error: body, rawBody: "", request: "webhook status" });
}

/**
 * Passes failed statuses whose error is one of the codes (`131047`) or of one of the Graph
 * error classes (`ReEngagementMessage`, the same classes a send call throws).
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessageStatus(filters.failedWith(131047), (status) => console.log("24h window closed", status.id));
 * ```
 */
export function failedWith(
  ...errors: readonly (number | GraphErrorClass)[]
): Guard<StatusNarrowing<"failed">> {
  if (errors.length === 0) throw new TypeError("filters.failedWith: give codes or error classes");
  const codes = new Set(errors.filter((e): e is number => typeof e === "number"));
  const classes = errors.filter((e): e is GraphErrorClass => typeof e === "function");
  return guard((u) => {
    if (u.kind !== "messageStatus" || u.status !== "failed") return false;
    return (u as MessageStatus).errors.some(
      (e) =>
        codes.has(e.code) ||
        (classes.length > 0 && classes.some((cls) => asGraphError(e) instanceof cls)),
    );
  });
}

/** Passes statuses of messages sent with a `tracker`, narrowing `tracker` to a string. */
export const withTracker: Guard<{ readonly kind: "messageStatus"; readonly tracker: string }> =
  guard((u) => u.kind === "messageStatus" && u.tracker !== undefined);
