import type { WhatsAppError } from "@tswa/core";
import type { UpdateKind, UpdateKinds } from "./updates/kinds.js";

/** One event per update kind (`message`, `callbackButton`, `templateStatusUpdate`, …). */
export type UpdateEvents = { [K in UpdateKind]: [update: UpdateKinds[K]] };

/**
 * The events a {@link WhatsApp} client emits (eventemitter3): one per update kind, for every
 * update, before the handlers run (handlers registered with `on…` methods are separate: the
 * first matching one takes the update), and `error` for everything that went wrong without an
 * exception to throw at you: a rejected webhook, an unreadable item, a failing handler or
 * listener.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.on("messageStatus", (status) => console.log(status.id, status.status));
 * wa.on("error", (error) => console.error(error.name, error.message));
 * ```
 */
export interface WhatsAppEvents extends UpdateEvents {
  /** A rejected webhook, an unreadable item, or a failing handler or listener. */
  error: [error: WhatsAppError];
}
