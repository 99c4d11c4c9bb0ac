import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { WhatsAppConfigurationError } from "../errors.js";
import { type Logger, silentLogger } from "../logging.js";
import type { ChunkBody } from "../transport/chunk-body.js";
import type { FetchLike } from "../transport/default-fetch.js";
import type { WhatsAppNetworkError, WhatsAppTimeoutError } from "../transport/network-errors.js";
import type { RetryPolicy } from "../transport/retry.js";
import { HttpTransport } from "../transport/transport.js";
import { DEFAULT_GRAPH_API_VERSION } from "../version.js";
import { createGraphApiError } from "./error-classes.js";
import { GraphApiError, GraphResponseError } from "./graph-error.js";
import { maskSecret } from "./mask-secret.js";
import { readGraphErrorBody, readGraphResponse } from "./response.js";
import { checkAccessToken } from "./token.js";

/** How many URLs without a query a client remembers (one per path called). */
const MAX_CACHED_URLS = 256;

/** Options of {@link GraphClient}. */
export interface GraphClientOptions {
  /**
   * The access token (a system-user token in production). Kept private; never logged. A token
   * with a character that cannot go in an HTTP header (a placeholder's `…`, a line break) is
   * rejected here, with a {@link WhatsAppConfigurationError} saying which character.
   */
  token?: string | undefined;
  /** The Graph API version, `"v26.0"` or `"26.0"`. Default {@link DEFAULT_GRAPH_API_VERSION}. */
  apiVersion?: string | undefined;
  /** The Graph API origin. Default `https://graph.facebook.com`. */
  baseUrl?: string | undefined;
  /**
   * A fetch-compatible function (a proxy, instrumentation, a test double) for every call.
   * Default: tswa's keep-alive undici Agent, straight for JSON calls while the global `fetch` is
   * Node's own, else through the global `fetch` (so msw sees every call).
   */
  fetch?: FetchLike | undefined;
  /** The time one attempt may take, in ms. Default 30 s. */
  timeout?: number | undefined;
  /**
   * The time a whole call may take, retries and their waits included, in ms. Default 60 s:
   * with the default retries, attempts alone could otherwise take 90 s and `Retry-After`
   * waits a minute more.
   */
  deadline?: number | undefined;
  /** Retry behaviour. Default: 2 retries with jittered backoff, `Retry-After` up to 60 s. */
  retry?: Partial<RetryPolicy> | undefined;
  /** Appended to the `User-Agent`. */
  userAgent?: string | undefined;
  /** Logs each call (debug), retries (warn) and failures (warn) with a request id. Default: silent. */
  logger?: Logger | undefined;
}

/** A query string value; arrays are sent comma-joined, as Graph expects for `fields`. */
export type GraphQueryValue = string | number | boolean | readonly string[] | undefined;

/** One Graph API call. */
export interface GraphRequest<S extends z.ZodType> {
  /** The HTTP method; GET calls are retried on failure, POST and DELETE only when safe. */
  method: "GET" | "POST" | "DELETE";
  /** The path after the version, such as `123/flows` (ids are URL-encoded by the caller). */
  path: string;
  /** Query parameters; `undefined` values are left out. */
  query?: Record<string, GraphQueryValue> | undefined;
  /** A JSON body; `undefined` values are left out. */
  json?: Record<string, unknown> | undefined;
  /**
   * A form body: `FormData` is sent as multipart/form-data (uploads), `URLSearchParams` as
   * application/x-www-form-urlencoded (fetch sets the content type and boundary).
   */
  form?: FormData | URLSearchParams | undefined;
  /**
   * A raw body sent as is (an upload's bytes: a stream, a Blob, a Uint8Array), or a function
   * that makes it for a body that can be read only once (it may make an async iterable of byte
   * chunks). Used when `json` and `form` are not.
   */
  body?: BodyInit | (() => BodyInit | ChunkBody) | undefined;
  /** Extra request headers (`file_offset` of an upload); they cannot replace `authorization`. */
  headers?: Record<string, string> | undefined;
  /**
   * How the token is sent: `Bearer` (default) or `OAuth`, which the Resumable Upload API's
   * upload step asks for.
   */
  authScheme?: "Bearer" | "OAuth" | undefined;
  /** Sends the call to this origin instead of the client's `baseUrl` (Graph's api.facebook.com edges). */
  origin?: string | undefined;
  /** The schema of the success body; its output is what the call returns. */
  schema: S;
  /** Overrides the client's timeout for this call (ms). */
  timeout?: number | undefined;
  /** Overrides the client's overall deadline for this call (ms). */
  deadline?: number | undefined;
  /** Aborts the call. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's token for this call (calls made with an app access token). */
  token?: string | undefined;
}

/**
 * The Graph API client: base URL, version, bearer token, and a transport with timeouts and
 * retries. Every error body becomes a typed {@link GraphApiError}; every success body is
 * checked against a zod schema, so a field Graph changed fails here with its name, not deep in
 * your code.
 *
 * @example
 * ```ts
 * import { GraphClient } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN, apiVersion: "v26.0" });
 * ```
 */
