import { FlowsApi, MessagesApi, TemplatesApi } from "@tswa/core";
import { WhatsAppServerBase } from "./client-base.js";
import { delegate } from "./delegate.js";
import type { WhatsAppOptions } from "./options.js";
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

/** The `MessagesApi` calls the client forwards, by their pywa names. */
const MESSAGES_METHODS = [
  "sendMessage",
  "sendText",
  "sendImage",
  "sendVideo",
  "sendDocument",
  "sendAudio",
  "sendVoice",
  "sendSticker",
  "sendReaction",
  "removeReaction",
  "sendLocation",
  "requestLocation",
  "requestContactInfo",
  "sendContact",
  "sendCatalog",
  "sendProduct",
  "sendProducts",
  "sendCarousel",
  "pinMessage",
  "unpinMessage",
  "markMessageAsRead",
  "indicateTyping",
  "sendRawMessage",
  "sendTemplate",
] as const satisfies readonly (keyof MessagesApi)[];

/** The `TemplatesApi` calls the client forwards, by their pywa names. */
const TEMPLATES_METHODS = [
  "createTemplate",
  "getTemplates",
  "getTemplate",
  "updateTemplate",
  "deleteTemplate",
  "archiveTemplates",
  "unarchiveTemplates",
  "compareTemplates",
  "migrateTemplates",
  "unpauseTemplate",
  "upsertAuthenticationTemplate",
] as const satisfies readonly (keyof TemplatesApi)[];

/** The `FlowsApi` calls the client forwards. */
const FLOWS_METHODS = [
  "createFlow",
  "getFlow",
  "getFlows",
  "updateFlowMetadata",
  "updateFlowJson",
  "publishFlow",
  "deprecateFlow",
  "deleteFlow",
  "getFlowAssets",
  "getFlowMetrics",
  "migrateFlows",
  "getFlowPreview",
  "setBusinessPublicKey",
  "getBusinessPublicKey",
] as const satisfies readonly (keyof FlowsApi)[];

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
export class WhatsApp extends WhatsAppServerBase {
  // The Graph calls live in @tswa/core, one `XxxApi` per area; the client forwards each by its
  // pywa name as a bound property (see CONTRIBUTING.md, "Adding a Graph call").

  /** Sending messages: the `MessagesApi` the `send…` methods below belong to. */
  readonly messages: MessagesApi;
  /** Flow management: the `FlowsApi` the flow methods below belong to. */
  readonly flows: FlowsApi;
  /** Template management: the `TemplatesApi` the template methods below belong to. */
  readonly templates: TemplatesApi;

  // ---- messages ----
  /** {@inheritDoc @tswa/core!MessagesApi#sendMessage} */
  declare readonly sendMessage: MessagesApi["sendMessage"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendText} */
  declare readonly sendText: MessagesApi["sendText"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendImage} */
  declare readonly sendImage: MessagesApi["sendImage"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendVideo} */
  declare readonly sendVideo: MessagesApi["sendVideo"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendDocument} */
  declare readonly sendDocument: MessagesApi["sendDocument"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendAudio} */
  declare readonly sendAudio: MessagesApi["sendAudio"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendVoice} */
  declare readonly sendVoice: MessagesApi["sendVoice"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendSticker} */
  declare readonly sendSticker: MessagesApi["sendSticker"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendReaction} */
  declare readonly sendReaction: MessagesApi["sendReaction"];
  /** {@inheritDoc @tswa/core!MessagesApi#removeReaction} */
  declare readonly removeReaction: MessagesApi["removeReaction"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendLocation} */
  declare readonly sendLocation: MessagesApi["sendLocation"];
  /** {@inheritDoc @tswa/core!MessagesApi#requestLocation} */
  declare readonly requestLocation: MessagesApi["requestLocation"];
  /** {@inheritDoc @tswa/core!MessagesApi#requestContactInfo} */
  declare readonly requestContactInfo: MessagesApi["requestContactInfo"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendContact} */
  declare readonly sendContact: MessagesApi["sendContact"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendCatalog} */
  declare readonly sendCatalog: MessagesApi["sendCatalog"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendProduct} */
  declare readonly sendProduct: MessagesApi["sendProduct"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendProducts} */
  declare readonly sendProducts: MessagesApi["sendProducts"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendCarousel} */
  declare readonly sendCarousel: MessagesApi["sendCarousel"];
  /** {@inheritDoc @tswa/core!MessagesApi#pinMessage} */
  declare readonly pinMessage: MessagesApi["pinMessage"];
  /** {@inheritDoc @tswa/core!MessagesApi#unpinMessage} */
  declare readonly unpinMessage: MessagesApi["unpinMessage"];
  /** {@inheritDoc @tswa/core!MessagesApi#markMessageAsRead} */
  declare readonly markMessageAsRead: MessagesApi["markMessageAsRead"];
  /** {@inheritDoc @tswa/core!MessagesApi#indicateTyping} */
  declare readonly indicateTyping: MessagesApi["indicateTyping"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendRawMessage} */
  declare readonly sendRawMessage: MessagesApi["sendRawMessage"];
  /** {@inheritDoc @tswa/core!MessagesApi#sendTemplate} */
  declare readonly sendTemplate: MessagesApi["sendTemplate"];

