/**
 * node:http serving: `listen` (a server with its windows and a graceful close), and
 * `createNodeListener` / `serveNodeRequest` for a server of your own.
 *
 * @module
 */
export type { CloseOptions } from "./graceful-server.js";
export { type ListenOptions, listen, type RunningServer } from "./listen.js";
export { createNodeListener, serveNodeRequest } from "./serve-node.js";
