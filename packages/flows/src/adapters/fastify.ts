import type { FastifyPluginAsync } from "fastify";
import { bodyLimit, queryOf, type RawHttpHandler } from "../http.js";

/**
 * A Fastify plugin that serves a flow endpoint (or the `WhatsApp` facade) on its paths.
 *
 * The plugin replaces the body parsers in its own encapsulated scope with one that keeps the raw
 * bytes (capped at each path's limit; Fastify answers 413 past it), so the signature
 * is checked against exactly what WhatsApp sent; the rest of the app keeps its JSON parser. A
 * `prefix` given to `register` is added in front of the handler's paths. The routes are created
 * when the plugin loads, from the handler's paths at that moment.
 *
 * @example
 * ```ts
 * import Fastify from "fastify";
 * import { createFlowEndpoint } from "@tswa/flows";
 * import { fastifyFlowEndpoint } from "@tswa/flows/fastify";
 *
 * const endpoint = createFlowEndpoint({ path: "/flow", privateKey: process.env.PRIVATE_KEY ?? "" });
 * const app = Fastify();
 * await app.register(fastifyFlowEndpoint(endpoint));
 * await app.listen({ port: 8080 });
 * ```
 */
export function fastifyFlowEndpoint(handler: RawHttpHandler): FastifyPluginAsync {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      "*",
      {
        parseAs: "buffer",
        bodyLimit: Math.max(...handler.paths.map((p) => bodyLimit(handler, p) ?? 0)),
      },
      (_request, body, done) => done(null, body),
    );
    for (const path of handler.paths) {
      app.all(path, { bodyLimit: bodyLimit(handler, path) }, async (request, reply) => {
        const body = request.body instanceof Uint8Array ? request.body : new Uint8Array(0);
        const response = await handler.handle({
          method: request.method,
          // The route matched; the prefix the app put in front of it is not the handler's concern.
          path,
          query: queryOf(request.url),
          headers: request.headers,
          body,
        });
        return reply.code(response.status).headers(response.headers).send(response.body);
      });
    }
  };
}
