import type { IncomingMessage, ServerResponse } from "node:http";
import {
  bodyLimit,
  pathOf,
  payloadTooLarge,
  queryOf,
  type RawHttpHandler,
  type RawHttpResponse,
  textResponse,
} from "../http.js";

/**
 * Serves a flow endpoint (or any {@link RawHttpHandler}) on node:http, without building web
 * `Request`/`Response` objects: the body bytes go straight to the endpoint.
 *
 * Bodies over the limit of the path they target (`maxBodySizeFor`, else `maxBodySize`) are
 * answered 413 as soon as the limit is passed (or at once, from `Content-Length`), and the rest
 * is not read; a path the handler does not serve is answered without reading its body.
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import { createFlowEndpoint } from "@tswa/flows";
 * import { createNodeListener } from "@tswa/flows/node";
 *
 * const endpoint = createFlowEndpoint({ path: "/flow", privateKey: process.env.PRIVATE_KEY ?? "" });
 * createServer(createNodeListener(endpoint)).listen(8080);
 * ```
 */
export function createNodeListener(
  handler: RawHttpHandler,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => serveNodeRequest(handler, req, res, req.url ?? "/");
}

/**
 * Reads a node:http request body (up to the handler's limit), lets the handler answer and writes
 * the answer. Shared by the node:http and Express adapters.
 *
 * @param target - The request target, path and query (`req.url`, or `originalUrl` behind a
 *   router that strips its mount path).
 * @param body - The body when a framework already read it (Express's `express.raw()`).
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import type { FlowEndpoint } from "@tswa/flows";
 * import { serveNodeRequest } from "@tswa/flows/node";
 *
 * declare const endpoint: FlowEndpoint;
 * // Your own routing in front; Koa's equivalent is serveNodeRequest(endpoint, ctx.req, ctx.res, ctx.url).
 * createServer((req, res) => {
 *   if (req.url?.startsWith(endpoint.path)) serveNodeRequest(endpoint, req, res, req.url);
 *   else res.writeHead(404).end();
 * }).listen(8080);
 * ```
 */
export function serveNodeRequest(
  handler: RawHttpHandler,
  req: IncomingMessage,
  res: ServerResponse,
  target: string,
  body?: Uint8Array,
): void {
  const path = pathOf(target);
  const query = queryOf(target);
  const answer = (bytes: Uint8Array) =>
    handler
      .handle({ method: req.method ?? "GET", path, query, headers: req.headers, body: bytes })
      .then(
        (response) => send(res, response),
        () => send(res, textResponse(500)),
      );
  if (body !== undefined) {
    void answer(body);
    return;
  }
  const limit = bodyLimit(handler, path);
  if (limit === undefined || Number(req.headers["content-length"] ?? 0) > limit) {
    // Not a path the handler serves (its 404), or more than the path takes (413): answer
    // without reading the body, and close the connection, since the rest is not read.
    const refuse = (response: RawHttpResponse) => {
      if (hasBody(req)) response = withHeader(response, "connection", "close");
      send(res, response);
      req.resume();
    };
    if (limit !== undefined) refuse(payloadTooLarge(limit));
    else
      void handler
        .handle({ method: req.method ?? "GET", path, query, headers: req.headers, body: EMPTY })
        .then(refuse, () => refuse(textResponse(500)));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let rejected = false;
  req.on("data", (chunk: Buffer) => {
    if (rejected) return;
    size += chunk.length;
    if (size > limit) {
      rejected = true;
      chunks.length = 0;
      send(res, payloadTooLarge(limit));
      return;
    }
    chunks.push(chunk);
  });
  req.on("error", () => {
    rejected = true;
    res.destroy();
  });
  req.on("end", () => {
    if (rejected) return;
    void answer(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
  });
}

const EMPTY = new Uint8Array(0);

function hasBody(req: IncomingMessage): boolean {
  return (
    Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined
  );
}

function withHeader(response: RawHttpResponse, name: string, value: string): RawHttpResponse {
  return { ...response, headers: { ...response.headers, [name]: value } };
}

function send(res: ServerResponse, response: RawHttpResponse): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(response.status, {
    ...response.headers,
    "content-length": Buffer.byteLength(response.body),
  });
  res.end(response.body);
}
