import {
  AppSettingsApi,
  BusinessAccountsApi,
  BusinessProfileApi,
  CommerceApi,
  FlowsApi,
  MediaApi,
  MessagesApi,
  PhoneNumbersApi,
  QrCodesApi,
  SignupsApi,
  TemplatesApi,
  UsernamesApi,
  UsersApi,
} from "@tswa/core";
import type { RunningServer } from "@tswa/flows/node";
import { MediaDownloader } from "@tswa/media";
import { WhatsAppServerBase } from "./client-base.js";
import { delegate } from "./delegate.js";
import { enableSentMessageWaits } from "./listeners/sent-message-waits.js";
import type { WhatsAppOptions } from "./options.js";
import type { WhatsAppListenOptions } from "./shutdown.js";
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
import { prepareCallbackRegistration } from "./webhook/callback-registration.js";
import type {
  OnCallbackUpdate,
  OnMessageOfType,
  OnUpdate,
  OnUpdateQuery,
} from "./webhook/on-signatures.js";

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

/** The `BusinessAccountsApi` calls the client forwards. */
const BUSINESS_ACCOUNTS_METHODS = [
  "getBusinessAccount",
  "getOwnedBusinessAccounts",
  "getSharedBusinessAccounts",
  "updateBusinessAccountSettings",
] as const satisfies readonly (keyof BusinessAccountsApi)[];

/** The `PhoneNumbersApi` calls the client forwards. */
const PHONE_NUMBERS_METHODS = [
  "getBusinessPhoneNumber",
  "getBusinessPhoneNumbers",
  "getBusinessPhoneNumberSettings",
  "updateBusinessPhoneNumberSettings",
  "createPhoneNumber",
  "requestVerificationCode",
  "verifyPhoneNumber",
  "registerPhoneNumber",
  "deregisterPhoneNumber",
  "updateDisplayName",
  "updateConversationalAutomation",
] as const satisfies readonly (keyof PhoneNumbersApi)[];

/** The `UsernamesApi` calls the client forwards. */
const USERNAMES_METHODS = [
  "setUsername",
  "getCurrentUsername",
  "getReservedUsernames",
  "deleteUsername",
] as const satisfies readonly (keyof UsernamesApi)[];

/** The `BusinessProfileApi` calls the client forwards. */
const BUSINESS_PROFILE_METHODS = [
  "getBusinessProfile",
  "updateBusinessProfile",
] as const satisfies readonly (keyof BusinessProfileApi)[];

/** The `CommerceApi` calls the client forwards. */
const COMMERCE_METHODS = [
  "getCommerceSettings",
  "updateCommerceSettings",
] as const satisfies readonly (keyof CommerceApi)[];

/** The `MediaApi` calls the client forwards. */
const MEDIA_METHODS = [
  "uploadMedia",
  "getMediaUrl",
  "deleteMedia",
] as const satisfies readonly (keyof MediaApi)[];

/** The `MediaDownloader` calls the client forwards (downloads live in @tswa/media). */
const MEDIA_DOWNLOAD_METHODS = [
  "downloadMedia",
  "getMediaBytes",
  "streamMedia",
] as const satisfies readonly (keyof MediaDownloader)[];

/** The `QrCodesApi` calls the client forwards. */
const QR_CODES_METHODS = [
  "createQrCode",
  "getQrCode",
  "getQrCodes",
  "updateQrCode",
  "deleteQrCode",
] as const satisfies readonly (keyof QrCodesApi)[];

/** The `AppSettingsApi` calls the client forwards. */
const APP_SETTINGS_METHODS = [
  "getAppAccessToken",
  "setAppCallbackUrl",
  "overrideWabaCallbackUrl",
  "deleteWabaCallbackUrl",
  "overridePhoneCallbackUrl",
  "deletePhoneCallbackUrl",
] as const satisfies readonly (keyof AppSettingsApi)[];

