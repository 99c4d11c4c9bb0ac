import { randomUUID } from "node:crypto";
import type { Logger, WhatsAppError } from "@tswa/core";
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
import { dedupKey, type UpdateDedupStore } from "./dedup.js";
import { WebhookDedupStoreError, WebhookHandlerError, WebhookRequestError } from "./errors.js";
import { verificationChallenge } from "./verification.js";

/** What a {@link WebhookReceiver} needs from its owner. */
export interface WebhookReceiverOptions {
  /** The app secrets accepted for `X-Hub-Signature-256`, or `undefined` to skip the check. */
  appSecrets: readonly string[] | undefined;
  /** The token Meta's verification request must carry. */
  verifyToken: string | undefined;
  /** Answer after the handlers finished (serverless) instead of at once. */
  awaitHandlers: boolean;
  /** Runs the handlers and listeners of one update; rejects with what they threw. */
  deliver: (update: Update) => Promise<void>;
  /** Logs each webhook (debug), rejected ones (info) and failing handlers (error). */
  logger: Logger;
  /** Receives every error: rejected requests, unreadable items, failing handlers. */
  report: (error: WhatsAppError) => void;
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
  readonly #inFlight = new Set<Promise<void>>();

  constructor(options: WebhookReceiverOptions) {
    this.#options = options;
  }

  /** Resolves when every update received so far was handled. */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.all(this.#inFlight);
  }

  /** Answers one webhook request. Never rejects. */
  async handle(request: RawHttpRequest, query: URLSearchParams): Promise<RawHttpResponse> {
    const requestId = randomUUID();
    const started = performance.now();
    const trace: { updates?: number; rejected?: string } = {};
    const response = await this.#answer(request, query, requestId, trace);
    const fields = {
      requestId,
      method: request.method,
      status: response.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(trace.updates === undefined ? {} : { updates: trace.updates }),
      ...(trace.rejected ? { reason: trace.rejected } : {}),
    };
    if (response.status === 200) this.#options.logger.debug("webhook", fields);
    else this.#options.logger.info("webhook rejected", fields);
    return response;
  }

  async #answer(
    request: RawHttpRequest,
    query: URLSearchParams,
    requestId: string,
    trace: { updates?: number; rejected?: string },
  ): Promise<RawHttpResponse> {
    if (request.method === "GET") {
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
      json = JSON.parse(Buffer.from(request.body).toString("utf8"));
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
    trace.updates = parsed.updates.length;
    const run = this.#run(parsed, requestId);
    if (this.#options.awaitHandlers) await run;
    return textResponse(200, "OK");
  }

  #run(parsed: ParsedWebhook, requestId: string): Promise<void> {
    const run = (async () => {
      for (const update of await this.#fresh(parsed)) {
        try {
          await this.#options.deliver(update);
        } catch (error) {
          const failure = new WebhookHandlerError(update, error);
          this.#options.logger.error("webhook handler failed", {
            requestId,
            kind: update.kind,
            error: failure.message,
          });
          this.#options.report(failure);
        }
      }
    })();
    this.#inFlight.add(run);
    void run.finally(() => this.#inFlight.delete(run));
    return run;
  }

  /**
   * The updates not handled before (per the dedup store). A change whose typed updates were
   * all seen before is skipped whole, its `RawUpdate` included.
   */
  async #fresh(parsed: ParsedWebhook): Promise<Update[]> {
    const store = this.#options.dedupStore;
    if (!store) return parsed.updates;
    const fresh: Update[] = [];
    for (const change of parsed.changes) {
      const kept: Update[] = [];
      let keyed = 0;
      for (const update of change.updates) {
        const key = dedupKey(update);
        if (key !== undefined) keyed++;
        if (key === undefined || !(await this.#seen(store, key))) kept.push(update);
      }
      if (keyed > 0 && kept.length === 0) continue;
      fresh.push(change.raw, ...kept);
    }
    return fresh;
  }

  /** Asks the store; a store that fails is reported and the update handled (at least once). */
  async #seen(store: UpdateDedupStore, key: string): Promise<boolean> {
    try {
      const seen = store.seen(key);
      return seen === true || (seen !== false && (await seen));
    } catch (error) {
      this.#options.report(new WebhookDedupStoreError(error));
      return false;
    }
  }

  #reject(trace: { rejected?: string }, status: number, message: string): RawHttpResponse {
    trace.rejected = message;
    this.#options.report(new WebhookRequestError(status, message));
    return textResponse(status);
  }
}
