import { type MessagesApi, SentMessage } from "@tswa/core";
import type { Narrowed } from "../filters/filter.js";
import type { CallbackButton, CallbackSelection } from "../updates/callback.js";
import type { FlowCompletion } from "../updates/flow-completion.js";
import type { Message } from "../updates/message.js";
import type { MessageStatus } from "../updates/message-status.js";
import { passes, type UpdateFilter } from "../webhook/handlers.js";
import type { Filters } from "../webhook/on-signatures.js";
import { SentMessageWithoutListenersError } from "./errors.js";
import { isUserAction, type ListenableUpdate } from "./listenable.js";
import type { ListenOptions } from "./options.js";
import { filterList, type UpdateListeners } from "./update-listeners.js";

/** Options of `sent.waitForReply()`. */
export interface WaitForReplyOptions<F extends Filters<Message> | undefined = undefined>
  extends ListenOptions<Message, F> {
  /** Take only a message that quotes this one (pywa's `force_quote`). Default `false`. */
  forceQuote?: boolean | undefined;
}

/** Options of `sent.waitUntilDelivered()` and `sent.waitUntilRead()`. */
export interface WaitForStatusOptions<F extends Filters<MessageStatus> | undefined = undefined>
  extends Omit<ListenOptions<MessageStatus, F>, "ignoreUpdates"> {
  /** Cancel when this message's status is `failed` (pywa's `cancel_if_failed`). Default `true`. */
  cancelIfFailed?: boolean | undefined;
}

/** Options of `sent.waitUntilRead()`. */
export interface WaitUntilReadOptions<F extends Filters<MessageStatus> | undefined = undefined>
  extends WaitForStatusOptions<F> {
  /**
   * Cancel at the user's next action (a message, a press…), which suggests they read it with
   * read receipts off (pywa's `cancel_on_new_update`). Default `false`.
   */
  cancelOnNewUpdate?: boolean | undefined;
}