export class GraphClient {
  /** The API version in use, such as `v26.0`. */
  readonly apiVersion: string;
  /** The Graph API origin. */
  readonly baseUrl: string;
  /** The transport, shared with anything that downloads through this client (media). */
  readonly transport: HttpTransport;
  readonly #token: string | undefined;
  readonly #logger: Logger;
  readonly #urls = new Map<string, string>();

  constructor(options: GraphClientOptions = {}) {
    const version = options.apiVersion ?? DEFAULT_GRAPH_API_VERSION;
    if (!/^v?\d+\.\d+$/.test(version)) {
      throw new WhatsAppConfigurationError(
        "apiVersion",
        `apiVersion "${version}" is not a Graph API version such as "v26.0"`,
      );
    }
    this.apiVersion = version.startsWith("v") ? version : `v${version}`;
    this.baseUrl = (options.baseUrl ?? "https://graph.facebook.com").replace(/\/+$/, "");
    checkAccessToken(options.token);
    this.#token = options.token;
    this.#logger = options.logger ?? silentLogger;
    this.transport = new HttpTransport({
      logger: this.#logger,
      fetch: options.fetch,
      timeout: options.timeout,
      deadline: options.deadline,
      retry: options.retry,
      userAgent: options.userAgent,
    });
  }

  /** Whether a token was given (calls without one throw {@link WhatsAppConfigurationError}). */
  get hasToken(): boolean {
    return this.#token !== undefined && this.#token !== "";
  }

  /**
   * Makes one Graph API call and returns the parsed success body.
   *
   * @throws {@link GraphApiError} (or a subclass picked by the Graph error code),
   *   {@link GraphResponseError} for a body that is not Graph's, {@link WhatsAppNetworkError} /
   *   {@link WhatsAppTimeoutError} when no answer came, {@link WhatsAppConfigurationError}
   *   without a token.
   */
  async request<S extends z.ZodType>(request: GraphRequest<S>): Promise<z.output<S>> {
    if (!this.hasToken && !request.token) {
      throw new WhatsAppConfigurationError(
        "token",
        "the Graph API needs an access token: pass `token` (a system-user token with whatsapp_business_management / whatsapp_business_messaging)",
      );
    }
    // Only log lines carry the id: without a logger, making one is wasted (about 1 µs a call).
    const requestId = this.#logger === silentLogger ? undefined : randomUUID();
    const call = `${request.method} /${request.path}`;
    const started = performance.now();
    try {
      const result = await this.#send(request, requestId, call);
      this.#logger.debug("graph call", {
        requestId,
        call,
        ms: Math.round(performance.now() - started),
      });
      return result;
    } catch (error) {
      this.#logger.warn("graph call failed", {
        requestId,
        call,
        ms: Math.round(performance.now() - started),
        error: error instanceof Error ? error.name : String(error),
        ...(error instanceof GraphApiError
          ? { status: error.status, code: error.code, fbtraceId: error.fbtraceId }
          : {}),
      });
      throw error;
    }
  }

  async #send<S extends z.ZodType>(
    request: GraphRequest<S>,
    requestId: string | undefined,
    label: string,
  ): Promise<z.output<S>> {
    const url = this.#url(request.path, request.query, request.origin);
    const headers: Record<string, string> = request.headers
      ? Object.fromEntries(
          Object.entries(request.headers).filter(([k]) => k.toLowerCase() !== "authorization"),
        )
      : {};
    headers.authorization = `${request.authScheme ?? "Bearer"} ${request.token || this.#token}`;
    let body: BodyInit | (() => BodyInit | ChunkBody) | undefined;
    if (request.json) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(request.json);
    } else if (request.form) {
      body = request.form;
    } else {
      body = request.body;
    }
    const answer = await this.transport.sendText({
      method: request.method,
      url,
      headers,
      body,
      timeout: request.timeout,
      deadline: request.deadline,
      signal: request.signal,
      requestId,
      isTransient: (failed) => readGraphErrorBody(failed.text)?.is_transient === true,
    });
    // Graph quotes a malformed token back ("Malformed access token EAAG…"): never keep it.
    const text = maskSecret(answer.text, this.#token);
    if (!answer.ok) {
      const error = readGraphErrorBody(text);
      if (error) {
        throw createGraphApiError({
          status: answer.status,
          error,
          rawBody: text,
          request: label,
        });
      }
      throw new GraphResponseError(
        label,
        answer.status,
        text,
        "the answer is not a Graph API error body",
      );
    }
    return readGraphResponse(request.schema, text, label, answer.status);
  }

  #url(path: string, query: GraphRequest<z.ZodType>["query"], origin?: string): string {
    // Most calls repeat a few URLs without a query (`<phone id>/messages`): parse each once.
    const plain = query === undefined && origin === undefined;
    const known = plain ? this.#urls.get(path) : undefined;
    if (known !== undefined) return known;
    const base = origin?.replace(/\/+$/, "") ?? this.baseUrl;
    const url = new URL(`${base}/${this.apiVersion}/${path.replace(/^\/+/, "")}`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      url.searchParams.set(key, Array.isArray(value) ? value.join(",") : String(value));
    }
    const href = url.toString();
    if (plain) {
      if (this.#urls.size >= MAX_CACHED_URLS) this.#urls.clear();
      this.#urls.set(path, href);
    }
    return href;
  }
}
