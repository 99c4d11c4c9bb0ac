import { fieldIs } from "./kinds.js";

/** Passes calls you started (`BUSINESS_INITIATED`). */
export const outgoingCall = fieldIs("callConnect", "direction", "BUSINESS_INITIATED");
/** Passes calls users started (`USER_INITIATED`). */
export const incomingCall = fieldIs("callConnect", "direction", "USER_INITIATED");
/** Passes calls the user answered (`ACCEPTED`). */
export const callAnswered = fieldIs("callStatus", "status", "ACCEPTED");
/** Passes calls the user rejected (`REJECTED`). */
export const callRejected = fieldIs("callStatus", "status", "REJECTED");
/** Passes calls ringing (`RINGING`). */
export const callRinging = fieldIs("callStatus", "status", "RINGING");
/** Passes call permission requests the user accepted. */
export const callPermissionAccepted = fieldIs("callPermissionUpdate", "response", "accept");
/** Passes call permission requests the user rejected. */
export const callPermissionRejected = fieldIs("callPermissionUpdate", "response", "reject");
