import { WhatsAppError } from "@tswa/core/errors";

/**
 * A Flow JSON document cannot be read: it is not JSON, or not a JSON object. Thrown by
 * `FlowJSON.fromJSON`. (Documents that are JSON objects always parse; `validateFlowJson` says
 * what Meta would reject in them.)
 */
export class FlowJsonParseError extends WhatsAppError {}
