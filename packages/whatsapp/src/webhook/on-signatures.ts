import type { CallbackDataClass } from "../callback-data/callback-data.js";
import type { Narrowed } from "../filters/filter.js";
import type { Message, MessageOfType } from "../updates/message.js";
import type { MessageTypeValue } from "../updates/message-type.js";
import type { HandlerOptions, UpdateFilter, UpdateHandler } from "./handlers.js";

/** One filter or several (all must pass). */
export type Filters<U> = UpdateFilter<U> | readonly UpdateFilter<U>[];

/**
 * The signatures of an `on…` method for updates `U` on client `C`: a handler, optionally after
 * filters and before options (`priority`). Returns the client, so calls chain. A filter that
 * is a type guard (such as `filters.image`), or a list or `filters.and` of guards, narrows
 * the update the handler receives.
 */
export interface OnUpdate<U, C> {
  /** Handles every update of the kind. */
  (handler: UpdateHandler<U, C>, options?: HandlerOptions): C;
  /** Handles the updates every filter passes. */
  <const F extends Filters<U>>(
    filters: F,
    handler: UpdateHandler<Narrowed<U, F>, C>,
    options?: HandlerOptions,
  ): C;
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
  <Q extends U[K] & string, const F extends Filters<WithField<U, K, Q>>>(
    query: Q,
    filters: F,
    handler: UpdateHandler<Narrowed<WithField<U, K, Q>, F>, C>,
    options?: HandlerOptions,
  ): C;
}

/** An update whose field `K` holds the parsed callback data `D` (see `CallbackData`). */
export type WithCallbackData<U, K extends keyof U, D> = Omit<U, K> & { readonly [P in K]: D };

/**
 * The signatures of an `on…` method whose field `K` carries callback data (a button's or a
 * row's `data`, a status's `tracker`): besides a string query on field `Q`, a `CallbackData`
 * class, which takes only the updates whose field `K` parses as that class and hands the
 * parsed object to the filters and handler. Ids of other classes or of no class go to other
 * handlers.
 */
export interface OnCallbackUpdate<U, Q extends keyof U, K extends keyof U, C>
  extends OnUpdateQuery<U, Q, C> {
  /** Handles the updates whose field parses as `factory`, with the field parsed. */
  <D>(
    factory: CallbackDataClass<D>,
    handler: UpdateHandler<WithCallbackData<U, K, D>, C>,
    options?: HandlerOptions,
  ): C;
  /** Handles the updates whose field parses as `factory` and every filter passes. */
  <D, const F extends Filters<WithCallbackData<U, K, D>>>(
    factory: CallbackDataClass<D>,
    filters: F,
    handler: UpdateHandler<Narrowed<WithCallbackData<U, K, D>, F>, C>,
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
  <T extends MessageTypeValue, const F extends Filters<MessageOfType<T, M>>>(
    type: T,
    filters: F,
    handler: UpdateHandler<Narrowed<MessageOfType<T, M>, F>, C>,
    options?: HandlerOptions,
  ): C;
}
