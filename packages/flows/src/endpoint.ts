import type { KeyObject } from "node:crypto";
import { createHash, randomUUID } from "node:crypto";
import { type Logger, silentLogger } from "@tswa/core";
import type { WhatsAppError } from "@tswa/core/errors";
import type { FlowMediaOptions } from "@tswa/media";
import { DecryptionBatch } from "./batch.js";
import {
  type DecryptedFlowRequest,
  defaultFlowRequestDecryptor,
  defaultFlowResponseEncryptor,
  type FlowRequestDecryptor,
  type FlowResponseEncryptor,
} from "./crypto.js";
import { type EncryptedFlowRequest, parseEncryptedFlowRequest } from "./envelope.js";
import {
  FlowHandlerError,
  FlowHandlerTimeout,
  FlowRequestCannotBeDecrypted,
  FlowRequestMalformed,
  FlowRequestReplayed,
  FlowRequestSignatureAuthenticationFailed,
  FlowRequestTooLarge,
  FlowResponseError,
} from "./errors.js";
import {
  headerValue,
  normalizePath,
  payloadTooLarge,
  type RawHttpHandler,
  type RawHttpRequest,
  type RawHttpResponse,
  textResponse,
  toFetchHandler,
} from "./http.js";
import { type FlowPrivateKeyInput, loadFlowPrivateKey } from "./keys.js";
import { type FlowReplayStore, MemoryReplayStore } from "./replay-store.js";
import { FlowRequest } from "./request.js";
import { FlowResponse } from "./response.js";
import { type FlowHandlerResult, type FlowRequestHandler, FlowRouter } from "./router.js";
import { verifySignature } from "./signature.js";
import { withDeadline } from "./with-deadline.js";

/** 1 MiB: a flow request is a few KB even with picker metadata; anything near this is hostile. */
const DEFAULT_MAX_BODY_SIZE = 1024 * 1024;
/** WhatsApp waits 10 s; answering at 8 s leaves room for the network and the encryption. */
const DEFAULT_HANDLER_TIMEOUT = 8_000;
const HEALTH_CHECK = { data: { status: "active" } } as const;
const ACKNOWLEDGED = { data: { acknowledged: true } } as const;
const ENCRYPTED_TEXT = { "content-type": "text/plain; charset=utf-8" } as const;

/** Options of {@link createFlowEndpoint}. */
export interface FlowEndpointOptions {
  /** The URL path the endpoint answers on (the flow's `endpoint_uri` path). Default `/`. */
  path?: string | undefined;
  /**
   * The business private key (RSA-2048; PEM or DER, PKCS#8 or PKCS#1, or a `KeyObject`). Loaded
   * once, when the endpoint is created. Required unless `requestDecryptor` does without it.
   */
  privateKey?: FlowPrivateKeyInput | undefined;
  /** The passphrase of an encrypted private key. */
  privateKeyPassword?: string | undefined;
  /**
   * The Meta app secret, or several during a rotation. When set, every request must carry a
   * valid `X-Hub-Signature-256`, else the endpoint answers 432 without decrypting anything.
   */
  appSecret?: string | readonly string[] | undefined;
  /**
   * Answer error notifications from the client with `{"data":{"acknowledged":true}}`, after
   * running the handler (whose result is ignored). Default `true`.
   */
  acknowledgeErrors?: boolean | undefined;
  /** Answer WhatsApp's health check (`ping`) with `{"data":{"status":"active"}}`. Default `true`. */
  handleHealthCheck?: boolean | undefined;
  /** Replaces {@link defaultFlowRequestDecryptor}, for a key held in a KMS or HSM. */
  requestDecryptor?: FlowRequestDecryptor | undefined;
  /** Replaces {@link defaultFlowResponseEncryptor}. */
  responseEncryptor?: FlowResponseEncryptor | undefined;
  /** The largest request body accepted, in bytes; larger ones get 413. Default 1 MiB. */
  maxBodySize?: number | undefined;
  /**
   * The time a handler may take, in ms. Past it the endpoint answers 500 and reports a
   * {@link FlowHandlerTimeout}, rather than leaving WhatsApp to give up at 10 s. Default 8 000.
   */
  handlerTimeout?: number | undefined;
  /**
   * Where answered requests are remembered, so a replayed one gets 421 instead of running the
   * handler again. Default: a {@link MemoryReplayStore} of this endpoint (15 minutes, 100 000
   * requests); share one store between processes that serve the same flow. `false` turns the
   * check off.
   */
  replayStore?: FlowReplayStore | false | undefined;
  /**
   * Called with the typed error of every request that does not get a 200: 400, 413, 421, 432,
   * a {@link FlowResponseError} thrown by a handler, and {@link FlowHandlerError} (500). Never
   * given key material or decrypted data in its message. By default only 500s are printed, to
   * stderr, since the others are the client's (or an attacker's) doing.
   */
  onError?: ((error: WhatsAppError) => void) | undefined;
  /**
   * Defaults for `req.decryptMedia()` and its file and stream forms: the transport, `maxSize`,
   * timeouts, the spool folder. Each call can override them.
   */
  mediaOptions?: FlowMediaOptions | undefined;
  /**
   * Logs every request with a request id (`req.requestId`): debug for answered ones, info for
   * rejected ones (400, 413, 421, 432, and `FlowResponseError`s), error for 500s. Default: silent.
   */
  logger?: Logger | undefined;
  /**
   * Adds the decrypted request data and the response to the debug lines. Off by default: they
   * hold your users' answers. Keys and the app secret are never logged.
   */
  logPayloads?: boolean | undefined;
}

