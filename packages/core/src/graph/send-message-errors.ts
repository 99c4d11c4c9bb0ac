import { GraphApiError, type GraphErrorInit } from "./graph-error.js";

// The errors of `POST /{phone-id}/messages`, one class per code pywa and Meta's error-code
// reference name (codes 1310xx–1320xx, plus 130472, 135000, 137000). Throttling codes (130429,
// 131048, 131056, 131064) are ThrottlingErrors and 131031 / 130497 IntegrityErrors, as in pywa.

/**
 * A message could not be sent (1310xx, 1320xx and the other codes below). Besides `code`,
 * `details`, `fbtraceId` and `isTransient` (Graph's `is_transient`), it has the error's `title`
 * as Meta's error-code reference names it.
 *
 * @example
 * ```ts
 * import { ReEngagementMessage, SendMessageError, type MessagesApi } from "@tswa/core";
 *
 * declare const messages: MessagesApi;
 * try {
 *   await messages.sendMessage({ to: "972987654321", text: "Still there?" });
 * } catch (error) {
 *   if (error instanceof ReEngagementMessage) console.log("24 hours passed: send a template");
 *   else if (error instanceof SendMessageError) console.error(error.code, error.title, error.details);
 *   else throw error;
 * }
 * ```
 */
export class SendMessageError extends GraphApiError {
  /** The error's title (`error_user_title`, else Graph's message without its `(#code)` prefix). */
  readonly title: string;

  constructor(init: GraphErrorInit) {
    super(init);
    this.title = init.error.error_user_title ?? init.error.message.replace(/^\(#\d+\)\s*/, "");
  }
}

/** 130472: the user is in a marketing message experiment group; this message was held back. */
export class UserIsInExperimentGroup extends SendMessageError {}
/** 131000: the message failed for an unknown reason; retry later. */
export class UnknownError extends SendMessageError {}
/** 131005: the permission was not granted or was removed. */
export class AccessDenied extends SendMessageError {}
/** 131008: a required parameter is missing. */
export class MissingRequiredParameter extends SendMessageError {}
/** 131009: a parameter value is invalid. */
export class InvalidParameter extends SendMessageError {}
/** 131016: a service is temporarily unavailable; retry later. */
export class ServiceUnavailable extends SendMessageError {}
/** 131021: the sender and the recipient are the same number. */
export class RecipientCannotBeSender extends SendMessageError {}
/**
 * 131026: the message could not be delivered (not a WhatsApp number, terms not accepted, an old
 * WhatsApp version, or a flow version the client lacks).
 */
export class MessageUndeliverable extends SendMessageError {}
/** 131030: the recipient is not in the test number's allowed list. */
export class RecipientNotInAllowedList extends SendMessageError {}
/** 131037: the 555 business number sending has no approved display name. */
export class PhoneNumberDisplayNameNotApproved extends SendMessageError {}
/** 131042, 131044: a problem with your payment method. */
export class BusinessPaymentIssue extends SendMessageError {}
/** 131045: a phone number registration (certificate) error. */
export class IncorrectCertificate extends SendMessageError {}
/** 131047: more than 24 hours since the user last wrote; send a template instead. */
export class ReEngagementMessage extends SendMessageError {}
/** 131049: not delivered, to keep the ecosystem healthy (per-user marketing limits); wait 24 h. */
export class MessageUndeliverableDueToHealthyEcosystemEngagement extends SendMessageError {}
/** 131050: the user stopped marketing messages from you. */
export class UserStoppedMarketingMessages extends SendMessageError {}
/** 131051: the message type is not supported. */
export class UnsupportedMessageType extends SendMessageError {}
/** 131052: the media the user sent could not be downloaded. */
export class MediaDownloadError extends SendMessageError {}
/** 131053: the media of the message could not be uploaded (or fetched from its link). */
export class MediaUploadError extends SendMessageError {}
/** 131057: the business account is in maintenance mode. */
export class AccountInMaintenanceMode extends SendMessageError {}
/** 131062: this message cannot be sent to a business-scoped user id (send to a phone number). */
export class BSUIDRecipientNotSupported extends SendMessageError {}
/** 131063: marketing templates are disabled on Cloud API for this account. */
export class MarketingTemplatesDisabledForCloudAPI extends SendMessageError {}
/** 132000: the number of template parameters does not match the template. */
export class TemplateParamCountMismatch extends SendMessageError {}
/** 132001: the template does not exist in this language or is not approved. */
export class TemplateNotExists extends SendMessageError {}
/** 132005: the template text is too long once its parameters are filled in. */
export class TemplateTextTooLong extends SendMessageError {}
/** 132007: the template content breaks a WhatsApp policy. */
export class TemplateContentPolicyViolation extends SendMessageError {}
/** 132008: a template parameter value is formatted wrongly. */
export class TemplateParamValueInvalid extends SendMessageError {}
/** 132012: a template parameter does not match the format of the template. */
export class TemplateParamFormatMismatch extends SendMessageError {}
/** 132015: the template is paused for low quality. */
export class TemplatePaused extends SendMessageError {}
/** 132016: the template was paused too often and is now disabled. */
export class TemplateDisabled extends SendMessageError {}
/** 132068: the flow is BLOCKED by health monitoring and cannot be sent. */
export class FlowBlocked extends SendMessageError {}
/** 132069: the flow is THROTTLED; its 10 messages of this hour were already sent. */
export class FlowThrottled extends SendMessageError {}
/** 135000: a generic error (often an unexpected parameter); check `details`. */
export class GenericError extends SendMessageError {}
/** 137000: the user's identity key hash no longer matches `identityKeyHash`. */
export class RecipientIdentityKeyMismatch extends SendMessageError {}

/** The messages errors by Graph code, for the error factory. */
export const SEND_MESSAGE_ERRORS: ReadonlyArray<
  readonly [number, new (init: GraphErrorInit) => GraphApiError]
> = [
  [130472, UserIsInExperimentGroup],
  [131000, UnknownError],
  [131005, AccessDenied],
  [131008, MissingRequiredParameter],
  [131009, InvalidParameter],
  [131016, ServiceUnavailable],
  [131021, RecipientCannotBeSender],
  [131026, MessageUndeliverable],
  [131030, RecipientNotInAllowedList],
  [131037, PhoneNumberDisplayNameNotApproved],
  [131042, BusinessPaymentIssue],
  [131044, BusinessPaymentIssue],
  [131045, IncorrectCertificate],
  [131047, ReEngagementMessage],
  [131049, MessageUndeliverableDueToHealthyEcosystemEngagement],
  [131050, UserStoppedMarketingMessages],
  [131051, UnsupportedMessageType],
  [131052, MediaDownloadError],
  [131053, MediaUploadError],
  [131057, AccountInMaintenanceMode],
  [131062, BSUIDRecipientNotSupported],
  [131063, MarketingTemplatesDisabledForCloudAPI],
  [132000, TemplateParamCountMismatch],
  [132001, TemplateNotExists],
  [132005, TemplateTextTooLong],
  [132007, TemplateContentPolicyViolation],
  [132008, TemplateParamValueInvalid],
  [132012, TemplateParamFormatMismatch],
  [132015, TemplatePaused],
  [132016, TemplateDisabled],
  [132068, FlowBlocked],
  [132069, FlowThrottled],
  [135000, GenericError],
  [137000, RecipientIdentityKeyMismatch],
];
