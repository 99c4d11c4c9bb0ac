import type { KeyObject } from "node:crypto";
import { GraphClient, silentLogger, type WhatsAppError } from "@tswa/core";
import {
  createFlowEndpoint,
  type FlowEndpoint,
  type FlowEndpointOptions,
  FlowHandlerError,
  type FlowRequestHandler,
  FlowRequestTooLarge,
  loadFlowPrivateKey,
  normalizePath,
  type RawHttpHandler,
  type RawHttpRequest,
  type RawHttpResponse,
  textResponse,
  toFetchHandler,
} from "@tswa/flows";
import { type CloseOptions, listen, type RunningServer } from "@tswa/flows/node";
import { EventEmitter } from "eventemitter3";
import type { WhatsAppEvents } from "./events.js";
import type { Narrowed } from "./filters/filter.js";
import type { ListenableUpdate } from "./listeners/listenable.js";
import type { WaitForUpdateOptions } from "./listeners/options.js";
import { MemoryListenerStore } from "./listeners/store.js";
import { UpdateListeners } from "./listeners/update-listeners.js";
import { need, type ResolvedOptions, resolveOptions, type WhatsAppOptions } from "./options.js";
import { RejectionWarnings } from "./rejection-warnings.js";
import { closeOnSignals, shutDown, type WhatsAppListenOptions } from "./shutdown.js";
import type { Update } from "./updates/kinds.js";
import type { UpdateClient } from "./updates/update-client.js";
import type { User } from "./updates/user.js";
import { MemoryDedupStore } from "./webhook/dedup.js";
import { WebhookHandlerError, WebhookRequestError } from "./webhook/errors.js";
import type { HandlerMethod } from "./webhook/handler-table.js";
import { UpdateHandlers } from "./webhook/handlers.js";
import type { Filters } from "./webhook/on-signatures.js";
import { WebhookReceiver } from "./webhook/receiver.js";
import { type RegistrationArgs, registerHandler } from "./webhook/registration.js";

/** Webhook batches can carry many changes; 8 MiB is far above any seen, far below harm. */
const WEBHOOK_BODY_LIMIT = 8 * 1024 * 1024;
/** About 17 MiB of updates at most waiting for slow handlers. */
const DEFAULT_MAX_PENDING_UPDATES = 10_000;
/** WhatsApp's own wait for an answer: what a shutdown gives requests still in flight. */
const DEFAULT_CLOSE_TIMEOUT = 10_000;

/** Options of `wa.onFlowRequest`: the endpoint options the client does not fill in itself. */
export type FlowRequestOptions = Omit<
  FlowEndpointOptions,
  "path" | "privateKey" | "privateKeyPassword" | "appSecret"
> & {
  /** Check `X-Hub-Signature-256` with the client's `appSecret` (when set). Default `true`. */
  validateSignature?: boolean | undefined;
};

/**
 * The serving half of the client: options, events, webhook handlers, flow endpoints, and the
 * one web-standard handler that serves them all. {@link WhatsApp} adds the Graph API calls.
 */
export class WhatsAppServerBase extends EventEmitter<WhatsAppEvents> implements RawHttpHandler {
  /** The path webhooks arrive on. */
  readonly webhookEndpoint: string;
  /** The Graph API client (token, version, transport) every call goes through. */
  readonly graph: GraphClient;
  /**
   * The client as a web-standard handler, `(request: Request) => Promise<Response>`: webhooks
   * on `webhookEndpoint` and every flow endpoint on its path. Bound, so it can be passed as is.
   */
  readonly fetch: (request: Request) => Promise<Response>;

  /**
   * The validated options (ids as strings). An accessor over a `#private` field, so secrets
   * never show in `util.inspect(wa)`, `console.log(wa)` or `JSON.stringify(wa)`.
   */
  protected get options(): ResolvedOptions {
    return this.#options;
  }
  /** The webhook handlers by update kind. */
  protected readonly handlers = new UpdateHandlers<this>();
  /** The listeners (`waitForUpdate`), offered each update before the handlers. */
  protected readonly updateListeners: UpdateListeners;
  readonly #options: ResolvedOptions;
  readonly #receiver: WebhookReceiver;
  readonly #endpoints = new Map<string, FlowEndpoint>();
  readonly #rejections = new RejectionWarnings();
  readonly #servers = new Set<RunningServer>();
  #closing: Promise<void> | undefined;
  #privateKey: KeyObject | undefined;

