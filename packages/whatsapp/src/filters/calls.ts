import type { Guard } from "./filter.js";
import { fieldIs } from "./kinds.js";

/** Passes calls you started (`BUSINESS_INITIATED`). */
export const outgoingCall: Guard<{
  readonly kind: "callConnect";
  readonly direction: "BUSINESS_INITIATED";
}> = fieldIs("callConnect", "direction", "BUSINESS_INITIATED");
/** Passes calls users started (`USER_INITIATED`). */
export const incomingCall: Guard<{
  readonly kind: "callConnect";
  readonly direction: "USER_INITIATED";
}> = fieldIs("callConnect", "direction", "USER_INITIATED");
/** Passes calls the user answered (`ACCEPTED`). */
export const callAnswered: Guard<{ readonly kind: "callStatus"; readonly status: "ACCEPTED" }> =
  fieldIs("callStatus", "status", "ACCEPTED");
/** Passes calls the user rejected (`REJECTED`). */
export const callRejected: Guard<{ readonly kind: "callStatus"; readonly status: "REJECTED" }> =
  fieldIs("callStatus", "status", "REJECTED");
/** Passes calls ringing (`RINGING`). */
export const callRinging: Guard<{ readonly kind: "callStatus"; readonly status: "RINGING" }> =
  fieldIs("callStatus", "status", "RINGING");
/** Passes call permission requests the user accepted. */
export const callPermissionAccepted: Guard<{
  readonly kind: "callPermissionUpdate";
  readonly response: "accept";
}> = fieldIs("callPermissionUpdate", "response", "accept");
/** Passes call permission requests the user rejected. */
export const callPermissionRejected: Guard<{
  readonly kind: "callPermissionUpdate";
  readonly response: "reject";
}> = fieldIs("callPermissionUpdate", "response", "reject");
