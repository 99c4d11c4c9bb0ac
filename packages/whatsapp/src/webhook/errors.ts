import { WhatsAppError } from "@tswa/core";
import type { Update } from "../updates/parse.js";

/**
 * A webhook handler (or event listener) threw. The webhook was already answered 200, so WhatsApp
 * does not send the update again; the error goes to the `error` event with the update attached.
 *
 * `update` is not enumerable, as `FlowHandlerError.request` is not: `console.error(error)` does
 * not print your user's message.
 */
export class WebhookHandlerError extends WhatsAppError {
  /** The update the handler was given. */
  declare readonly update: Update;

  constructor(update: Update, cause: unknown) {
    const what = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    super(`a handler of a ${update.kind} update threw: ${what}`, { cause });
    Object.defineProperty(this, "update", { value: update, enumerable: false });
  }
}

/**
 * A webhook was rejected or could not be read: a bad signature (401), a body that is not a
 * webhook (400), or an item of a change that did not match its type (the raw update was still
 * delivered). Reported to the `error` event; never thrown at WhatsApp.
 */
export class WebhookRequestError extends WhatsAppError {
  /** The HTTP status the webhook was answered with. */
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
