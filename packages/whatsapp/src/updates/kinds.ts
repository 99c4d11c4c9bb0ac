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
  /** A {@link Message}. */
  message: Message;
  /** A {@link CallbackButton}. */
  callbackButton: CallbackButton;
  /** A {@link CallbackSelection}. */
  callbackSelection: CallbackSelection;
  /** A {@link FlowCompletion}. */
  flowCompletion: FlowCompletion;
  /** A {@link MessageStatus}. */
  messageStatus: MessageStatus;
  /** A {@link GroupMessageStatuses}. */
  groupMessageStatuses: GroupMessageStatuses;
  /** A {@link ChatOpened}. */
  chatOpened: ChatOpened;
  /** A {@link PhoneNumberChange}. */
  phoneNumberChange: PhoneNumberChange;
  /** A {@link IdentityChange}. */
  identityChange: IdentityChange;
  /** A {@link EditedMessage}. */
  editedMessage: EditedMessage;
  /** A {@link DeletedMessage}. */
  deletedMessage: DeletedMessage;
  /** A {@link OutgoingMessage}. */
  outgoingMessage: OutgoingMessage;
  /** A {@link OutgoingEditedMessage}. */
  outgoingEditedMessage: OutgoingEditedMessage;
  /** A {@link OutgoingDeletedMessage}. */
  outgoingDeletedMessage: OutgoingDeletedMessage;
  /** A {@link CallConnect}. */
  callConnect: CallConnect;
  /** A {@link CallTerminate}. */
  callTerminate: CallTerminate;
  /** A {@link CallStatus}. */
  callStatus: CallStatus;
  /** A {@link CallPermissionUpdate}. */
  callPermissionUpdate: CallPermissionUpdate;
  /** A {@link UserMarketingPreferences}. */
  userMarketingPreferences: UserMarketingPreferences;
  /** A {@link AccountUpdate}. */
  accountUpdate: AccountUpdate;
  /** A {@link TemplateStatusUpdate}. */
  templateStatusUpdate: TemplateStatusUpdate;
  /** A {@link TemplateCategoryUpdate}. */
  templateCategoryUpdate: TemplateCategoryUpdate;
  /** A {@link TemplateQualityUpdate}. */
  templateQualityUpdate: TemplateQualityUpdate;
  /** A {@link TemplateComponentsUpdate}. */
  templateComponentsUpdate: TemplateComponentsUpdate;
  /** A {@link PhoneNumberQualityUpdate}. */
  phoneNumberQualityUpdate: PhoneNumberQualityUpdate;
  /** A {@link WebhookErrors}. */
  webhookErrors: WebhookErrors;
  /** A {@link FlowsEvent}. */
  flowsEvent: FlowsEvent;
  /** A {@link RawUpdate}. */
  rawUpdate: RawUpdate;
}

/** The name of an update kind, such as `message` or `templateStatusUpdate`. */
export type UpdateKind = keyof UpdateKinds;

/** Every typed update tswa makes from a webhook. */
export type Update = UpdateKinds[UpdateKind];
