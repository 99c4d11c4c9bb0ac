import type { WhatsAppError } from "@tswa/core";
import {
  FlowRequestCannotBeDecrypted,
  FlowRequestMalformed,
  FlowRequestSignatureAuthenticationFailed,
  FlowRequestTooLarge,
} from "@tswa/flows";
import { WebhookRequestError } from "./webhook/errors.js";

/** One warning per kind of rejection per minute: forged traffic cannot flood the log. */
const INTERVAL_MS = 60_000;

/** What to check, by what was rejected and how: the usual misconfiguration behind each. */
const HINTS: Record<string, string> = {
  "webhook 401":
    "WhatsApp signs webhooks with your Meta app's secret: appSecret must be that secret (a simulator must sign with the same one)",
  "webhook 403":
    "Meta's verification request carried another verify token: verifyToken must be what you typed in the App Dashboard",
  "flow request 432":
    "WhatsApp signs flow requests with your Meta app's secret: appSecret must be that secret (give a simulator the same one: --app-secret or $WHATSAPP_APP_SECRET)",
  "flow request 421":
    "the request was encrypted for another public key: upload the public half of businessPrivateKey for your phone number (tswa keys upload), and give a simulator that same public key",
};

/** Options of {@link RejectionWarnings}; the defaults are for production, the rest for tests. */
export interface RejectionWarningsOptions {
  /** Where a warning line goes. Default `console.warn`. */
  write?: ((line: string) => void) | undefined;
  /** The clock, in ms. Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * Prints a one-line warning when a webhook or flow request is rejected and nobody listens to
 * the client's `error` event: a misconfiguration (a wrong app secret, a key that does not pair)
 * shows at once, with what to check, and the same kind of rejection at most once a minute. The
 * line holds tswa's own description only, never the request's payload.
 */
export class RejectionWarnings {
  readonly #write: (line: string) => void;
  readonly #now: () => number;
  /** By kind: when its last warning was printed, and how many were held back since. */
  readonly #seen = new Map<string, { at: number; held: number }>();

  constructor(options: RejectionWarningsOptions = {}) {
    this.#write = options.write ?? ((line) => console.warn(line));
    this.#now = options.now ?? Date.now;
  }

  /** Warns about one rejected request, unless the same kind was warned about within a minute. */
  warn(error: WhatsAppError): void {
    const kind = kindOf(error);
    if (kind === undefined) return;
    const now = this.#now();
    const last = this.#seen.get(kind);
    if (last !== undefined && now - last.at < INTERVAL_MS) {
      last.held += 1;
      return;
    }
    this.#seen.set(kind, { at: now, held: 0 });
    const held = last?.held ? ` (${last.held} more since the last warning of this kind)` : "";
    const hint = HINTS[kind];
    this.#write(
      `[tswa] rejected a ${kind.replace(/ (\d+)$/, " with HTTP $1")}: ${error.message}${held}.${hint ? ` Check: ${hint}.` : ""} Rejections of this kind are printed at most once a minute; listen to the "error" event to see each one.`,
    );
  }
}

/**
 * `flow request 432`, `webhook 401`: what was rejected, with the status it was answered. Only
 * the SDK's own rejections: a 427 a handler chose to answer is no misconfiguration.
 */
function kindOf(error: WhatsAppError): string | undefined {
  const rejected =
    error instanceof FlowRequestSignatureAuthenticationFailed ||
    error instanceof FlowRequestCannotBeDecrypted ||
    error instanceof FlowRequestMalformed ||
    error instanceof FlowRequestTooLarge;
  if (rejected) return `flow request ${error.status}`;
  if (error instanceof WebhookRequestError && error.status !== 200) {
    return `webhook ${error.status}`;
  }
  return undefined;
}