  constructor(options: WhatsAppOptions = {}) {
    super();
    this.#options = resolveOptions(options);
    this.webhookEndpoint = normalizePath(this.options.webhookEndpoint ?? "/");
    this.graph = new GraphClient({
      token: this.options.token,
      apiVersion: this.options.apiVersion,
      baseUrl: this.options.baseUrl,
      fetch: this.options.fetch,
      timeout: this.options.timeout,
      deadline: this.options.deadline,
      retry: this.options.retry,
      logger: this.options.logger,
    });
    this.#receiver = new WebhookReceiver({
      appSecrets: this.options.validateUpdates === false ? undefined : this.#appSecrets(),
      verifyToken: this.options.verifyToken,
      logger: this.options.logger ?? silentLogger,
      awaitHandlers: this.options.awaitHandlers ?? false,
      maxPendingUpdates: this.options.maxPendingUpdates ?? DEFAULT_MAX_PENDING_UPDATES,
      deliver: (update) => this.#deliver(update),
      report: (error) => this.#report(error),
      // Shortcuts (`msg.reply()`) send through the client; the sending half is the subclass's.
      client: this as unknown as UpdateClient,
      phoneId: this.options.filterUpdates === false ? undefined : this.options.phoneId,
      dedupStore:
        this.options.skipDuplicateUpdates === false
          ? undefined
          : (this.options.dedupStore ?? new MemoryDedupStore()),
    });
    this.updateListeners = new UpdateListeners({
      store: this.options.listenerStore ?? new MemoryListenerStore(),
      continueHandling: this.options.continueHandling ?? false,
      report: (error) => this.#report(error),
    });
    this.fetch = toFetchHandler(this);
  }

  /** The phone number id, when configured. */
  get phoneId(): string | undefined {
    return this.options.phoneId;
  }

  /** The WhatsApp Business Account id, when configured. */
  get businessAccountId(): string | undefined {
    return this.options.businessAccountId;
  }

  /** The paths this client serves: the webhook path and every flow endpoint's. */
  get paths(): readonly string[] {
    return [this.webhookEndpoint, ...this.#endpoints.keys()];
  }

  /** The largest body accepted on any path: a webhook's limit (8 MiB) or a flow endpoint's. */
  get maxBodySize(): number {
    return Math.max(WEBHOOK_BODY_LIMIT, ...[...this.#endpoints.values()].map((e) => e.maxBodySize));
  }

  /**
   * The largest body accepted on `path`: 8 MiB on the webhook path, the endpoint's `maxBodySize`
   * (default 1 MiB) on a flow endpoint's. The adapters check it before reading a body.
   */
  maxBodySizeFor(path: string): number {
    const normalized = normalizePath(path);
    if (normalized === this.webhookEndpoint) return WEBHOOK_BODY_LIMIT;
    return this.#endpoints.get(normalized)?.maxBodySize ?? 0;
  }

  /**
   * Adds a flow endpoint on `path`, decrypting with `businessPrivateKey` and checking
   * signatures with `appSecret`. Returns the endpoint, which routes by action and screen with
   * `.onInit`, `.onDataExchange`, `.onBack` and `.on`; `handler` takes what none of them matched.
   *
   * @throws {@link WhatsAppConfigurationError} without `businessPrivateKey` (unless you pass a
   *   `requestDecryptor`), {@link FlowPrivateKeyError} for a key that cannot be used, and
   *   TypeError when `path` is already served.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ businessPrivateKey: process.env.PRIVATE_KEY, appSecret: "…" });
   * wa.onFlowRequest("/feedback")
   *   .onInit((req) => req.respond({ screen: "SURVEY", data: {} }))
   *   .onDataExchange("SURVEY", (req) => req.respond({ closeFlow: true, data: req.data }));
   * ```
   */
  onFlowRequest(
    path: string,
    handler?: FlowRequestHandler,
    options: FlowRequestOptions = {},
  ): FlowEndpoint {
    const normalized = normalizePath(path);
    if (normalized === this.webhookEndpoint || this.#endpoints.has(normalized)) {
      throw new TypeError(
        `onFlowRequest: ${normalized} is already served (webhooks or another flow endpoint)`,
      );
    }
    const { validateSignature, ...endpointOptions } = options;
    const privateKey = options.requestDecryptor
      ? (this.#privateKey ?? this.#loadKey(false))
      : this.#loadKey(true);
    const endpoint = createFlowEndpoint(
      {
        onError: (error) => this.#report(error),
        logger: this.options.logger,
        logPayloads: this.options.logPayloads,
        ...endpointOptions,
        // req.decryptMedia() downloads through the client's transport (its fetch and retries).
        mediaOptions: { transport: this.graph.transport, ...endpointOptions.mediaOptions },
        path: normalized,
        privateKey,
        appSecret: validateSignature === false ? undefined : this.#appSecrets(),
      },
      handler,
    );
    this.#endpoints.set(normalized, endpoint);
    return endpoint;
  }

  /** Reports a body an adapter refused for passing its path's limit (413) to the `error` event. */
  payloadTooLarge(path: string): void {
    const normalized = normalizePath(path);
    const limit = this.maxBodySizeFor(normalized);
    this.#report(
      normalized === this.webhookEndpoint
        ? new WebhookRequestError(413, `webhook body exceeds ${limit} bytes`)
        : new FlowRequestTooLarge(limit),
    );
  }

  /** Answers one request in the minimal HTTP shape (what the adapters call). Never rejects. */
  async handle(request: RawHttpRequest): Promise<RawHttpResponse> {
    if (this.#closing) return textResponse(503, "Service Unavailable", { "retry-after": "5" });
    const path = normalizePath(request.path);
    if (path === this.webhookEndpoint) {
      return this.#receiver.handle(request);
    }
    const endpoint = this.#endpoints.get(path);
    return endpoint ? endpoint.handle(request) : textResponse(404, "Not Found");
  }

  /**
   * Serves webhooks and every flow endpoint on node:http. Default host `127.0.0.1`; use
   * `0.0.0.0` in a container or behind a proxy.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
   * const server = await wa.listen({ port: 8080 });
   * console.log(`webhooks on ${server.url}${wa.webhookEndpoint}`);
   * ```
   */
  async listen(options: WhatsAppListenOptions = {}): Promise<RunningServer> {
    const { gracefulShutdown, ...serverOptions } = options;
    const running = await listen(this, serverOptions);
    this.#servers.add(running);
    if (gracefulShutdown) {
      closeOnSignals((timeout) => this.close({ timeout }), gracefulShutdown, this.options.logger);
    }
    return running;
  }

  /** Resolves when every webhook update received so far was handled (tests, graceful shutdown). */
  idle(): Promise<void> {
    return this.#receiver.idle();
  }

  /**
   * Shuts the client down: every server `wa.listen()` started stops accepting connections and
   * closes its idle keep-alive ones; requests still in flight get until `timeout` (default
   * 10 s) to be answered, then 503; webhook handlers still running get the same time to
   * finish; listeners still waiting (and later ones) reject with {@link ListenerStopped}
   * (`reason: "closed"`).
   * Requests that reach `wa.fetch` or an adapter afterwards get 503. Resolves when done; later
   * calls return the same promise.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
   * await wa.listen({ port: 8080 });
   * process.once("SIGTERM", () => void wa.close({ timeout: 5_000 }));
   * ```
   */
  close(options: CloseOptions = {}): Promise<void> {
    // Handlers waiting on a listener can finish (with ListenerStopped) within the timeout.
    if (!this.#closing) this.updateListeners.close();
    this.#closing ??= shutDown({
      servers: [...this.#servers],
      handlersIdle: () => this.#receiver.idle(),
      pendingUpdates: () => this.#receiver.pendingUpdates,
      timeout: options.timeout ?? DEFAULT_CLOSE_TIMEOUT,
      logger: this.options.logger ?? silentLogger,
    });
    return this.#closing;
  }

  /**
   * Waits for the next update from a user that `filters` pass (pywa's `listen`; `wa.listen`
   * starts the server here). Resolves with that update, which does not reach the handlers.
   * One listener per user: a newer one stops this one (`ListenerStopped`, reason
   * `"replaced"`). Updates that arrived before the call are not seen. `SentMessage` has
   * shortcuts for the usual waits (`sent.waitForReply()`, `sent.waitForClick()`…).
   *
   * @throws TypeError for a `from`, `timeout` or filter that cannot be used.
   * @returns A promise of the update; it rejects with {@link ListenerTimeout} after `timeout`,
   *   {@link ListenerCanceled} when a canceler matched, {@link ListenerStopped} on
   *   `wa.stopListening`, a newer listener for the user, `signal` or `wa.close()`.
   * @example
   * ```ts
   * import { ListenerTimeout, type Message, WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage("text", async (msg) => {
   *   if (msg.text !== "/age") return;
   *   await msg.reply("How old are you?");
   *   try {
   *     const answer = await wa.waitForUpdate({
   *       from: msg.from,
   *       filters: (u): u is Message => u.kind === "message" && /^\d+$/.test(u.text ?? ""),
   *       cancelers: (u) => u.kind === "message" && u.text === "cancel",
   *       timeout: 60_000,
   *     });
   *     await answer.reply(`You are ${answer.text}.`);
   *   } catch (error) {
   *     if (error instanceof ListenerTimeout) await msg.reply("Too late!");
   *     else throw error;
   *   }
   * });
   * ```
   */
  waitForUpdate<const F extends Filters<ListenableUpdate> | undefined = Filters<ListenableUpdate>>(
    options: WaitForUpdateOptions<F>,
  ): Promise<Narrowed<ListenableUpdate, F>> {
    return this.updateListeners.wait(
      options as WaitForUpdateOptions<Filters<ListenableUpdate>>,
    ) as Promise<Narrowed<ListenableUpdate, F>>;
  }

  /**
   * Stops the listener waiting for a user (pywa's `stop_listening`): it rejects with
   * {@link ListenerStopped} carrying `reason`.
   *
   * @returns Whether a listener was waiting for them in this process.
   */
  stopListening(from: string | User, reason?: string): Promise<boolean> {
    return this.updateListeners.stop(from, reason);
  }

  /** Registers the arguments of an `on…` method by its row of the handler table. */
  protected register(method: HandlerMethod, args: RegistrationArgs): this {
    this.requireWebhookSecret(method);
    registerHandler(this.handlers, method, args);
    return this;
  }

  /** Throws unless webhooks can be checked: `appSecret`, or `validateUpdates: false`. */
  protected requireWebhookSecret(feature: string): void {
    if (this.options.validateUpdates === false) return;
    need(
      this.options.appSecret,
      "appSecret",
      `${feature} (webhook signatures are checked; pass validateUpdates: false to skip)`,
    );
  }

  /**
   * Emits the update's event, offers it to the update listeners (`waitForUpdate`), then runs
   * its handlers unless a listener took it (also when an event listener threw). Returns a
   * promise only when a listener or handler did; throws or rejects with what an event listener
   * or handler threw.
   */
  #deliver(update: Update): Promise<void> | undefined {
    let listenerFailed = false;
    let listenerError: unknown;
    try {
      this.emit(update.kind, update as never);
    } catch (error) {
      listenerFailed = true;
      listenerError = error;
    }
    const taken = this.updateListeners.offer(update);
    const handled =
      taken === false
        ? this.#handle(update)
        : taken === true || taken.then((took) => took || this.#handle(update));
    if (typeof handled === "boolean") {
      if (listenerFailed) throw listenerError;
      return undefined;
    }
    return handled.then(() => {
      if (listenerFailed) throw listenerError;
    });
  }

  #handle(update: Update): boolean | Promise<boolean> {
    if (!this.handlers.has(update.kind)) return false;
    // A handler that waits for the user (sent.waitForReply()…) frees its webhook's delivery.
    return this.updateListeners.whileHandling(update, () =>
      this.handlers.dispatch(update, this, this.options.continueHandling ?? false),
    );
  }

  #report(error: WhatsAppError): void {
    if (this.listenerCount("error") === 0) {
      // Without a listener, print what is this server's to fix; requests rejected for being
      // forged or malformed get a warning rate-limited per kind, so a misconfiguration shows
      // but forged traffic cannot flood the log.
      if (isServerSide(error)) console.error(`[tswa] ${error.name}: ${error.message}`);
      else this.#rejections.warn(error);
      return;
    }
    try {
      this.emit("error", error);
    } catch (listenerError) {
      console.error("[tswa] an error listener threw:", listenerError);
    }
  }

  #appSecrets(): readonly string[] | undefined {
    const secret = this.options.appSecret;
    return secret === undefined ? undefined : typeof secret === "string" ? [secret] : secret;
  }

  #loadKey(required: boolean): KeyObject | undefined {
    if (this.#privateKey) return this.#privateKey;
    const key = required
      ? need(
          this.options.businessPrivateKey,
          "businessPrivateKey",
          "a flow endpoint (onFlowRequest)",
        )
      : this.options.businessPrivateKey;
    if (key === undefined) return undefined;
    this.#privateKey = loadFlowPrivateKey(key, this.options.businessPrivateKeyPassword);
    return this.#privateKey;
  }
}

function isServerSide(error: WhatsAppError): boolean {
  return (
    error instanceof FlowHandlerError ||
    error instanceof WebhookHandlerError ||
    (error instanceof WebhookRequestError && (error.status === 200 || error.status === 503))
  );
}