/** What one request's log line reports; filled in as the request goes. */
interface RequestTrace {
  requestId: string;
  action?: unknown;
  screen?: unknown;
  error?: WhatsAppError;
  data?: unknown;
  response?: unknown;
}

/**
 * A flow endpoint: decrypts WhatsApp's requests, routes them to handlers and encrypts the answer.
 *
 * Serve it with `endpoint.fetch` (any fetch-style runtime), `listen()` / `createNodeListener()`
 * from `@tswa/flows/node`, or the Express, Fastify and Hono adapters. It keeps no state between
 * requests, so any number of processes can serve the same flow.
 */
export class FlowEndpoint extends FlowRouter implements RawHttpHandler {
  /** The URL path the endpoint answers on. */
  readonly path: string;
  /** `[path]`: what framework adapters route to this endpoint. */
  readonly paths: readonly string[];
  /** The largest body accepted, in bytes. */
  readonly maxBodySize: number;
  /** The time a handler may take before the endpoint answers 500, in ms. */
  readonly handlerTimeout: number;
  /**
   * The endpoint as a web-standard handler, `(request: Request) => Promise<Response>`; bound, so
   * `Deno.serve(endpoint.fetch)` and `export default { fetch: endpoint.fetch }` work.
   */
  readonly fetch: (request: Request) => Promise<Response>;

  readonly #privateKey: KeyObject | undefined;
  readonly #appSecrets: readonly string[] | undefined;
  readonly #acknowledgeErrors: boolean;
  readonly #handleHealthCheck: boolean;
  readonly #decrypt: FlowRequestDecryptor;
  readonly #encrypt: FlowResponseEncryptor;
  readonly #onError: (error: WhatsAppError) => void;
  readonly #batch = new DecryptionBatch();
  readonly #replays: FlowReplayStore | undefined;
  readonly #logger: Logger;
  readonly #logPayloads: boolean;
  readonly #mediaOptions: FlowMediaOptions | undefined;

  constructor(options: FlowEndpointOptions, handler?: FlowRequestHandler) {
    super(handler);
    if (options.privateKey === undefined && options.requestDecryptor === undefined) {
      throw new TypeError(
        "createFlowEndpoint: pass privateKey (the business private key) or your own requestDecryptor",
      );
    }
    this.path = normalizePath(options.path ?? "/");
    this.paths = [this.path];
    this.maxBodySize = options.maxBodySize ?? DEFAULT_MAX_BODY_SIZE;
    this.handlerTimeout = options.handlerTimeout ?? DEFAULT_HANDLER_TIMEOUT;
    if (!(this.handlerTimeout > 0)) {
      throw new TypeError("createFlowEndpoint: handlerTimeout must be a positive number of ms");
    }
    this.#privateKey =
      options.privateKey === undefined
        ? undefined
        : loadFlowPrivateKey(options.privateKey, options.privateKeyPassword);
    const secrets = options.appSecret;
    this.#appSecrets =
      secrets === undefined ? undefined : typeof secrets === "string" ? [secrets] : secrets;
    if (this.#appSecrets?.every((secret) => secret === "")) {
      throw new TypeError("createFlowEndpoint: appSecret is empty");
    }
    this.#acknowledgeErrors = options.acknowledgeErrors ?? true;
    this.#handleHealthCheck = options.handleHealthCheck ?? true;
    this.#decrypt = options.requestDecryptor ?? defaultFlowRequestDecryptor;
    this.#encrypt = options.responseEncryptor ?? defaultFlowResponseEncryptor;
    this.#onError = options.onError ?? printServerErrors;
    this.#mediaOptions = options.mediaOptions;
    this.#replays =
      options.replayStore === false ? undefined : (options.replayStore ?? new MemoryReplayStore());
    this.#logger = options.logger ?? silentLogger;
    this.#logPayloads = options.logPayloads ?? false;
    this.fetch = toFetchHandler(this);
  }

