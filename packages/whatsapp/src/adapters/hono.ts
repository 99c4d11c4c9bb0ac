/**
 * The Hono adapter (the same as `@tswa/flows/hono`): `app.use(honoFlowEndpoint(wa))`.
 *
 * @module
 */
export * from "@tswa/flows/hono";
