export * from "@tswa/core";
export * from "@tswa/flows";
export * from "@tswa/flows/json";
// Cloud API media downloads (flow media comes through @tswa/flows).
export {
  DEFAULT_MAX_CLOUD_MEDIA_SIZE,
  type DownloadedMedia,
  type DownloadedMediaBytes,
  type DownloadedMediaFile,
  type DownloadedMediaStream,
  MediaDownloader,
  type MediaDownloaderOptions,
  MediaDownloadFailed,
  type MediaDownloadFailureDetails,
  MediaDownloadFailureReason,
  type MediaDownloadOptions,
  MediaDownloadTimeout,
  MediaDownloadTooLarge,
  MediaErrorPage,
  MediaHashMismatch,
  MediaNotFound,
  type MediaSource,
  MediaTruncated,
  type MediaUrlInfo,
  type ResolveMediaUrl,
} from "@tswa/media";
export {
  CallbackData,
  type CallbackDataClass,
  type CallbackDataConstructor,
  type CallbackDataFields,
  type CallbackDataObject,
  type CallbackDataOf,
  type CallbackDataShape,
} from "./callback-data/callback-data.js";
export {
  CallbackDataDefinitionError,
  InvalidCallbackDataError,
} from "./callback-data/errors.js";
export type { FlowRequestOptions } from "./client-base.js";
export type { UpdateEvents, WhatsAppEvents } from "./events.js";
export * as filters from "./filters/index.js";
export {
  ListenerCanceled,
  ListenerStopped,
  ListenerStoreError,
  ListenerTimeout,
  SentMessageWithoutListenersError,
} from "./listeners/errors.js";
export type { ListenableUpdate } from "./listeners/listenable.js";
export type { ListenOptions, WaitForUpdateOptions } from "./listeners/options.js";
export type {
  WaitForReplyOptions,
  WaitForStatusOptions,
  WaitUntilReadOptions,
} from "./listeners/sent-message-waits.js";
export {
  type ListenerRecord,
  type ListenerStore,
  type MaybePromise,
  MemoryListenerStore,
} from "./listeners/store.js";
export type { WhatsAppOptions } from "./options.js";
export type { GracefulShutdownOptions, WhatsAppListenOptions } from "./shutdown.js";
export {
  AccountUpdate,
  AccountUpdateEvent,
  type AccountUpdateEventValue,
  type AccountUpdateInfo,
} from "./updates/account-update.js";
export { BaseUpdate } from "./updates/base-update.js";
export { CallbackButton, CallbackSelection } from "./updates/callback.js";
export {
  CallConnect,
  type CallDirection,
  CallPermissionUpdate,
  type CallSession,
  CallStatus,
  CallTerminate,
} from "./updates/calls.js";
export { ChatOpened } from "./updates/chat-opened.js";
export {
  type CopyMessageOptions,
  MessageNotCopyableError,
} from "./updates/copy-message.js";
export { DeletedMessage, EditedMessage } from "./updates/edits.js";
export { FlowCompletion } from "./updates/flow-completion.js";
export {
  FlowsEvent,
  type FlowsEventErrorRate,
  FlowsEventType,
  type FlowsEventTypeValue,
} from "./updates/flows-event.js";
export { ContinueHandling, StopHandling } from "./updates/handling.js";
export type { Update, UpdateKind, UpdateKinds } from "./updates/kinds.js";
export {
  AudioMedia,
  CaptionedMedia,
  DocumentMedia,
  ImageMedia,
  MediaObject,
  type MediaObjectInit,
  type MediaReuploadOptions,
  StickerMedia,
  VideoMedia,
} from "./updates/media.js";
export {
  Message,
  type MessageContentByType,
  type MessageKind,
  type MessageOfType,
  type MessageSystem,
  type MessageUnsupported,
  type TextMessage,
} from "./updates/message.js";
export type {
  Location,
  Order,
  Product,
  Reaction,
  Referral,
  ReferredProduct,
  ReplyToMessage,
  SharedContact,
} from "./updates/message-content.js";
export {
  type Conversation,
  GroupMessageStatuses,
  MessageStatus,
  MessageStatusType,
  type MessageStatusValue,
  type Pricing,
} from "./updates/message-status.js";
export { MessageType, type MessageTypeValue } from "./updates/message-type.js";
export type { UpdateMetadata } from "./updates/metadata.js";
export {
  OutgoingDeletedMessage,
  OutgoingEditedMessage,
  OutgoingMessage,
} from "./updates/outgoing.js";
export {
  type ParsedChange,
  type ParsedWebhook,
  type ParseWebhookOptions,
  parseWebhook,
  type UnreadableItem,
} from "./updates/parse.js";
export { PhoneNumberQualityUpdate } from "./updates/phone-number-quality.js";
export { RawUpdate } from "./updates/raw-update.js";
export type { JsonRecord } from "./updates/read.js";
export {
  type Identity,
  IdentityChange,
  PhoneNumberChange,
  SystemType,
  type SystemTypeValue,
} from "./updates/system.js";
export {
  type TemplateButtonInfo,
  TemplateCategoryUpdate,
  TemplateComponentsUpdate,
  type TemplateDisableInfo,
  type TemplateOtherInfo,
  TemplateQualityUpdate,
  type TemplateRejectionInfo,
  TemplateStatusUpdate,
  TemplateUpdate,
} from "./updates/templates.js";
export { type UpdateClient, UpdateWithoutClientError } from "./updates/update-client.js";
export type { UpdateError } from "./updates/update-error.js";
export { User } from "./updates/user.js";
export { UserMarketingPreferences } from "./updates/user-preferences.js";
export { type ReactOptions, UserUpdate } from "./updates/user-update.js";
export { WabaUpdate } from "./updates/waba-update.js";
export { WebhookErrors } from "./updates/webhook-errors.js";
export {
  CallbackRegistrationError,
  type CallbackRegistrationOptions,
  CallbackUrlScope,
} from "./webhook/callback-registration.js";
export {
  dedupKey,
  MemoryDedupStore,
  type MemoryDedupStoreOptions,
  type UpdateDedupStore,
} from "./webhook/dedup.js";
export {
  WebhookDedupStoreError,
  WebhookHandlerError,
  WebhookRequestError,
} from "./webhook/errors.js";
export type { HandlerOptions, UpdateFilter, UpdateHandler } from "./webhook/handlers.js";
export type {
  Filters,
  OnCallbackUpdate,
  OnMessageOfType,
  OnUpdate,
  OnUpdateQuery,
  WithCallbackData,
  WithField,
} from "./webhook/on-signatures.js";
export { WhatsApp } from "./whatsapp.js";