  /** Answers one request in the minimal HTTP shape. Never rejects. */
  async handle(request: RawHttpRequest): Promise<RawHttpResponse> {
    const started = performance.now();
    const trace: RequestTrace = { requestId: randomUUID() };
    const response = await this.#answer(request, trace);
    try {
      this.#log(trace, request.path, response.status, performance.now() - started);
    } catch {
      // A logger that throws (a payload it cannot serialize) must not cost the answer.
    }
    return response;
  }

  async #answer(request: RawHttpRequest, trace: RequestTrace): Promise<RawHttpResponse> {
    if (normalizePath(request.path) !== this.path) return textResponse(404, "Not Found");
    if (request.method !== "POST")
      return textResponse(405, "Method Not Allowed", { allow: "POST" });
    if (request.body.byteLength > this.maxBodySize) {
      trace.error = new FlowRequestTooLarge(this.maxBodySize);
      this.#report(trace.error);
      return payloadTooLarge(this.maxBodySize);
    }

    let decrypted: DecryptedFlowRequest;
    let envelope: EncryptedFlowRequest;
    try {
      const signature = headerValue(request.headers, "x-hub-signature-256");
      if (this.#appSecrets && !verifySignature(request.body, signature, this.#appSecrets)) {
        throw new FlowRequestSignatureAuthenticationFailed(
          signature === undefined
            ? "the request has no X-Hub-Signature-256 header"
            : "the X-Hub-Signature-256 header does not match the app secret",
        );
      }
      envelope = parseEncryptedFlowRequest(request.body);
      await this.#batch.next();
      decrypted = await this.#decryptEnvelope(envelope);
      // Claimed once decrypted, so requests that fail to decrypt fill no store.
      if (this.#replays && !(await this.#replays.claim(replayId(envelope)))) {
        throw new FlowRequestReplayed();
      }
    } catch (error) {
      return this.#reject(error, trace);
    }

    const { payload, aesKey, iv } = decrypted;
    trace.action = payload.action;
    trace.screen = payload.screen;
    if (this.#logPayloads) trace.data = payload.data;
    let result: unknown;
    try {
      if (payload.action === "ping" && this.#handleHealthCheck) {
        result = HEALTH_CHECK;
      } else {
        const request = FlowRequest.fromPayload(payload, envelope, {
          media: this.#mediaOptions,
          requestId: trace.requestId,
        });
        result = await this.#dispatch(request);
      }
    } catch (error) {
      return this.#reject(error, trace, aesKey, iv);
    }
    if (this.#logPayloads) trace.response = result;
    try {
      return {
        status: 200,
        headers: ENCRYPTED_TEXT,
        body: await this.#encrypt(result, aesKey, iv),
      };
    } catch (cause) {
      return this.#reject(
        new FlowHandlerError("the response could not be encrypted", { request: payload, cause }),
        trace,
      );
    }
  }

