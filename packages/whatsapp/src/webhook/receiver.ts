import { randomUUID } from "node:crypto";
import type { Logger, WhatsAppError } from "@tswa/core";
import {
  headerValue,
  type RawHttpRequest,
  type RawHttpResponse,
  textResponse,
  verifySignature,
} from "@tswa/flows";
import { parseWebhook, type Update } from "../updates/parse.js";
import { WebhookHandlerError, WebhookRequestError } from "./errors.js";
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
  /** Runs the handlers and listeners of one update; rejects with what they threw. */
  deliver: (update: Update) => Promise<void>;
  /** Logs each webhook (debug), rejected ones (info) and failing handlers (error). */
  logger: Logger;
  /** Receives every error: rejected requests, unreadable items, failing handlers. */
  report: (error: WhatsAppError) => void;
  /** The most updates whose handlers may wait or run at once; past it, 503. */
  maxPendingUpdates: number;
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
    const parsed = parseWebhook(json);
    if (!parsed) return this.#reject(trace, 400, "webhook body is not a WhatsApp webhook envelope");
    for (const item of parsed.unreadable) {
      this.#options.report(
        new WebhookRequestError(
          200,
          `webhook entry[${item.entry}].changes[${item.change}] (${item.field}) ${item.path} could not be read: ${item.reason}; its raw update was delivered`,
        ),
      );
    }
    trace.updates = parsed.updates.length;
    if (!this.#pending.fits(parsed.updates.length)) {
      return this.#reject(
        trace,
        503,
        `webhook refused: ${this.#pending.size} updates are still being handled (maxPendingUpdates ${this.#pending.max}); WhatsApp will send it again later`,
      );
    }
    const run = this.#run(parsed.updates, requestId);
    if (this.#options.awaitHandlers) await run;
    return textResponse(200, "OK");
  }

  #run(updates: Update[], requestId: string): Promise<void> {
    const run = (async () => {
      for (const update of updates) {
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
    this.#pending.track(run, updates.length);
    return run;
  }

  #reject(trace: { rejected?: string }, status: number, message: string): RawHttpResponse {
    trace.rejected = message;
    this.#options.report(new WebhookRequestError(status, message));
    return textResponse(status);
  }
}
