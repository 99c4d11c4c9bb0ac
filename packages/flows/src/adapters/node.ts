import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
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
 * Bodies over the handler's `maxBodySize` are answered 413 as soon as the limit is passed (or
 * at once, from `Content-Length`), and the rest is not read.
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
  const limit = handler.maxBodySize;
  if (Number(req.headers["content-length"] ?? 0) > limit) {
    handler.payloadTooLarge?.(path);
    send(res, payloadTooLarge(limit));
    req.resume();
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
      handler.payloadTooLarge?.(path);
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

function send(res: ServerResponse, response: RawHttpResponse): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(response.status, {
    ...response.headers,
    "content-length": Buffer.byteLength(response.body),
  });
  res.end(response.body);
}

/** Options of {@link listen}. */
export interface ListenOptions {
  /** The port; `0` (the default) picks a free one. */
  port?: number | undefined;
  /** The interface to bind. Default `127.0.0.1`; use `0.0.0.0` behind a proxy or in a container. */
  host?: string | undefined;
}

/** A running server started by {@link listen}. */
export interface RunningServer {
  /** The node:http server. */
  server: Server;
  /** The base URL, such as `http://127.0.0.1:8080`. */
  url: string;
  /** The port actually bound. */
  port: number;
  /** Stops accepting connections, closes idle keep-alive ones and resolves when done. */
  close(): Promise<void>;
}

/**
 * Starts a node:http server for a flow endpoint (or any {@link RawHttpHandler}).
 *
 * @example
 * ```ts
 * import { createFlowEndpoint } from "@tswa/flows";
 * import { listen } from "@tswa/flows/node";
 *
 * const endpoint = createFlowEndpoint({ path: "/flow", privateKey: process.env.PRIVATE_KEY ?? "" });
 * const { url } = await listen(endpoint, { port: 8080 });
 * console.log(`flow endpoint on ${url}/flow`);
 * ```
 */
export async function listen(
  handler: RawHttpHandler,
  options: ListenOptions = {},
): Promise<RunningServer> {
  const server = createServer(createNodeListener(handler));
  // WhatsApp gives an endpoint 10 s; a request still arriving after that is not worth waiting for.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    server,
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
