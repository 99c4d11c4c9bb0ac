/**
 * The WhatsApp-client simulator (the same as `@tswa/flows/simulator`): encrypts requests and media like the client, to test flow endpoints over HTTP.
 *
 * @module
 */
export * from "@tswa/flows/simulator";