declare module "@tswa/core" {
  interface SentMessage {
    /**
     * Waits for the user's next message (pywa's `wait_for_reply`). While waiting, the user's
     * other actions that match neither the filters nor the cancelers are held back from the
     * handlers (`ignoreUpdates: false` lets them through).
     *
     * @returns The message; rejects with `ListenerTimeout`, `ListenerCanceled` or `ListenerStopped`.
     * @example
     * ```ts
     * import { WhatsApp } from "tswa";
     *
     * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
     * wa.onMessage("text", async (msg) => {
     *   if (msg.text !== "/start") return;
     *   const question = await msg.reply("Hello! How old are you?");
     *   const age = await question.waitForReply({
     *     filters: (m) => /^\d+$/.test(m.text ?? ""),
     *     cancelers: (u) => u.kind === "message" && u.text === "cancel",
     *     timeout: 60_000,
     *   });
     *   await age.reply(Number(age.text) < 18 ? "Too young, sorry." : "Welcome!");
     * });
     * ```
     */
    waitForReply<const F extends Filters<Message> | undefined = Filters<Message>>(
      options?: WaitForReplyOptions<F>,
    ): Promise<Narrowed<Message, F>>;
    /**
     * Waits for a press of one of this message's reply buttons (pywa's `wait_for_click`).
     *
     * @returns The press; rejects with `ListenerTimeout`, `ListenerCanceled` or `ListenerStopped`.
     * @example
     * ```ts
     * import { Button, type Message } from "tswa";
     *
     * declare const msg: Message;
     * const sent = await msg.reply("Pick one", {
     *   buttons: [
     *     new Button({ title: "Red", callbackData: "red" }),
     *     new Button({ title: "Blue", callbackData: "blue" }),
     *   ],
     * });
     * const press = await sent.waitForClick({ timeout: 60_000 });
     * await press.reply(`You picked ${press.title}`);
     * ```
     */
    waitForClick<const F extends Filters<CallbackButton> | undefined = Filters<CallbackButton>>(
      options?: ListenOptions<CallbackButton, F>,
    ): Promise<Narrowed<CallbackButton, F>>;
    /**
     * Waits for a choice of a row of this message's list (pywa's `wait_for_selection`).
     *
     * @returns The choice; rejects with `ListenerTimeout`, `ListenerCanceled` or `ListenerStopped`.
     */
    waitForSelection<
      const F extends Filters<CallbackSelection> | undefined = Filters<CallbackSelection>,
    >(options?: ListenOptions<CallbackSelection, F>): Promise<Narrowed<CallbackSelection, F>>;
    /**
     * Waits for the completion of the flow this message sent (pywa's `wait_for_completion`).
     *
     * @returns The completion; rejects with `ListenerTimeout`, `ListenerCanceled` or `ListenerStopped`.
     */
    waitForCompletion<
      const F extends Filters<FlowCompletion> | undefined = Filters<FlowCompletion>,
    >(options?: ListenOptions<FlowCompletion, F>): Promise<Narrowed<FlowCompletion, F>>;
    /**
     * Waits until this message is delivered (a `delivered` or `read` status of its id; pywa's
     * `wait_until_delivered`). A `failed` status of it cancels, unless `cancelIfFailed: false`.
     * Statuses can arrive before `sendMessage` resolves: give a timeout.
     *
     * @returns The status; rejects with `ListenerTimeout`, `ListenerCanceled` or `ListenerStopped`.
     * @example
     * ```ts
     * import type { Message } from "tswa";
     *
     * declare const msg: Message;
     * const hello = await msg.reply("Hello!");
     * await hello.waitUntilDelivered({ timeout: 30_000 });
     * await msg.reply("How can I help you?");
     * ```
     */
    waitUntilDelivered<const F extends Filters<MessageStatus> | undefined = Filters<MessageStatus>>(
      options?: WaitForStatusOptions<F>,
    ): Promise<Narrowed<MessageStatus, F>>;
    /**
     * Waits until this message is read (a `read` status of its id; pywa's `wait_until_read`).
     * Users with read receipts off never send one: give a timeout, or `cancelOnNewUpdate`.
     *
     * @returns The status; rejects with `ListenerTimeout`, `ListenerCanceled` or `ListenerStopped`.
     */
    waitUntilRead<const F extends Filters<MessageStatus> | undefined = Filters<MessageStatus>>(
      options?: WaitUntilReadOptions<F>,
    ): Promise<Narrowed<MessageStatus, F>>;
  }
}

/** The listeners of each client, by the `MessagesApi` its sent messages carry. */
const listenersByApi = new WeakMap<MessagesApi, UpdateListeners>();

/**
 * Lets the messages `messages` sends wait for their answers through `listeners`: adds the
 * `waitFor…` shortcuts to `SentMessage` (once) and links the two.
 */
export function enableSentMessageWaits(messages: MessagesApi, listeners: UpdateListeners): void {
  listenersByApi.set(messages, listeners);
  if (Object.hasOwn(SentMessage.prototype, "waitForReply")) return;
  for (const [name, value] of Object.entries(SHORTCUTS)) {
    Object.defineProperty(SentMessage.prototype, name, {
      value,
      writable: true,
      configurable: true,
    });
  }
}

/** What `wait` reads of any shortcut's options. */
interface ShortcutOptions {
  filters?: Filters<never> | undefined;
  cancelers?: Filters<ListenableUpdate> | undefined;
  timeout?: number | undefined;
  signal?: AbortSignal | undefined;
  ignoreUpdates?: boolean | undefined;
}

