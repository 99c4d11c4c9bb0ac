/**
 * The Fastify adapter (the same as `@tswa/flows/fastify`): `await app.register(fastifyFlowEndpoint(wa))`, after adding every flow endpoint.
 *
 * @module
 */
export * from "@tswa/flows/fastify";
