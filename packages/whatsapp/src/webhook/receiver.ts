import { randomUUID } from "node:crypto";
import { type Logger, silentLogger, type WhatsAppError } from "@tswa/core";
import {
  headerValue,
  type RawHttpRequest,
  type RawHttpResponse,
  textResponse,
  verifySignature,
} from "@tswa/flows";
import type { Update } from "../updates/kinds.js";
import { type ParsedWebhook, parseWebhook } from "../updates/parse.js";
import type { UpdateClient } from "../updates/update-client.js";
import { freshUpdates, type UpdateDedupStore } from "./dedup.js";
import { WebhookDedupStoreError, WebhookHandlerError, WebhookRequestError } from "./errors.js";
import { PendingUpdates } from "./pending-updates.js";
import { verificationChallenge } from "./verification.js";

/** What a {@link WebhookReceiver} needs from its owner. */
export interface WebhookReceiverOptions {
  /** The app secrets accepted for `X-Hub-Signature-256`, or `undefined` to skip the check. */
  appSecrets: readonly string[] | undefined;
  /** The token Meta's verification request must carry. */
  verifyToken: string | undefined;
  /** Answer after the handlers finished (serverless) instead of at once. */
  awaitHandlers: boolean;
  /** Runs the listeners and handlers of one update; throws or rejects with what they threw. */
  deliver: (update: Update) => Promise<void> | undefined;
  /** Logs each webhook (debug), rejected ones (info) and failing handlers (error). */
  logger: Logger;
  /** Receives every error: rejected requests, unreadable items, failing handlers. */
  report: (error: WhatsAppError) => void;
  /** The most updates whose handlers may wait or run at once; past it, 503. */
  maxPendingUpdates: number;
  /** The client update shortcuts call. */
  client?: UpdateClient | undefined;
  /** Make typed updates only for this phone number id (pywa's `filter_updates`). */
  phoneId?: string | undefined;
  /** Where handled update ids are remembered, or `undefined` to handle duplicates again. */
  dedupStore?: UpdateDedupStore | undefined;
}

/**
 * The webhook side of the client: Meta's GET verification, and POSTs checked against the raw
 * bytes, parsed, answered 200 and delivered. A handler's failure never turns into a non-200
 * answer: WhatsApp would send the update again and again.
 */
export class WebhookReceiver {
  readonly #options: WebhookReceiverOptions;
  readonly #pending: PendingUpdates;

  constructor(options: WebhookReceiverOptions) {
    this.#options = options;
    this.#pending = new PendingUpdates(options.maxPendingUpdates);
  }

  /** The updates received whose handlers have not finished. */
  get pendingUpdates(): number {
    return this.#pending.size;
  }

  /** Resolves when every update received so far was handled. */
  idle(): Promise<void> {
    return this.#pending.idle();
  }

