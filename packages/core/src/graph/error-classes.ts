import { GraphApiError, type GraphErrorInit } from "./graph-error.js";
import { MANAGEMENT_ERRORS, managementFamily } from "./management-errors.js";
import { SEND_MESSAGE_ERRORS, SendMessageError } from "./send-message-errors.js";
import { templateCreationErrorClass } from "./template-errors.js";

// Families, as in pywa: catch a family to handle every code in it.

/** The token or app may not make this call (codes 0, 3, 10, 190, 200–299). */
export class AuthorizationError extends GraphApiError {}
/** Too many calls or messages; back off and retry later (4, 80007, 130429, 131048, 131056, 131064). */
export class ThrottlingError extends GraphApiError {}
/** The account or number is restricted by WhatsApp's integrity checks (368, 131031, 130497). */
export class IntegrityError extends GraphApiError {}
/** A flow management call failed (1390xx, spec 3.4). */
export class FlowError extends GraphApiError {}

/** 0: the token could not be authenticated. */
export class AuthException extends AuthorizationError {}
/** 3: the app lacks the capability for this API method. */
export class ApiMethodError extends AuthorizationError {}
/** 10: the permission was not granted or was removed. */
export class PermissionDenied extends AuthorizationError {}
/** 190: the access token expired; get a new one (a system-user token does not expire). */
export class ExpiredAccessToken extends AuthorizationError {}
/** 200–299: a permission this call needs is missing. */
export class ApiPermissionError extends AuthorizationError {}

/** 4: the app reached its API call rate limit. */
export class TooManyApiCalls extends ThrottlingError {}
/** 80007: the WhatsApp Business Account reached its rate limit. */
export class RateLimitIssues extends ThrottlingError {}
/** 130429: the Cloud API throughput limit was reached. */
export class RateLimitHit extends ThrottlingError {}
/** 131048: messages were limited because too many were marked as spam. */
export class SpamRateLimitHit extends ThrottlingError {}
/** 131056: too many messages to the same user in a short time. */
export class TooManyMessages extends ThrottlingError {}
/** 131064: the account reached its messaging limit after template classification violations. */
export class MessageFailedToReachMessagingLimit extends ThrottlingError {}
/** 133016: too many registration or deregistration attempts for this number; wait. */
export class RegistrationOrDeregistrationFailed extends ThrottlingError {}

/** 368: temporarily blocked for policy violations. */
export class TemporarilyBlocked extends IntegrityError {}
/** 131031: the business account is locked. */
export class AccountLocked extends IntegrityError {}
/** 130497: the business account may not message users in this country. */
export class AccountRestrictedFromCountry extends IntegrityError {}

/** 139000: the flow was blocked by integrity checks. */
export class FlowBlockedByIntegrity extends FlowError {}
/** 139001: the flow cannot be updated (or its Flow JSON could not be processed; retry). */
export class FlowUpdatingError extends FlowError {}
/** 139002: the flow cannot be published (validation errors or failed publishing checks). */
export class FlowPublishingError extends FlowError {}
/** 139003: only a published flow can be deprecated, once. */
export class FlowDeprecatingError extends FlowError {}
/** 139004: only a draft flow can be deleted. */
export class FlowDeletingError extends FlowError {}
/** 139006: fewer than 250 endpoint requests in the period, so there are no metrics yet. */
export class FlowMetricsThresholdNotReached extends FlowError {}

type GraphErrorClass = new (init: GraphErrorInit) => GraphApiError;

const BY_CODE = new Map<number, GraphErrorClass>([
  [0, AuthException],
  [3, ApiMethodError],
  [10, PermissionDenied],
  [190, ExpiredAccessToken],
  [4, TooManyApiCalls],
  [80007, RateLimitIssues],
  [130429, RateLimitHit],
  [131048, SpamRateLimitHit],
  [131056, TooManyMessages],
  [131064, MessageFailedToReachMessagingLimit],
  [133016, RegistrationOrDeregistrationFailed],
  [368, TemporarilyBlocked],
  [131031, AccountLocked],
  [130497, AccountRestrictedFromCountry],
  ...SEND_MESSAGE_ERRORS,
  ...MANAGEMENT_ERRORS,
  [139000, FlowBlockedByIntegrity],
  [139001, FlowUpdatingError],
  [139002, FlowPublishingError],
  [139003, FlowDeprecatingError],
  [139004, FlowDeletingError],
  [139006, FlowMetricsThresholdNotReached],
]);

/**
 * Makes the typed error for a Graph error body: the class registered for its code, else a
 * template creation error by its `error_subcode` (2388xxx), else the family of its code range,
 * else {@link GraphApiError}.
 */
export function createGraphApiError(init: GraphErrorInit): GraphApiError {
  const code = init.error.code;
  const known = code === undefined ? undefined : BY_CODE.get(code);
  if (known) return new known(init);
  const template = templateCreationErrorClass(init);
  if (template) return new template(init);
  if (code !== undefined && code >= 200 && code < 300) return new ApiPermissionError(init);
  if (code !== undefined && code >= 139000 && code < 139100) return new FlowError(init);
  if (code !== undefined && code >= 131000 && code < 133000) return new SendMessageError(init);
  const family = code === undefined ? undefined : managementFamily(code);
  if (family) return new family(init);
  return new GraphApiError(init);
}
