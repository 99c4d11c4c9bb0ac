import { WhatsAppFlowManagement } from "./client-flows.js";
import { need } from "./options.js";
import {
  messagePayload,
  type SendMessageOptions,
  type SendTemplateOptions,
  templatePayload,
} from "./send/message-payload.js";
import { postMessage, type SentMessage } from "./send/send.js";
import type { FlowCompletion } from "./updates/flow-completion.js";
import type { FlowsEvent, FlowsEventTypeValue } from "./updates/flows-event.js";
import type { Message, MessageTypeValue, TextMessage } from "./updates/message.js";
import type { MessageStatus, MessageStatusValue } from "./updates/message-status.js";
import type { RawUpdate } from "./updates/raw-update.js";
import type { UpdateFilter, UpdateHandler } from "./webhook/handlers.js";
import { readRegistration } from "./webhook/registration.js";

/** One filter or several (all must pass). */
export type Filters<U> = UpdateFilter<U> | readonly UpdateFilter<U>[];

/** The message a handler registered for message type `T` receives. */
export type MessageOfType<T extends MessageTypeValue> = T extends "text"
  ? TextMessage
  : Message & { readonly type: T };

/**
 * The WhatsApp Cloud API client: one object for webhooks, flow endpoints, flow management and
 * sending messages. Give it the options your features need; each feature says which one is
 * missing when you use it.
 *
 * @example
 * ```ts
 * import { FlowButton, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({
 *   phoneId: process.env.PHONE_ID,
 *   token: process.env.WHATSAPP_TOKEN,
 *   businessAccountId: process.env.WABA_ID,
 *   appSecret: process.env.APP_SECRET,
 *   verifyToken: process.env.VERIFY_TOKEN,
 *   businessPrivateKey: process.env.PRIVATE_KEY,
 *   businessPrivateKeyPassword: process.env.PRIVATE_KEY_PASSWORD,
 * });
 *
 * wa.onMessage("text", async (msg) => {
 *   await wa.sendMessage({
 *     to: msg.from.waId,
 *     text: "Book a visit?",
 *     buttons: new FlowButton({ title: "Book", flowId: "123456", flowToken: msg.id }),
 *   });
 * });
 * wa.onFlowCompletion((flow) => console.log(flow.flowToken, flow.response));
 * await wa.listen({ port: 8080, host: "0.0.0.0" });
 * ```
 */
export class WhatsApp extends WhatsAppFlowManagement {
  /**
   * Handles incoming messages (not flow completions or statuses), optionally of one type only
   * (`"text"` narrows `msg.text` to a string) and when every filter passes. Handlers are tried
   * in the order added; the first that matches takes the message.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
   * wa.onMessage("text", (msg) => msg.text.toLowerCase() === "hi", (msg) => console.log("hello", msg.from.name));
   * ```
   */
  onMessage(handler: UpdateHandler<Message, this>): this;
  onMessage(filters: Filters<Message>, handler: UpdateHandler<Message, this>): this;
  onMessage<T extends MessageTypeValue>(
    type: T,
    handler: UpdateHandler<MessageOfType<T>, this>,
  ): this;
  onMessage<T extends MessageTypeValue>(
    type: T,
    filters: Filters<MessageOfType<T>>,
    handler: UpdateHandler<MessageOfType<T>, this>,
  ): this;
  onMessage(...args: unknown[]): this {
    const { query, filters, handler } = readRegistration("onMessage", args);
    this.requireWebhookSecret("onMessage");
    const byType =
      query === undefined
        ? []
        : [(m: Message) => m.type === query && (query !== "text" || m.text !== undefined)];
    this.handlers.add("message", [...byType, ...filters] as never, handler as never);
    return this;
  }

  /**
   * Handles flow completions: the user finished a flow and WhatsApp sent its response.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
   * wa.onFlowCompletion((flow) => flow.flowToken?.startsWith("booking-") ?? false, (flow) => {
   *   console.log("booked:", flow.response);
   * });
   * ```
   */
  onFlowCompletion(handler: UpdateHandler<FlowCompletion, this>): this;
  onFlowCompletion(
    filters: Filters<FlowCompletion>,
    handler: UpdateHandler<FlowCompletion, this>,
  ): this;
  onFlowCompletion(...args: unknown[]): this {
    const { filters, handler } = readRegistration("onFlowCompletion", args);
    this.requireWebhookSecret("onFlowCompletion");
    this.handlers.add("flowCompletion", filters, handler as never);
    return this;
  }