const SHORTCUTS = {
  waitForReply(this: SentMessage, options: WaitForReplyOptions<Filters<Message>> = {}) {
    const quoted = options.forceQuote ? [repliesTo(this.id)] : [];
    return wait(this, "waitForReply", options, [isKind("message"), ...quoted], true);
  },
  waitForClick(
    this: SentMessage,
    options: ListenOptions<CallbackButton, Filters<CallbackButton>> = {},
  ) {
    const filters = [isKind("callbackButton"), repliesTo(this.id)];
    return wait(this, "waitForClick", options, filters, true);
  },
  waitForSelection(
    this: SentMessage,
    options: ListenOptions<CallbackSelection, Filters<CallbackSelection>> = {},
  ) {
    const filters = [isKind("callbackSelection"), repliesTo(this.id)];
    return wait(this, "waitForSelection", options, filters, true);
  },
  waitForCompletion(
    this: SentMessage,
    options: ListenOptions<FlowCompletion, Filters<FlowCompletion>> = {},
  ) {
    const filters = [isKind("flowCompletion"), repliesTo(this.id)];
    return wait(this, "waitForCompletion", options, filters, true);
  },
  waitUntilDelivered(
    this: SentMessage,
    options: WaitForStatusOptions<Filters<MessageStatus>> = {},
  ) {
    const filters = [statusOf(this.id, ["delivered", "read"])];
    const cancel = options.cancelIfFailed === false ? [] : [statusOf(this.id, ["failed"])];
    return wait(this, "waitUntilDelivered", options, filters, false, cancel);
  },
  waitUntilRead(this: SentMessage, options: WaitUntilReadOptions<Filters<MessageStatus>> = {}) {
    const cancel = options.cancelIfFailed === false ? [] : [statusOf(this.id, ["failed"])];
    if (options.cancelOnNewUpdate) cancel.push(isUserAction);
    return wait(this, "waitUntilRead", options, [statusOf(this.id, ["read"])], false, cancel);
  },
};

/**
 * Waits for the sent message's user, on the number it was sent from: `own` filters first, then
 * the caller's; the caller's cancelers, or any of `alsoCancel`.
 */
function wait(
  sent: SentMessage,
  shortcut: string,
  options: ShortcutOptions,
  own: UpdateFilter<ListenableUpdate>[],
  ignoreUpdates: boolean,
  alsoCancel: UpdateFilter<ListenableUpdate>[] = [],
): Promise<ListenableUpdate> {
  const listeners = listenersByApi.get(sent.api);
  if (!listeners) return Promise.reject(new SentMessageWithoutListenersError(shortcut));
  return listeners.wait({
    from: sent.waId ?? sent.userId ?? sent.to,
    phoneId: sent.fromPhoneId,
    filters: [
      ...own,
      ...(filterList("filters", options.filters) as UpdateFilter<ListenableUpdate>[]),
    ],
    cancelers: anyOf(alsoCancel, filterList("cancelers", options.cancelers)),
    timeout: options.timeout,
    signal: options.signal,
    ignoreUpdates: options.ignoreUpdates ?? ignoreUpdates,
  });
}

/** A canceler that matches when one of `each` does, or when every one of `all` does. */
function anyOf(
  each: readonly UpdateFilter<ListenableUpdate>[],
  all: readonly UpdateFilter<ListenableUpdate>[],
): UpdateFilter<ListenableUpdate>[] {
  if (each.length === 0) return [...all];
  return [
    (update: ListenableUpdate) =>
      each.some((filter) => filter(update) === true) ||
      (all.length > 0 && passes(all as readonly UpdateFilter<never>[], update)),
  ];
}

const isKind =
  (kind: ListenableUpdate["kind"]): UpdateFilter<ListenableUpdate> =>
  (update) =>
    update.kind === kind;

/** An update that answers message `id` (its `context`). */
const repliesTo =
  (id: string): UpdateFilter<ListenableUpdate> =>
  (update) =>
    "replyToMessage" in update && update.replyToMessage?.messageId === id;

/** A status of message `id` that is one of `statuses`. */
const statusOf =
  (id: string, statuses: readonly string[]): UpdateFilter<ListenableUpdate> =>
  (update) =>
    update.kind === "messageStatus" && update.id === id && statuses.includes(update.status);
