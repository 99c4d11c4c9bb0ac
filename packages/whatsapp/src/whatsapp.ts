import { WhatsAppFlowManagement } from "./client-flows.js";
import { need } from "./options.js";
import {
  messagePayload,
  type SendMessageOptions,
  type SendTemplateOptions,
  templatePayload,
} from "./send/message-payload.js";
import { postMessage, type SentMessage } from "./send/send.js";
import type { AccountUpdate } from "./updates/account-update.js";
import type { CallbackButton, CallbackSelection } from "./updates/callback.js";
import type {
  CallConnect,
  CallPermissionUpdate,
  CallStatus,
  CallTerminate,
} from "./updates/calls.js";
import type { ChatOpened } from "./updates/chat-opened.js";
import type { DeletedMessage, EditedMessage } from "./updates/edits.js";
import type { FlowCompletion } from "./updates/flow-completion.js";
import type { FlowsEvent } from "./updates/flows-event.js";
import type { Message } from "./updates/message.js";
import type { GroupMessageStatuses, MessageStatus } from "./updates/message-status.js";
import type {
  OutgoingDeletedMessage,
  OutgoingEditedMessage,
  OutgoingMessage,
} from "./updates/outgoing.js";
import type { PhoneNumberQualityUpdate } from "./updates/phone-number-quality.js";
import type { RawUpdate } from "./updates/raw-update.js";
import type { IdentityChange, PhoneNumberChange } from "./updates/system.js";
import type {
  TemplateCategoryUpdate,
  TemplateComponentsUpdate,
  TemplateQualityUpdate,
  TemplateStatusUpdate,
} from "./updates/templates.js";
import type { UserMarketingPreferences } from "./updates/user-preferences.js";
import type { WebhookErrors } from "./updates/webhook-errors.js";
import type { OnMessageOfType, OnUpdate, OnUpdateQuery } from "./webhook/on-signatures.js";

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
 *     to: msg.from.preferredId,
 *     text: "Book a visit?",
 *     buttons: new FlowButton({ title: "Book", flowId: "123456", flowToken: msg.id }),
 *   });
 * });
 * wa.onFlowCompletion((flow) => console.log(flow.flowToken, flow.response));
 * await wa.listen({ port: 8080, host: "0.0.0.0" });
 * ```
 */
export class WhatsApp extends WhatsAppFlowManagement {
  // ── Webhook handlers ───────────────────────────────────────────────────────────────────
  // One per update kind, as pywa's `on_*` decorators. Each takes `(query?, filters?, handler,
  // options?)` and is one row of webhook/handler-table.ts; the types below only narrow.

  /**
   * Handles incoming messages (text, media, location, contacts, reactions, orders,
   * unsupported), optionally of one type, which narrows the content (`"image"` makes
   * `msg.image` set). Button and list replies, flow completions, edits and system messages have
   * their own handlers, as in pywa.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onMessage("text", (msg) => msg.text.toLowerCase() === "hi", (msg) => msg.reply("Hello!"));
   * wa.onMessage("image", (msg) => console.log(msg.image.id, msg.caption), { priority: 1 });
   * ```
   */
  readonly onMessage: OnMessageOfType<Message, this> = (...args: unknown[]) =>
    this.register("onMessage", args);
  /** Handles reply-button and quick-reply presses, optionally of one `data` only. */
  readonly onCallbackButton: OnUpdateQuery<CallbackButton, "data", this> = (...args: unknown[]) =>
    this.register("onCallbackButton", args);
  /** Handles list-row choices, optionally of one `data` only. */
  readonly onCallbackSelection: OnUpdateQuery<CallbackSelection, "data", this> = (
    ...args: unknown[]
  ) => this.register("onCallbackSelection", args);
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
  readonly onFlowCompletion: OnUpdate<FlowCompletion, this> = (...args: unknown[]) =>
    this.register("onFlowCompletion", args);
  /** Handles the statuses of messages you sent, optionally of one status (`"failed"`…). */
  readonly onMessageStatus: OnUpdateQuery<MessageStatus, "status", this> = (...args: unknown[]) =>
    this.register("onMessageStatus", args);
  /** Handles the statuses of messages you sent to groups, per group. */
  readonly onGroupMessageStatuses: OnUpdate<GroupMessageStatuses, this> = (...args: unknown[]) =>
    this.register("onGroupMessageStatuses", args);
  /** Handles users opening a chat with you for the first time (`request_welcome`). */
  readonly onChatOpened: OnUpdate<ChatOpened, this> = (...args: unknown[]) =>
    this.register("onChatOpened", args);
  /** Handles users changing their phone number or BSUID. */
  readonly onPhoneNumberChange: OnUpdate<PhoneNumberChange, this> = (...args: unknown[]) =>
    this.register("onPhoneNumberChange", args);
  /** Handles users whose security code changed. */
  readonly onIdentityChange: OnUpdate<IdentityChange, this> = (...args: unknown[]) =>
    this.register("onIdentityChange", args);
  /** Handles users editing a message they sent. */
  readonly onEditedMessage: OnUpdate<EditedMessage, this> = (...args: unknown[]) =>
    this.register("onEditedMessage", args);
  /** Handles users deleting a message they sent. */
  readonly onDeletedMessage: OnUpdate<DeletedMessage, this> = (...args: unknown[]) =>
    this.register("onDeletedMessage", args);
  /** Handles messages sent from the WhatsApp Business app (coexistence), optionally of one type. */
  readonly onOutgoingMessage: OnMessageOfType<OutgoingMessage, this> = (...args: unknown[]) =>
    this.register("onOutgoingMessage", args);
  /** Handles messages edited in the WhatsApp Business app (coexistence). */
  readonly onOutgoingEditedMessage: OnUpdate<OutgoingEditedMessage, this> = (...args: unknown[]) =>
    this.register("onOutgoingEditedMessage", args);
  /** Handles messages deleted in the WhatsApp Business app (coexistence). */
  readonly onOutgoingDeletedMessage: OnUpdate<OutgoingDeletedMessage, this> = (
    ...args: unknown[]
  ) => this.register("onOutgoingDeletedMessage", args);
  /** Handles calls connecting (user- or business-initiated). */
  readonly onCallConnect: OnUpdate<CallConnect, this> = (...args: unknown[]) =>
    this.register("onCallConnect", args);
  /** Handles calls ending. */
  readonly onCallTerminate: OnUpdate<CallTerminate, this> = (...args: unknown[]) =>
    this.register("onCallTerminate", args);
  /** Handles the statuses of calls you started, optionally of one status (`"ACCEPTED"`…). */
  readonly onCallStatus: OnUpdateQuery<CallStatus, "status", this> = (...args: unknown[]) =>
    this.register("onCallStatus", args);
  /** Handles users answering your call permission requests. */
  readonly onCallPermissionUpdate: OnUpdate<CallPermissionUpdate, this> = (...args: unknown[]) =>
    this.register("onCallPermissionUpdate", args);
  /** Handles users stopping or resuming marketing messages, optionally of one value (`"stop"`…). */
  readonly onUserMarketingPreferences: OnUpdateQuery<UserMarketingPreferences, "value", this> = (
    ...args: unknown[]
  ) => this.register("onUserMarketingPreferences", args);
  /** Handles account events, optionally of one `event` (`"ACCOUNT_VIOLATION"`…). */
  readonly onAccountUpdate: OnUpdateQuery<AccountUpdate, "event", this> = (...args: unknown[]) =>
    this.register("onAccountUpdate", args);
  /** Handles template status changes, optionally to one status (`"APPROVED"`, `"REJECTED"`…). */
  readonly onTemplateStatusUpdate: OnUpdateQuery<TemplateStatusUpdate, "newStatus", this> = (
    ...args: unknown[]
  ) => this.register("onTemplateStatusUpdate", args);
  /** Handles template category changes. */
  readonly onTemplateCategoryUpdate: OnUpdate<TemplateCategoryUpdate, this> = (
    ...args: unknown[]
  ) => this.register("onTemplateCategoryUpdate", args);
  /** Handles template quality score changes. */
  readonly onTemplateQualityUpdate: OnUpdate<TemplateQualityUpdate, this> = (...args: unknown[]) =>
    this.register("onTemplateQualityUpdate", args);
  /** Handles template component edits. */
  readonly onTemplateComponentsUpdate: OnUpdate<TemplateComponentsUpdate, this> = (
    ...args: unknown[]
  ) => this.register("onTemplateComponentsUpdate", args);
  /** Handles phone number quality and limit changes, optionally of one `event`. */
  readonly onPhoneNumberQualityUpdate: OnUpdateQuery<PhoneNumberQualityUpdate, "event", this> = (
    ...args: unknown[]
  ) => this.register("onPhoneNumberQualityUpdate", args);
  /** Handles errors WhatsApp reported for a whole change (such as 130429, rate limit hit). */
  readonly onWebhookErrors: OnUpdate<WebhookErrors, this> = (...args: unknown[]) =>
    this.register("onWebhookErrors", args);
  /** Handles `flows` webhook events, optionally of one event, which narrows `event.event`. */
  readonly onFlowsEvent: OnUpdateQuery<FlowsEvent, "event", this> = (...args: unknown[]) =>
    this.register("onFlowsEvent", args);
  /** Handles every webhook change as received, optionally of one field (`"messages"`, …). */
  readonly onRawUpdate: OnUpdateQuery<RawUpdate, "field", this> = (...args: unknown[]) =>
    this.register("onRawUpdate", args);

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
    return this.#post(options.sender, messagePayload(options), "sendMessage");
  }

  /** Sends an approved template; a `TemplateFlowButton` component fills its flow button (spec 4.2). */
  async sendTemplate(options: SendTemplateOptions): Promise<SentMessage> {
    return this.#post(options.sender, templatePayload(options), "sendTemplate");
  }

  #post(
    sender: string | undefined,
    body: Record<string, unknown>,
    feature: string,
  ): Promise<SentMessage> {
    const phoneId = sender ?? need(this.phoneId, "phoneId", feature);
    need(this.options.token, "token", feature);
    return postMessage(this.graph, phoneId, body);
  }
}
