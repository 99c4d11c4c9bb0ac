import type { FlowCompletion } from "../updates/flow-completion.js";
import type { FlowsEvent } from "../updates/flows-event.js";
import type { Message } from "../updates/message.js";
import type { MessageStatus } from "../updates/message-status.js";
import type { Update } from "../updates/parse.js";
import type { RawUpdate } from "../updates/raw-update.js";

/** A handler of one kind of update; it may be async. The second argument is the client. */
export type UpdateHandler<U, C> = (update: U, client: C) => unknown;

/** Decides whether a handler takes an update; every filter of a handler must pass. */
export type UpdateFilter<U> = (update: U) => boolean | Promise<boolean>;

/** The update class of each handler kind. */
export interface UpdateKinds {
  message: Message;
  flowCompletion: FlowCompletion;
  messageStatus: MessageStatus;
  flowsEvent: FlowsEvent;
  rawUpdate: RawUpdate;
}

interface Registration {
  filters: readonly UpdateFilter<never>[];
  handler: UpdateHandler<never, unknown>;
}

/**
 * The webhook handlers of a client, by kind. Within a kind, handlers are tried in the order
 * they were added and the first whose filters all pass takes the update (as in pywa).
 */
export class UpdateHandlers<C> {
  readonly #byKind = new Map<Update["kind"], Registration[]>();

  /** Adds a handler for a kind of update. */
  add<K extends keyof UpdateKinds>(
    kind: K,
    filters: readonly UpdateFilter<never>[],
    handler: UpdateHandler<never, C>,
  ): void {
    if (typeof handler !== "function") throw new TypeError(`the ${kind} handler is not a function`);
    for (const filter of filters) {
      if (typeof filter !== "function") throw new TypeError(`a ${kind} filter is not a function`);
    }
    const list = this.#byKind.get(kind) ?? [];
    list.push({ filters, handler: handler as UpdateHandler<never, unknown> });
    this.#byKind.set(kind, list);
  }

  /** Whether any handler was added. */
  get size(): number {
    let size = 0;
    for (const list of this.#byKind.values()) size += list.length;
    return size;
  }

  /**
   * Runs the first matching handler of the update's kind.
   *
   * @returns Whether a handler took the update. Rejects with what the filter or handler threw.
   */
  async dispatch(update: Update, client: C): Promise<boolean> {
    for (const { filters, handler } of this.#byKind.get(update.kind) ?? []) {
      let pass = true;
      for (const filter of filters) {
        if (!(await (filter as UpdateFilter<Update>)(update))) {
          pass = false;
          break;
        }
      }
      if (!pass) continue;
      await (handler as UpdateHandler<Update, C>)(update, client);
      return true;
    }
    return false;
  }
}
