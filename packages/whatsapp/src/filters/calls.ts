import { type Guard, guard } from "./filter.js";

/** Passes calls you started (`BUSINESS_INITIATED`). */
export const outgoingCall: Guard<{
  readonly kind: "callConnect";
  readonly direction: "BUSINESS_INITIATED";
}> = guard((u) => u.kind === "callConnect" && u.direction === "BUSINESS_INITIATED");

/** Passes calls users started (`USER_INITIATED`). */
export const incomingCall: Guard<{
  readonly kind: "callConnect";
  readonly direction: "USER_INITIATED";
}> = guard((u) => u.kind === "callConnect" && u.direction === "USER_INITIATED");

const callStatusIs = <S extends string>(
  status: S,
): Guard<{ readonly kind: "callStatus"; readonly status: S }> =>
  guard((u) => u.kind === "callStatus" && u.status === status);

/** Passes calls the user answered (`ACCEPTED`). */
export const callAnswered = callStatusIs("ACCEPTED");
/** Passes calls the user rejected (`REJECTED`). */
export const callRejected = callStatusIs("REJECTED");
/** Passes calls ringing (`RINGING`). */
export const callRinging = callStatusIs("RINGING");

/** Passes call permission requests the user accepted. */
export const callPermissionAccepted: Guard<{
  readonly kind: "callPermissionUpdate";
  readonly response: "accept";
}> = guard((u) => u.kind === "callPermissionUpdate" && u.response === "accept");

/** Passes call permission requests the user rejected. */
export const callPermissionRejected: Guard<{
  readonly kind: "callPermissionUpdate";
  readonly response: "reject";
}> = guard((u) => u.kind === "callPermissionUpdate" && u.response === "reject");