  // ---- templates ----
  /** {@inheritDoc @tswa/core!TemplatesApi#createTemplate} */
  declare readonly createTemplate: TemplatesApi["createTemplate"];
  /** {@inheritDoc @tswa/core!TemplatesApi#getTemplates} */
  declare readonly getTemplates: TemplatesApi["getTemplates"];
  /** {@inheritDoc @tswa/core!TemplatesApi#getTemplate} */
  declare readonly getTemplate: TemplatesApi["getTemplate"];
  /** {@inheritDoc @tswa/core!TemplatesApi#updateTemplate} */
  declare readonly updateTemplate: TemplatesApi["updateTemplate"];
  /** {@inheritDoc @tswa/core!TemplatesApi#deleteTemplate} */
  declare readonly deleteTemplate: TemplatesApi["deleteTemplate"];
  /** {@inheritDoc @tswa/core!TemplatesApi#archiveTemplates} */
  declare readonly archiveTemplates: TemplatesApi["archiveTemplates"];
  /** {@inheritDoc @tswa/core!TemplatesApi#unarchiveTemplates} */
  declare readonly unarchiveTemplates: TemplatesApi["unarchiveTemplates"];
  /** {@inheritDoc @tswa/core!TemplatesApi#compareTemplates} */
  declare readonly compareTemplates: TemplatesApi["compareTemplates"];
  /** {@inheritDoc @tswa/core!TemplatesApi#migrateTemplates} */
  declare readonly migrateTemplates: TemplatesApi["migrateTemplates"];
  /** {@inheritDoc @tswa/core!TemplatesApi#unpauseTemplate} */
  declare readonly unpauseTemplate: TemplatesApi["unpauseTemplate"];
  /** {@inheritDoc @tswa/core!TemplatesApi#upsertAuthenticationTemplate} */
  declare readonly upsertAuthenticationTemplate: TemplatesApi["upsertAuthenticationTemplate"];

  // ---- flows ----
  /** {@inheritDoc @tswa/core!FlowsApi#createFlow} */
  declare readonly createFlow: FlowsApi["createFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlow} */
  declare readonly getFlow: FlowsApi["getFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlows} */
  declare readonly getFlows: FlowsApi["getFlows"];
  /** {@inheritDoc @tswa/core!FlowsApi#updateFlowMetadata} */
  declare readonly updateFlowMetadata: FlowsApi["updateFlowMetadata"];
  /** {@inheritDoc @tswa/core!FlowsApi#updateFlowJson} */
  declare readonly updateFlowJson: FlowsApi["updateFlowJson"];
  /** {@inheritDoc @tswa/core!FlowsApi#publishFlow} */
  declare readonly publishFlow: FlowsApi["publishFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#deprecateFlow} */
  declare readonly deprecateFlow: FlowsApi["deprecateFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#deleteFlow} */
  declare readonly deleteFlow: FlowsApi["deleteFlow"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlowAssets} */
  declare readonly getFlowAssets: FlowsApi["getFlowAssets"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlowMetrics} */
  declare readonly getFlowMetrics: FlowsApi["getFlowMetrics"];
  /** {@inheritDoc @tswa/core!FlowsApi#migrateFlows} */
  declare readonly migrateFlows: FlowsApi["migrateFlows"];
  /** {@inheritDoc @tswa/core!FlowsApi#getFlowPreview} */
  declare readonly getFlowPreview: FlowsApi["getFlowPreview"];
  /** {@inheritDoc @tswa/core!FlowsApi#setBusinessPublicKey} */
  declare readonly setBusinessPublicKey: FlowsApi["setBusinessPublicKey"];
  /** {@inheritDoc @tswa/core!FlowsApi#getBusinessPublicKey} */
  declare readonly getBusinessPublicKey: FlowsApi["getBusinessPublicKey"];

  constructor(options: WhatsAppOptions = {}) {
    super(options);
    this.messages = new MessagesApi(this.graph, { phoneId: this.phoneId });
    this.flows = new FlowsApi(this.graph, {
      businessAccountId: this.businessAccountId,
      phoneId: this.phoneId,
    });
    this.templates = new TemplatesApi(this.graph, {
      businessAccountId: this.businessAccountId,
      appId: this.options.appId,
      messages: this.messages,
    });
    delegate(this, this.messages, MESSAGES_METHODS);
    delegate(this, this.flows, FLOWS_METHODS);
    delegate(this, this.templates, TEMPLATES_METHODS);
  }

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
}
