/**
 * The Express adapter (the same as `@tswa/flows/express`): `app.use(expressFlowEndpoint(wa))`, before any JSON body parser.
 *
 * @module
 */
export * from "@tswa/flows/express";