  /** Answers one webhook request. Never rejects. */
  handle(request: RawHttpRequest): Promise<RawHttpResponse> {
    // Nothing is logged without a logger: skip the request id, the clock and a promise (they
    // are about 5% of a one-message webhook).
    if (this.#options.logger === silentLogger) return this.#answer(request, undefined, {});
    return this.#logged(request);
  }

  async #logged(request: RawHttpRequest): Promise<RawHttpResponse> {
    const trace: { updates?: number; rejected?: string } = {};
    const requestId = randomUUID();
    const started = performance.now();
    const response = await this.#answer(request, requestId, trace);
    const fields: Record<string, unknown> = {
      requestId,
      method: request.method,
      status: response.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (trace.updates !== undefined) fields.updates = trace.updates;
    if (trace.rejected) fields.reason = trace.rejected;
    try {
      if (response.status === 200) this.#options.logger.debug("webhook", fields);
      else if (response.status === 503) this.#options.logger.warn("webhook rejected", fields);
      else this.#options.logger.info("webhook rejected", fields);
    } catch {
      // A logger that throws must not cost WhatsApp its answer.
    }
    return response;
  }

  async #answer(
    request: RawHttpRequest,
    requestId: string | undefined,
    trace: { updates?: number; rejected?: string },
  ): Promise<RawHttpResponse> {
    if (request.method === "GET") {
      const query = new URLSearchParams(request.query ?? "");
      const challenge = verificationChallenge(query, this.#options.verifyToken);
      if (challenge === undefined)
        return this.#reject(
          trace,
          403,
          "webhook verification failed: wrong hub.mode or hub.verify_token",
        );
      return textResponse(200, challenge);
    }
    if (request.method !== "POST")
      return textResponse(405, "Method Not Allowed", { allow: "GET, POST" });
    const { appSecrets } = this.#options;
    const signature = headerValue(request.headers, "x-hub-signature-256");
    if (appSecrets && !verifySignature(request.body, signature, appSecrets)) {
      return this.#reject(
        trace,
        401,
        signature === undefined
          ? "webhook without X-Hub-Signature-256"
          : "webhook X-Hub-Signature-256 does not match the app secret",
      );
    }
    let json: unknown;
    try {
      const { body } = request;
      // A view, not a copy: the body can be megabytes.
      json = JSON.parse(
        Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"),
      );
    } catch {
      return this.#reject(trace, 400, "webhook body is not JSON");
    }
    const { client, phoneId } = this.#options;
    const parsed = parseWebhook(json, { client, phoneId });
    if (!parsed) return this.#reject(trace, 400, "webhook body is not a WhatsApp webhook envelope");
    for (const item of parsed.unreadable) {
      const change = item.change === undefined ? "" : `.changes[${item.change}]`;
      const field = item.field === undefined ? "" : ` (${item.field})`;
      this.#options.report(
        new WebhookRequestError(
          200,
          `webhook entry[${item.entry}]${change}${field} ${item.path} could not be read: ${item.reason}; the rest of the webhook was delivered`,
        ),
      );
    }
    const count = parsed.updates.length;
    trace.updates = count;
    if (!this.#pending.fits(count)) {
      return this.#reject(
        trace,
        503,
        `webhook refused: ${this.#pending.size} updates are still being handled (maxPendingUpdates ${this.#pending.max}); WhatsApp will send it again later`,
      );
    }
    if (this.#options.awaitHandlers) {
      const run = this.#run(parsed, requestId);
      if (run) {
        this.#pending.track(run, count);
        await run;
      }
    } else {
      // Answer first: the handlers start once this answer is written (the next event-loop turn).
      const run = new Promise(setImmediate).then(() => this.#run(parsed, requestId));
      this.#pending.track(run, count);
    }
    return textResponse(200, "OK");
  }

  /**
   * Delivers the fresh updates in order. Synchronous while listeners, handlers and the dedup
   * store are; from the first promise on, it returns the promise of the rest.
   */
  #run(parsed: ParsedWebhook, requestId: string | undefined): Promise<void> | undefined {
    const { dedupStore } = this.#options;
    const fresh = dedupStore ? freshUpdates(parsed, dedupStore, this.#storeFailed) : parsed.updates;
    return Array.isArray(fresh)
      ? this.#deliverFrom(fresh, 0, requestId)
      : fresh.then((updates) => this.#deliverFrom(updates, 0, requestId));
  }

  /** Delivers `updates[start..]`; returns a promise only when a delivery returned one. */
  #deliverFrom(
    updates: readonly Update[],
    start: number,
    requestId: string | undefined,
  ): Promise<void> | undefined {
    for (let i = start; i < updates.length; i++) {
      const update = updates[i] as Update;
      let delivered: Promise<void> | undefined;
      try {
        delivered = this.#options.deliver(update);
      } catch (error) {
        this.#failed(update, error, requestId);
        continue;
      }
      if (delivered)
        return delivered.then(
          () => this.#deliverFrom(updates, i + 1, requestId),
          (error: unknown) => {
            this.#failed(update, error, requestId);
            return this.#deliverFrom(updates, i + 1, requestId);
          },
        );
    }
    return undefined;
  }

  readonly #storeFailed = (error: unknown): void =>
    this.#options.report(new WebhookDedupStoreError(error));

  #failed(update: Update, error: unknown, requestId: string | undefined): void {
    const failure = new WebhookHandlerError(update, error);
    this.#options.logger.error("webhook handler failed", {
      requestId,
      kind: update.kind,
      error: failure.message,
    });
    this.#options.report(failure);
  }

  #reject(trace: { rejected?: string }, status: number, message: string): RawHttpResponse {
    trace.rejected = message;
    this.#options.report(new WebhookRequestError(status, message));
    return textResponse(status);
  }
}
