import { WhatsAppError } from "@tswa/core";
import type { ListenableUpdate } from "./listenable.js";

/**
 * No matching update came within the listener's `timeout` (pywa's `ListenerTimeout`).
 *
 * @example
 * ```ts
 * import { ListenerTimeout, type SentMessage } from "tswa";
 *
 * declare const question: SentMessage;
 * try {
 *   await question.waitForReply({ timeout: 60_000 });
 * } catch (error) {
 *   if (error instanceof ListenerTimeout) await question.reply("You took too long to answer.");
 *   else throw error;
 * }
 * ```
 */
export class ListenerTimeout extends WhatsAppError {
  /** The timeout the listener was given, in milliseconds. */
  readonly timeout: number;

  constructor(timeout: number) {
    super(`no matching update came within the listener's timeout of ${timeout} ms`);
    this.timeout = timeout;
  }
}

/**
 * An update matched the listener's `cancelers` (pywa's `ListenerCanceled`). That update was
 * the listener's: it does not reach the handlers.
 *
 * `update` is not enumerable, as `WebhookHandlerError.update` is not: `console.error(error)`
 * does not print your user's message.
 *
 * @example
 * ```ts
 * import { ListenerCanceled, type SentMessage } from "tswa";
 *
 * declare const question: SentMessage;
 * try {
 *   await question.waitForReply({
 *     cancelers: (update) => update.kind === "message" && update.text === "cancel",
 *   });
 * } catch (error) {
 *   if (error instanceof ListenerCanceled) await error.update.reply("Canceled.");
 *   else throw error;
 * }
 * ```
 */
export class ListenerCanceled extends WhatsAppError {
  /** The update that matched a canceler. */
  declare readonly update: ListenableUpdate;

  constructor(update: ListenableUpdate) {
    super(`a ${update.kind} update matched the listener's cancelers`);
    Object.defineProperty(this, "update", { value: update, enumerable: false });
  }
}

/**
 * The listener was stopped before an update matched (pywa's `ListenerStopped`): by
 * `wa.stopListening(user)`, by a newer listener for the same user, by its `signal`, or by
 * `wa.close()`. `reason` says which.
 */
export class ListenerStopped extends WhatsAppError {
  /** Why it was stopped: the reason given to `stopListening`, `"replaced"`, `"aborted"` or `"closed"`. */
  readonly reason: string | undefined;

  constructor(reason?: string, options?: { cause?: unknown }) {
    super(
      reason === undefined ? "the listener was stopped" : `the listener was stopped: ${reason}`,
      options,
    );
    this.reason = reason;
  }
}

/**
 * The listener store (`listenerStore`) failed while an update was offered to the listeners;
 * the update went to the handlers. Reported to the `error` event.
 */
export class ListenerStoreError extends WhatsAppError {
  constructor(cause: unknown) {
    const what = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    super(`the listener store failed (${what}); the update went to the handlers`, { cause });
  }
}

/**
 * A `SentMessage` wait shortcut (`waitForReply`, …) was called on a message that was not sent
 * through a `WhatsApp` client, which is what receives the webhooks it waits for.
 */
export class SentMessageWithoutListenersError extends WhatsAppError {
  constructor(shortcut: string) {
    super(
      `${shortcut}() needs a message sent through a WhatsApp client (wa.sendMessage, msg.reply…), which receives the webhooks it waits for`,
    );
  }
}