/** The `UsersApi` calls the client forwards. */
const USERS_METHODS = [
  "blockUsers",
  "unblockUsers",
  "getBlockedUsers",
] as const satisfies readonly (keyof UsersApi)[];

/** The `SignupsApi` calls the client forwards. */
const SIGNUPS_METHODS = [
  "createSignup",
  "getSignups",
  "getSignup",
  "updateSignup",
] as const satisfies readonly (keyof SignupsApi)[];

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
 *     to: msg.from.recipient,
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

  /** Media: the `MediaApi` the media methods below belong to (uploads, URLs, deletes). */
  readonly media: MediaApi;
  /**
   * Media downloads: the `MediaDownloader` the download methods below belong to, with the
   * client's token, transport and `getMediaUrl`, and the `mediaDownloadOptions` as defaults.
   */
  readonly mediaDownloader: MediaDownloader;
  /** Sending messages: the `MessagesApi` the `send…` methods below belong to. */
  readonly messages: MessagesApi;
  /** Flow management: the `FlowsApi` the flow methods below belong to. */
  readonly flows: FlowsApi;
  /** Template management: the `TemplatesApi` the template methods below belong to. */
  readonly templates: TemplatesApi;
  /** WhatsApp Business Accounts: the `BusinessAccountsApi` the account methods below belong to. */
  readonly businessAccounts: BusinessAccountsApi;
  /** Business phone numbers: the `PhoneNumbersApi` the phone number methods below belong to. */
  readonly phoneNumbers: PhoneNumbersApi;
  /** Business usernames: the `UsernamesApi` the username methods below belong to. */
  readonly usernames: UsernamesApi;
  /** The business profile: the `BusinessProfileApi` the profile methods below belong to. */
  readonly businessProfile: BusinessProfileApi;
  /** Commerce settings: the `CommerceApi` the commerce methods below belong to. */
  readonly commerce: CommerceApi;
  /** QR codes: the `QrCodesApi` the QR code methods below belong to. */
  readonly qrCodes: QrCodesApi;
  /** Webhook registration: the `AppSettingsApi` the callback URL methods below belong to. */
  readonly appSettings: AppSettingsApi;
  /** Blocking users: the `UsersApi` the block methods below belong to. */
  readonly users: UsersApi;
  /** In-app signups: the `SignupsApi` the signup methods below belong to. */
  readonly signups: SignupsApi;

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

  // ---- business accounts ----
  /** {@inheritDoc @tswa/core!BusinessAccountsApi#getBusinessAccount} */
  declare readonly getBusinessAccount: BusinessAccountsApi["getBusinessAccount"];
  /** {@inheritDoc @tswa/core!BusinessAccountsApi#getOwnedBusinessAccounts} */
  declare readonly getOwnedBusinessAccounts: BusinessAccountsApi["getOwnedBusinessAccounts"];
  /** {@inheritDoc @tswa/core!BusinessAccountsApi#getSharedBusinessAccounts} */
  declare readonly getSharedBusinessAccounts: BusinessAccountsApi["getSharedBusinessAccounts"];
  /** {@inheritDoc @tswa/core!BusinessAccountsApi#updateBusinessAccountSettings} */
  declare readonly updateBusinessAccountSettings: BusinessAccountsApi["updateBusinessAccountSettings"];

  // ---- phone numbers ----
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#getBusinessPhoneNumber} */
  declare readonly getBusinessPhoneNumber: PhoneNumbersApi["getBusinessPhoneNumber"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#getBusinessPhoneNumbers} */
  declare readonly getBusinessPhoneNumbers: PhoneNumbersApi["getBusinessPhoneNumbers"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#getBusinessPhoneNumberSettings} */
  declare readonly getBusinessPhoneNumberSettings: PhoneNumbersApi["getBusinessPhoneNumberSettings"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#updateBusinessPhoneNumberSettings} */
  declare readonly updateBusinessPhoneNumberSettings: PhoneNumbersApi["updateBusinessPhoneNumberSettings"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#createPhoneNumber} */
  declare readonly createPhoneNumber: PhoneNumbersApi["createPhoneNumber"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#requestVerificationCode} */
  declare readonly requestVerificationCode: PhoneNumbersApi["requestVerificationCode"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#verifyPhoneNumber} */
  declare readonly verifyPhoneNumber: PhoneNumbersApi["verifyPhoneNumber"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#registerPhoneNumber} */
  declare readonly registerPhoneNumber: PhoneNumbersApi["registerPhoneNumber"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#deregisterPhoneNumber} */
  declare readonly deregisterPhoneNumber: PhoneNumbersApi["deregisterPhoneNumber"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#updateDisplayName} */
  declare readonly updateDisplayName: PhoneNumbersApi["updateDisplayName"];
  /** {@inheritDoc @tswa/core!PhoneNumbersApi#updateConversationalAutomation} */
  declare readonly updateConversationalAutomation: PhoneNumbersApi["updateConversationalAutomation"];

  // ---- usernames ----
  /** {@inheritDoc @tswa/core!UsernamesApi#setUsername} */
  declare readonly setUsername: UsernamesApi["setUsername"];
  /** {@inheritDoc @tswa/core!UsernamesApi#getCurrentUsername} */
  declare readonly getCurrentUsername: UsernamesApi["getCurrentUsername"];
  /** {@inheritDoc @tswa/core!UsernamesApi#getReservedUsernames} */
  declare readonly getReservedUsernames: UsernamesApi["getReservedUsernames"];
  /** {@inheritDoc @tswa/core!UsernamesApi#deleteUsername} */
  declare readonly deleteUsername: UsernamesApi["deleteUsername"];

  // ---- business profile ----
  /** {@inheritDoc @tswa/core!BusinessProfileApi#getBusinessProfile} */
  declare readonly getBusinessProfile: BusinessProfileApi["getBusinessProfile"];
  /** {@inheritDoc @tswa/core!BusinessProfileApi#updateBusinessProfile} */
  declare readonly updateBusinessProfile: BusinessProfileApi["updateBusinessProfile"];

  // ---- commerce ----
  /** {@inheritDoc @tswa/core!CommerceApi#getCommerceSettings} */
  declare readonly getCommerceSettings: CommerceApi["getCommerceSettings"];
  /** {@inheritDoc @tswa/core!CommerceApi#updateCommerceSettings} */
  declare readonly updateCommerceSettings: CommerceApi["updateCommerceSettings"];

  // ---- QR codes ----
  /** {@inheritDoc @tswa/core!QrCodesApi#createQrCode} */
  declare readonly createQrCode: QrCodesApi["createQrCode"];
  /** {@inheritDoc @tswa/core!QrCodesApi#getQrCode} */
  declare readonly getQrCode: QrCodesApi["getQrCode"];
  /** {@inheritDoc @tswa/core!QrCodesApi#getQrCodes} */
  declare readonly getQrCodes: QrCodesApi["getQrCodes"];
  /** {@inheritDoc @tswa/core!QrCodesApi#updateQrCode} */
  declare readonly updateQrCode: QrCodesApi["updateQrCode"];
  /** {@inheritDoc @tswa/core!QrCodesApi#deleteQrCode} */
  declare readonly deleteQrCode: QrCodesApi["deleteQrCode"];

  // ---- app settings ----
  /** {@inheritDoc @tswa/core!AppSettingsApi#getAppAccessToken} */
  declare readonly getAppAccessToken: AppSettingsApi["getAppAccessToken"];
  /** {@inheritDoc @tswa/core!AppSettingsApi#setAppCallbackUrl} */
  declare readonly setAppCallbackUrl: AppSettingsApi["setAppCallbackUrl"];
  /** {@inheritDoc @tswa/core!AppSettingsApi#overrideWabaCallbackUrl} */
  declare readonly overrideWabaCallbackUrl: AppSettingsApi["overrideWabaCallbackUrl"];
  /** {@inheritDoc @tswa/core!AppSettingsApi#deleteWabaCallbackUrl} */
  declare readonly deleteWabaCallbackUrl: AppSettingsApi["deleteWabaCallbackUrl"];
  /** {@inheritDoc @tswa/core!AppSettingsApi#overridePhoneCallbackUrl} */
  declare readonly overridePhoneCallbackUrl: AppSettingsApi["overridePhoneCallbackUrl"];
  /** {@inheritDoc @tswa/core!AppSettingsApi#deletePhoneCallbackUrl} */
  declare readonly deletePhoneCallbackUrl: AppSettingsApi["deletePhoneCallbackUrl"];

  // ---- users ----
  /** {@inheritDoc @tswa/core!UsersApi#blockUsers} */
  declare readonly blockUsers: UsersApi["blockUsers"];
  /** {@inheritDoc @tswa/core!UsersApi#unblockUsers} */
  declare readonly unblockUsers: UsersApi["unblockUsers"];
  /** {@inheritDoc @tswa/core!UsersApi#getBlockedUsers} */
  declare readonly getBlockedUsers: UsersApi["getBlockedUsers"];

  // ---- media ----
  /** {@inheritDoc @tswa/core!MediaApi#uploadMedia} */
  declare readonly uploadMedia: MediaApi["uploadMedia"];
  /** {@inheritDoc @tswa/core!MediaApi#getMediaUrl} */
  declare readonly getMediaUrl: MediaApi["getMediaUrl"];
  /** {@inheritDoc @tswa/core!MediaApi#deleteMedia} */
  declare readonly deleteMedia: MediaApi["deleteMedia"];
  /** {@inheritDoc @tswa/media!MediaDownloader#downloadMedia} */
  declare readonly downloadMedia: MediaDownloader["downloadMedia"];
  /** {@inheritDoc @tswa/media!MediaDownloader#getMediaBytes} */
  declare readonly getMediaBytes: MediaDownloader["getMediaBytes"];
  /** {@inheritDoc @tswa/media!MediaDownloader#streamMedia} */
  declare readonly streamMedia: MediaDownloader["streamMedia"];

  // ---- signups ----
  /** {@inheritDoc @tswa/core!SignupsApi#createSignup} */
  declare readonly createSignup: SignupsApi["createSignup"];
  /** {@inheritDoc @tswa/core!SignupsApi#getSignups} */
  declare readonly getSignups: SignupsApi["getSignups"];
  /** {@inheritDoc @tswa/core!SignupsApi#getSignup} */
  declare readonly getSignup: SignupsApi["getSignup"];
  /** {@inheritDoc @tswa/core!SignupsApi#updateSignup} */
  declare readonly updateSignup: SignupsApi["updateSignup"];

  constructor(options: WhatsAppOptions = {}) {
    super(options);
    this.media = new MediaApi(this.graph, { phoneId: this.phoneId });
    delegate(this, this.media, MEDIA_METHODS);
    this.mediaDownloader = new MediaDownloader({
      transport: this.graph.transport,
      ...this.options.mediaDownloadOptions,
      token: this.options.token,
      getMediaUrl: (mediaId) => this.media.getMediaUrl(mediaId),
    });
    delegate(this, this.mediaDownloader, MEDIA_DOWNLOAD_METHODS);
    this.messages = new MessagesApi(this.graph, { phoneId: this.phoneId, media: this.media });
    this.flows = new FlowsApi(this.graph, {
      businessAccountId: this.businessAccountId,
      phoneId: this.phoneId,
    });
    delegate(this, this.messages, MESSAGES_METHODS);
    // sent.waitForReply() & co. wait through this client's listeners.
    enableSentMessageWaits(this.messages, this.updateListeners);
    delegate(this, this.flows, FLOWS_METHODS);
    this.templates = new TemplatesApi(this.graph, {
      businessAccountId: this.businessAccountId,
      appId: this.options.appId,
      messages: this.messages,
    });
    delegate(this, this.templates, TEMPLATES_METHODS);
    const ids = {
      phoneId: this.phoneId,
      businessAccountId: this.businessAccountId,
      businessPortfolioId: this.options.businessPortfolioId,
      appId: this.options.appId,
    };
    this.businessAccounts = new BusinessAccountsApi(this.graph, ids);
    this.phoneNumbers = new PhoneNumbersApi(this.graph, ids);
    this.usernames = new UsernamesApi(this.graph, ids);
    this.businessProfile = new BusinessProfileApi(this.graph, ids);
    this.commerce = new CommerceApi(this.graph, ids);
    this.qrCodes = new QrCodesApi(this.graph, ids);
    this.appSettings = new AppSettingsApi(this.graph, ids);
    this.users = new UsersApi(this.graph, ids);
    this.signups = new SignupsApi(this.graph, ids);
    delegate(this, this.businessAccounts, BUSINESS_ACCOUNTS_METHODS);
    delegate(this, this.phoneNumbers, PHONE_NUMBERS_METHODS);
    delegate(this, this.usernames, USERNAMES_METHODS);
    delegate(this, this.businessProfile, BUSINESS_PROFILE_METHODS);
    delegate(this, this.commerce, COMMERCE_METHODS);
    delegate(this, this.qrCodes, QR_CODES_METHODS);
    delegate(this, this.appSettings, APP_SETTINGS_METHODS);
    delegate(this, this.users, USERS_METHODS);
    delegate(this, this.signups, SIGNUPS_METHODS);
  }

  /**
   * Serves webhooks and flow endpoints on node:http; with `callbackUrl`, then registers
   * `callbackUrl` + `webhookEndpoint` with Meta (app, account or phone scope), which verifies it
   * against this server with the client's `verifyToken`, as pywa's `callback_url` does.
   *
   * @throws {@link CallbackRegistrationError} (after closing the server) when Meta refused it.
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appId: "…", appSecret: "…", verifyToken: "…" });
   * await wa.listen({ port: 8080, host: "0.0.0.0", callbackUrl: "https://bot.example.com" });
   * ```
   */
  override async listen(options: WhatsAppListenOptions = {}): Promise<RunningServer> {
    const { callbackUrl, callbackUrlScope, webhookFields, ...serverOptions } = options;
    const register = prepareCallbackRegistration(
      { ...this.options, appSettings: this.appSettings, webhookEndpoint: this.webhookEndpoint },
      { callbackUrl, callbackUrlScope, webhookFields },
    );
    const server = await super.listen(serverOptions);
    await register?.(server);
    return server;
  }

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
  /**
   * Handles reply-button and quick-reply presses, optionally of one `data` only, or of the
   * ids of a `CallbackData` class (then `btn.data` is the parsed object).
   */
  readonly onCallbackButton: OnCallbackUpdate<CallbackButton, "data", "data", this> = (
    ...args: unknown[]
  ) => this.register("onCallbackButton", args);
  /**
   * Handles list-row choices, optionally of one `data` only, or of the ids of a
   * `CallbackData` class (then `sel.data` is the parsed object).
   */
  readonly onCallbackSelection: OnCallbackUpdate<CallbackSelection, "data", "data", this> = (
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
  /**
   * Handles the statuses of messages you sent, optionally of one status (`"failed"`…), or of
   * messages sent with a `tracker` of a `CallbackData` class (then `status.tracker` is the
   * parsed object).
   */
  readonly onMessageStatus: OnCallbackUpdate<MessageStatus, "status", "tracker", this> = (
    ...args: unknown[]
  ) => this.register("onMessageStatus", args);
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
  /**
   * Handles the statuses of calls you started, optionally of one status (`"ACCEPTED"`…), or of
   * calls started with a `tracker` of a `CallbackData` class (then `status.tracker` is parsed).
   */
  readonly onCallStatus: OnCallbackUpdate<CallStatus, "status", "tracker", this> = (
    ...args: unknown[]
  ) => this.register("onCallStatus", args);
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
}