  async #decryptEnvelope(envelope: EncryptedFlowRequest): Promise<DecryptedFlowRequest> {
    try {
      return await this.#decrypt(envelope, this.#privateKey);
    } catch (cause) {
      // One answer for every failure: telling apart an OAEP failure from a GCM one would hand
      // an attacker a decryption oracle.
      if (cause instanceof FlowRequestCannotBeDecrypted) throw cause;
      throw new FlowRequestCannotBeDecrypted("the request decryptor failed", { cause });
    }
  }

  /** Runs the matching handler and returns the JSON to encrypt. */
  async #dispatch(request: FlowRequest): Promise<unknown> {
    const handler = await this.resolve(request);
    if (!handler) {
      throw new FlowHandlerError(
        `no flow handler for action ${request.action}${request.screen ? ` on screen ${request.screen}` : ""}`,
        { request: request.raw },
      );
    }
    let result: FlowHandlerResult;
    try {
      result = await withDeadline(handler(request), this.handlerTimeout, () => {
        throw new FlowHandlerTimeout(request.action, this.handlerTimeout, { request: request.raw });
      });
    } catch (error) {
      if (error instanceof FlowHandlerTimeout) throw error;
      if (error instanceof FlowResponseError) throw error;
      throw new FlowHandlerError(`the flow handler for ${request.action} threw`, {
        request: request.raw,
        cause: error,
      });
    }
    if (result instanceof FlowResponseError) throw result;
    if (request.hasError && this.#acknowledgeErrors) return ACKNOWLEDGED;
    if (result instanceof FlowResponse) return result.toJSON();
    if (typeof result !== "object" || result === null || Array.isArray(result)) {
      throw new FlowHandlerError(
        `the flow handler for ${request.action} returned ${result === null ? "null" : typeof result}, not a FlowResponse or an object`,
        { request: request.raw },
      );
    }
    return result;
  }

  /** Turns a failure into its status code; encrypts the error body when the key is known. */
  async #reject(
    error: unknown,
    trace: RequestTrace,
    aesKey?: Uint8Array,
    iv?: Uint8Array,
  ): Promise<RawHttpResponse> {
    const typed =
      error instanceof FlowResponseError || error instanceof FlowHandlerError
        ? error
        : new FlowHandlerError("the flow endpoint failed", { request: undefined, cause: error });
    trace.error = typed;
    this.#report(typed);
    if (!(typed instanceof FlowResponseError)) return textResponse(500);
    // Only the SDK's own 400 explains itself; a handler's error text stays on the server.
    if (typed instanceof FlowRequestMalformed)
      return textResponse(400, `Bad Request: ${typed.message}`);
    if (typed.body === undefined || aesKey === undefined || iv === undefined) {
      return textResponse(typed.status);
    }
    try {
      return {
        status: typed.status,
        headers: ENCRYPTED_TEXT,
        body: await this.#encrypt(typed.body, aesKey, iv),
      };
    } catch (cause) {
      this.#report(
        new FlowHandlerError("the error body could not be encrypted", {
          request: undefined,
          cause,
        }),
      );
      return textResponse(500);
    }
  }

  #log(trace: RequestTrace, path: string, status: number, ms: number): void {
    const fields = {
      requestId: trace.requestId,
      path,
      status,
      ms: Math.round(ms * 10) / 10,
      ...(typeof trace.action === "string" ? { action: trace.action } : {}),
      ...(typeof trace.screen === "string" && trace.screen !== "" ? { screen: trace.screen } : {}),
      ...(trace.error ? { error: `${trace.error.name}: ${trace.error.message}` } : {}),
      ...(this.#logPayloads ? { data: trace.data, response: trace.response } : {}),
    };
    if (status >= 500) this.#logger.error("flow request failed", fields);
    else if (status !== 200) this.#logger.info("flow request rejected", fields);
    else this.#logger.debug("flow request", fields);
  }

  #report(error: WhatsAppError): void {
    try {
      this.#onError(error);
    } catch {
      // A failing error hook must not turn into a failing endpoint.
    }
  }
}

/**
 * Creates a flow endpoint for one path, with an optional main handler that takes every request
 * no sub-handler (`onInit`, `onDataExchange`, `onBack`, `on`) matched.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { createFlowEndpoint } from "@tswa/flows";
 * import { listen } from "@tswa/flows/node";
 *
 * const endpoint = createFlowEndpoint(
 *   {
 *     path: "/flow",
 *     privateKey: readFileSync("private.pem"),
 *     privateKeyPassword: process.env.KEY_PASSPHRASE,
 *     appSecret: process.env.APP_SECRET,
 *   },
 *   (req) => req.respond({ screen: "START", data: {} }),
 * );
 * endpoint.onDataExchange("START", (req) => req.respond({ closeFlow: true, data: req.data }));
 * await listen(endpoint, { port: 8080 });
 * ```
 */
export function createFlowEndpoint(
  options: FlowEndpointOptions,
  handler?: FlowRequestHandler,
): FlowEndpoint {
  return new FlowEndpoint(options, handler);
}

/** A replay store's id of a request: a digest of its encrypted AES key, fresh per request. */
function replayId(envelope: EncryptedFlowRequest): string {
  return createHash("sha256").update(envelope.encrypted_aes_key).digest("base64url");
}

function printServerErrors(error: WhatsAppError): void {
  if (error instanceof FlowHandlerError) console.error("[tswa] flow endpoint error:", error);
}
