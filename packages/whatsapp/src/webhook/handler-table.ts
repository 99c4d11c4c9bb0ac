import type { UpdateKind, UpdateKinds } from "../updates/kinds.js";

/**
 * How an `on…` method registers: the kind it handles, what its string query matches when it
 * takes one, and which field a `CallbackData` class parses when it takes one.
 */
interface HandlerSpec<K extends UpdateKind> {
  kind: K;
  query?: (query: string) => (update: UpdateKinds[K]) => boolean;
  callbackField?: keyof UpdateKinds[K] & string;
}

const spec = <K extends UpdateKind>(
  kind: K,
  query?: (query: string) => (update: UpdateKinds[K]) => boolean,
  callbackField?: keyof UpdateKinds[K] & string,
): HandlerSpec<K> => ({
  kind,
  ...(query && { query }),
  ...(callbackField && { callbackField }),
});

/**
 * Every `on…` method of the client: the update kind it handles and how its optional first
 * argument (a query such as a message type) filters. One row per method; the facade's methods
 * only declare their types and call `register(method, args)`.
 */
export const HANDLER_TABLE = {
  onMessage: spec("message", (type) => (m) => m.type === type),
  onCallbackButton: spec("callbackButton", (data) => (b) => b.data === data, "data"),
  onCallbackSelection: spec("callbackSelection", (data) => (s) => s.data === data, "data"),
  onFlowCompletion: spec("flowCompletion"),
  onMessageStatus: spec("messageStatus", (status) => (s) => s.status === status, "tracker"),
  onGroupMessageStatuses: spec("groupMessageStatuses"),
  onChatOpened: spec("chatOpened"),
  onPhoneNumberChange: spec("phoneNumberChange"),
  onIdentityChange: spec("identityChange"),
  onEditedMessage: spec("editedMessage"),
  onDeletedMessage: spec("deletedMessage"),
  onOutgoingMessage: spec("outgoingMessage", (type) => (m) => m.type === type),
  onOutgoingEditedMessage: spec("outgoingEditedMessage"),
  onOutgoingDeletedMessage: spec("outgoingDeletedMessage"),
  onCallConnect: spec("callConnect"),
  onCallTerminate: spec("callTerminate"),
  onCallStatus: spec("callStatus", (status) => (s) => s.status === status, "tracker"),
  onCallPermissionUpdate: spec("callPermissionUpdate"),
  onUserMarketingPreferences: spec("userMarketingPreferences", (value) => (p) => p.value === value),
  onAccountUpdate: spec("accountUpdate", (event) => (u) => u.event === event),
  onTemplateStatusUpdate: spec("templateStatusUpdate", (status) => (u) => u.newStatus === status),
  onTemplateCategoryUpdate: spec("templateCategoryUpdate"),
  onTemplateQualityUpdate: spec("templateQualityUpdate"),
  onTemplateComponentsUpdate: spec("templateComponentsUpdate"),
  onPhoneNumberQualityUpdate: spec("phoneNumberQualityUpdate", (event) => (u) => u.event === event),
  onWebhookErrors: spec("webhookErrors"),
  onFlowsEvent: spec("flowsEvent", (event) => (e) => e.event === event),
  onRawUpdate: spec("rawUpdate", (field) => (u) => u.field === field),
} as const satisfies { readonly [K in UpdateKind as `on${Capitalize<K>}`]: HandlerSpec<K> };

/** The name of an `on…` method. */
export type HandlerMethod = keyof typeof HANDLER_TABLE;
