import type { AccountUpdate } from "./account-update.js";
import type { CallbackButton, CallbackSelection } from "./callback.js";
import type { CallConnect, CallPermissionUpdate, CallStatus, CallTerminate } from "./calls.js";
import type { ChatOpened } from "./chat-opened.js";
import type { DeletedMessage, EditedMessage } from "./edits.js";
import type { FlowCompletion } from "./flow-completion.js";
import type { FlowsEvent } from "./flows-event.js";
import type { Message } from "./message.js";
import type { GroupMessageStatuses, MessageStatus } from "./message-status.js";
import type { OutgoingDeletedMessage, OutgoingEditedMessage, OutgoingMessage } from "./outgoing.js";
import type { PhoneNumberQualityUpdate } from "./phone-number-quality.js";
import type { RawUpdate } from "./raw-update.js";
import type { IdentityChange, PhoneNumberChange } from "./system.js";
import type {
  TemplateCategoryUpdate,
  TemplateComponentsUpdate,
  TemplateQualityUpdate,
  TemplateStatusUpdate,
} from "./templates.js";
import type { UserMarketingPreferences } from "./user-preferences.js";
import type { WebhookErrors } from "./webhook-errors.js";

/** The update class of each kind: `update.kind`, the event name and the handler's key. */
export interface UpdateKinds {
  message: Message;
  callbackButton: CallbackButton;
  callbackSelection: CallbackSelection;
  flowCompletion: FlowCompletion;
  messageStatus: MessageStatus;
  groupMessageStatuses: GroupMessageStatuses;
  chatOpened: ChatOpened;
  phoneNumberChange: PhoneNumberChange;
  identityChange: IdentityChange;
  editedMessage: EditedMessage;
  deletedMessage: DeletedMessage;
  outgoingMessage: OutgoingMessage;
  outgoingEditedMessage: OutgoingEditedMessage;
  outgoingDeletedMessage: OutgoingDeletedMessage;
  callConnect: CallConnect;
  callTerminate: CallTerminate;
  callStatus: CallStatus;
  callPermissionUpdate: CallPermissionUpdate;
  userMarketingPreferences: UserMarketingPreferences;
  accountUpdate: AccountUpdate;
  templateStatusUpdate: TemplateStatusUpdate;
  templateCategoryUpdate: TemplateCategoryUpdate;
  templateQualityUpdate: TemplateQualityUpdate;
  templateComponentsUpdate: TemplateComponentsUpdate;
  phoneNumberQualityUpdate: PhoneNumberQualityUpdate;
  webhookErrors: WebhookErrors;
  flowsEvent: FlowsEvent;
  rawUpdate: RawUpdate;
}

/** The name of an update kind, such as `message` or `templateStatusUpdate`. */
export type UpdateKind = keyof UpdateKinds;

/** Every typed update tswa makes from a webhook. */
export type Update = UpdateKinds[UpdateKind];
