/**
 * The minimal HTTP shape the endpoint works on. Building a web `Request`/`Response` costs about
 * 38 µs a request on Node 20 (12% of a flow request), so the node:http adapter feeds this shape
 * directly and the web-standard `fetch` form is a thin layer on top.
 */

/** Request headers with lowercase names, as node:http, Express and Fastify hold them. */
export type RawHttpHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** An HTTP request reduced to what an endpoint needs. */
export interface RawHttpRequest {
  /** The HTTP method, upper case. */
  method: string;
  /** The URL path without the query string. */
  path: string;
  /** The query string without its `?` (`""` when none); webhook verification reads it. */
  query?: string | undefined;
  /** The headers, with lowercase names. */
  headers: RawHttpHeaders;
  /** The raw body bytes, exactly as received. */
  body: Uint8Array;
}

/** An HTTP response reduced to status, headers and a text body. */
export interface RawHttpResponse {
  /** The HTTP status code. */
  status: number;
  /** The response headers. */
  headers: Readonly<Record<string, string>>;
  /** The response body (base64 text for an encrypted answer; may be empty). */
  body: string;
}

/** Anything that answers {@link RawHttpRequest}s: a flow endpoint, or the `WhatsApp` facade. */
export interface RawHttpHandler {
  /** The largest body the handler accepts; adapters stop reading past it and answer 413. */
  readonly maxBodySize: number;
  /**
   * The largest body accepted on one of `paths` (normalized), when paths differ: a webhook
   * takes more than a flow endpoint. Adapters check `Content-Length` against it before
   * reading, and stop reading there. Default: `maxBodySize` on every path.
   */
  maxBodySizeFor?(path: string): number;
  /**
   * The URL paths the handler answers (normalized: a leading `/`, no trailing one). Framework
   * adapters pass requests for other paths on to the framework's next route, body unread.
   */
  readonly paths: readonly string[];
  /** Answers one request. Never rejects: every failure becomes a status code. */
  handle(request: RawHttpRequest): Promise<RawHttpResponse>;
  /**
   * Told when an adapter answered 413 itself (the body passed `maxBodySize` before `handle`
   * could see it), so the handler can report it like its other rejections. Optional.
   */
  payloadTooLarge?(path: string): void;
}

const TEXT = "text/plain; charset=utf-8";

/** A response with a short plain-text body (or none). */
export function textResponse(
  status: number,
  body = "",
  headers?: Record<string, string>,
): RawHttpResponse {
  return {
    status,
    headers: headers ? { "content-type": TEXT, ...headers } : { "content-type": TEXT },
    body,
  };
}

/** The answer to a body over the limit; the connection is closed since the rest is not read. */
export function payloadTooLarge(limit: number): RawHttpResponse {
  return textResponse(413, `Payload Too Large: the limit is ${limit} bytes`, {
    connection: "close",
  });
}

/** A path with a leading `/` and no trailing one, so `/flow/` and `flow` both mean `/flow`. */
export function normalizePath(path: string): string {
  if (path === "" || path === "/") return "/";
  const withSlash = path.startsWith("/") ? path : `/${path}`;
  return withSlash.endsWith("/") ? withSlash.slice(0, -1) : withSlash;
}

/** The path of a request target (`/flow?x=1` gives `/flow`). */
export function pathOf(target: string): string {
  const query = target.indexOf("?");
  return query === -1 ? target : target.slice(0, query);
}

/** The query string of a request target, without the `?` (`/flow?x=1` gives `x=1`). */
export function queryOf(target: string): string {
  const query = target.indexOf("?");
  return query === -1 ? "" : target.slice(query + 1);
}

/** Whether a handler answers the path of a request target. */
export function servesPath(handler: RawHttpHandler, target: string): boolean {
  return handler.paths.includes(normalizePath(pathOf(target)));
}

/**
 * The body limit of the path a request targets: the handler's own limit for that path, else
 * its `maxBodySize`; `undefined` for a path it does not serve, whose body is never read.
 */
export function bodyLimit(handler: RawHttpHandler, path: string): number | undefined {
  const normalized = normalizePath(path);
  if (!handler.paths.includes(normalized)) return undefined;
  return handler.maxBodySizeFor?.(normalized) ?? handler.maxBodySize;
}

/** The first value of a header, whichever shape the framework gave it. */
export function headerValue(headers: RawHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === "string" ? value : value?.[0];
}

/**
 * Reads a web body stream up to `limit` bytes.
 *
 * @returns The bytes, or `undefined` when the body is larger than `limit` (reading stops there).
 */
export async function readLimited(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array | undefined> {
  if (!stream) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, size);
}

/**
 * Serves a {@link RawHttpHandler} as a web-standard `(request: Request) => Promise<Response>`
 * function: the shape of Hono, Bun, Deno, Cloudflare Workers and every fetch-style runtime.
 *
 * @param path - Overrides the URL's path, for frameworks that already routed the request.
 */
export function toFetchHandler(
  handler: RawHttpHandler,
  path?: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const target = path ?? url.pathname;
    const limit = bodyLimit(handler, target);
    const declared = Number(request.headers.get("content-length") ?? 0);
    // Over the path's limit: 413 at once, the rest unread. A path the handler does not serve
    // is answered (404) without reading its body.
    let raw: RawHttpResponse;
    if (limit !== undefined && declared > limit) {
      handler.payloadTooLarge?.(target);
      raw = payloadTooLarge(limit);
    } else {
      if (limit === undefined) request.body?.cancel().catch(() => undefined);
      const body = limit === undefined ? new Uint8Array(0) : await readLimited(request.body, limit);
      if (body === undefined) handler.payloadTooLarge?.(target);
      raw =
        body === undefined
          ? payloadTooLarge(limit ?? 0)
          : await handler.handle({
              method: request.method.toUpperCase(),
              path: target,
              query: url.search.slice(1),
              headers: Object.fromEntries(request.headers),
              body,
            });
    }
    return new Response(raw.body === "" ? null : raw.body, {
      status: raw.status,
      headers: raw.headers,
    });
  };
}
