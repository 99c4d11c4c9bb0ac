import type { MiddlewareHandler } from "hono";
import { type RawHttpHandler, servesPath, toFetchHandler } from "../http.js";

/**
 * A Hono middleware that serves a flow endpoint (or the `WhatsApp` facade) on its paths and
 * passes every other request on with `next()`.
 *
 * It reads the body from the web `Request` (streamed, stopping at the limit of its path),
 * so it runs wherever Hono does with `node:crypto` available: Node, Bun, Deno. When an earlier
 * middleware already read the body, Hono's cached copy is used.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { createFlowEndpoint } from "@tswa/flows";
 * import { honoFlowEndpoint } from "@tswa/flows/hono";
 *
 * const endpoint = createFlowEndpoint({ path: "/flow", privateKey: process.env.PRIVATE_KEY ?? "" });
 * const app = new Hono();
 * app.use(honoFlowEndpoint(endpoint));
 * export default app;
 * ```
 */
export function honoFlowEndpoint(handler: RawHttpHandler): MiddlewareHandler {
  const serve = toFetchHandler(handler);
  return async (c, next) => {
    if (!servesPath(handler, c.req.path)) {
      await next();
      return;
    }
    const request = c.req.raw;
    if (!request.bodyUsed) return serve(request);
    const body = await c.req.arrayBuffer();
    return serve(
      new Request(request.url, { method: request.method, headers: request.headers, body }),
    );
  };
}
