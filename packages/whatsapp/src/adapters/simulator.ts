/**
 * The simulators, to test without a phone: the WhatsApp client against flow endpoints (the same
 * as `@tswa/flows/simulator`: encrypts requests and media like the client), and WhatsApp's
 * webhooks against your webhook URL ({@link WebhookSimulator}: signed, realistic bodies).
 *
 * @module
 */
export * from "@tswa/flows/simulator";
export * from "../simulator/index.js";
