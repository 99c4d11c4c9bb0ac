/**
 * node:http serving: `listen`, `createNodeListener`, `serveNodeRequest` (the same as `@tswa/flows/node`), for `wa` or any flow endpoint.
 *
 * @module
 */
export * from "@tswa/flows/node";
