export * from "@tswa/core";
export * from "@tswa/flows";
export * from "@tswa/flows/json";
export type { FlowRequestOptions } from "./client-base.js";
export type { WhatsAppEvents } from "./events.js";
export type { WhatsAppOptions } from "./options.js";
export type { GracefulShutdownOptions, WhatsAppListenOptions } from "./shutdown.js";
export type { UpdateMetadata, WhatsAppUser } from "./updates/common.js";
export { FlowCompletion } from "./updates/flow-completion.js";
export {
  FlowsEvent,
  type FlowsEventErrorRate,
  FlowsEventType,
  type FlowsEventTypeValue,
} from "./updates/flows-event.js";
export {
  Message,
  MessageType,
  type MessageTypeValue,
  type ReplyContext,
  type TextMessage,
  type UpdateError,
} from "./updates/message.js";
export {
  MessageStatus,
  MessageStatusType,
  type MessageStatusValue,
} from "./updates/message-status.js";
export { type ParsedWebhook, parseWebhook, type Update } from "./updates/parse.js";
export { RawUpdate } from "./updates/raw-update.js";
export { WebhookHandlerError, WebhookRequestError } from "./webhook/errors.js";
export type { UpdateFilter, UpdateHandler } from "./webhook/handlers.js";
export { type Filters, type MessageOfType, WhatsApp } from "./whatsapp.js";