  /** Handles the statuses of messages you sent, optionally of one status only (`"failed"`…). */
  onMessageStatus(handler: UpdateHandler<MessageStatus, this>): this;
  onMessageStatus(
    filters: Filters<MessageStatus>,
    handler: UpdateHandler<MessageStatus, this>,
  ): this;
  onMessageStatus(status: MessageStatusValue, handler: UpdateHandler<MessageStatus, this>): this;
  onMessageStatus(
    status: MessageStatusValue,
    filters: Filters<MessageStatus>,
    handler: UpdateHandler<MessageStatus, this>,
  ): this;
  onMessageStatus(...args: unknown[]): this {
    const { query, filters, handler } = readRegistration("onMessageStatus", args);
    this.requireWebhookSecret("onMessageStatus");
    const byStatus = query === undefined ? [] : [(s: MessageStatus) => s.status === query];
    this.handlers.add("messageStatus", [...byStatus, ...filters] as never, handler as never);
    return this;
  }

  /**
   * Handles `flows` webhook events (status changes, endpoint alerts, version expiry), optionally
   * of one event only, which narrows `event.event`.
   */
  onFlowsEvent(handler: UpdateHandler<FlowsEvent, this>): this;
  onFlowsEvent(filters: Filters<FlowsEvent>, handler: UpdateHandler<FlowsEvent, this>): this;
  onFlowsEvent<E extends FlowsEventTypeValue>(
    event: E,
    handler: UpdateHandler<FlowsEvent<E>, this>,
  ): this;
  onFlowsEvent<E extends FlowsEventTypeValue>(
    event: E,
    filters: Filters<FlowsEvent<E>>,
    handler: UpdateHandler<FlowsEvent<E>, this>,
  ): this;
  onFlowsEvent(...args: unknown[]): this {
    const { query, filters, handler } = readRegistration("onFlowsEvent", args);
    this.requireWebhookSecret("onFlowsEvent");
    const byEvent = query === undefined ? [] : [(e: FlowsEvent) => e.event === query];
    this.handlers.add("flowsEvent", [...byEvent, ...filters] as never, handler as never);
    return this;
  }

  /** Handles every webhook change as received, optionally of one field (`"messages"`, `"flows"`, …). */
  onRawUpdate(handler: UpdateHandler<RawUpdate, this>): this;
  onRawUpdate(filters: Filters<RawUpdate>, handler: UpdateHandler<RawUpdate, this>): this;
  onRawUpdate(field: string, handler: UpdateHandler<RawUpdate, this>): this;
  onRawUpdate(
    field: string,
    filters: Filters<RawUpdate>,
    handler: UpdateHandler<RawUpdate, this>,
  ): this;
  onRawUpdate(...args: unknown[]): this {
    const { query, filters, handler } = readRegistration("onRawUpdate", args);
    this.requireWebhookSecret("onRawUpdate");
    const byField = query === undefined ? [] : [(u: RawUpdate) => u.field === query];
    this.handlers.add("rawUpdate", [...byField, ...filters] as never, handler as never);
    return this;
  }

  /**
   * Sends a text message, or an interactive flow message when `buttons` is a `FlowButton`
   * (spec 4.1). Needs `phoneId` and `token`.
   *
   * @returns The sent message (its `id` is the wamid that statuses and replies refer to).
   * @throws {@link GraphApiError} subclasses, such as `FlowBlocked` (132068) and `FlowThrottled` (132069).
   *
   * @example
   * ```ts
   * import { FlowButton, WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ phoneId: "1234", token: "…" });
   * const sent = await wa.sendMessage({
   *   to: "972987654321",
   *   header: "Your order",
   *   text: "Tell us how we did",
   *   footer: "Takes a minute",
   *   buttons: new FlowButton({ title: "Feedback", flowId: "123456", flowToken: "order-77" }),
   * });
   * console.log(sent.id);
   * ```
   */
  async sendMessage(options: SendMessageOptions): Promise<SentMessage> {
    return this.#post(options, messagePayload(options), "sendMessage");
  }

  /** Sends an approved template; a `TemplateFlowButton` component fills its flow button (spec 4.2). */
  async sendTemplate(options: SendTemplateOptions): Promise<SentMessage> {
    return this.#post(options, templatePayload(options), "sendTemplate");
  }

  #post(
    options: SendMessageOptions | SendTemplateOptions,
    body: Record<string, unknown>,
    feature: string,
  ): Promise<SentMessage> {
    const phoneId = options.sender ?? need(this.phoneId, "phoneId", feature);
    need(this.options.token, "token", feature);
    return postMessage(this.graph, phoneId, body, options);
  }
}
