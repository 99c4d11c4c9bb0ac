import type { Message, MessageOfType } from "../updates/message.js";
import type { MessageTypeValue } from "../updates/message-type.js";
import type { HandlerOptions, UpdateFilter, UpdateHandler } from "./handlers.js";

/** One filter or several (all must pass). */
export type Filters<U> = UpdateFilter<U> | readonly UpdateFilter<U>[];

/**
 * The signatures of an `on…` method for updates `U` on client `C`: a handler, optionally after
 * filters and before options (`priority`). Returns the client, so calls chain.
 */
export interface OnUpdate<U, C> {
  /** Handles every update of the kind. */
  (handler: UpdateHandler<U, C>, options?: HandlerOptions): C;
  /** Handles the updates every filter passes. */
  (filters: Filters<U>, handler: UpdateHandler<U, C>, options?: HandlerOptions): C;
}

/** An update whose field `K` is known to be `Q`. */
export type WithField<U, K extends keyof U, Q> = U & { readonly [P in K]: Q };

/**
 * The signatures of an `on…` method that also takes a query: a value of the update's field
 * `K` (a status, an event, a button's data), which narrows that field in the handler.
 */
export interface OnUpdateQuery<U, K extends keyof U, C> extends OnUpdate<U, C> {
  /** Handles the updates whose field equals `query`. */
  <Q extends U[K] & string>(
    query: Q,
    handler: UpdateHandler<WithField<U, K, Q>, C>,
    options?: HandlerOptions,
  ): C;
  /** Handles the updates whose field equals `query` and every filter passes. */
  <Q extends U[K] & string>(
    query: Q,
    filters: Filters<WithField<U, K, Q>>,
    handler: UpdateHandler<WithField<U, K, Q>, C>,
    options?: HandlerOptions,
  ): C;
}

/**
 * The signatures of `onMessage` (and `onOutgoingMessage`): the message type as query narrows
 * the content (`"image"` makes `msg.image` an `ImageMedia`).
 */
export interface OnMessageOfType<M extends Message<"message" | "outgoingMessage">, C>
  extends OnUpdate<M, C> {
  /** Handles the messages of one type. */
  <T extends MessageTypeValue>(
    type: T,
    handler: UpdateHandler<MessageOfType<T, M>, C>,
    options?: HandlerOptions,
  ): C;
  /** Handles the messages of one type that every filter passes. */
  <T extends MessageTypeValue>(
    type: T,
    filters: Filters<MessageOfType<T, M>>,
    handler: UpdateHandler<MessageOfType<T, M>, C>,
    options?: HandlerOptions,
  ): C;
}
