// Const objects plus union types, as for flows: `TemplateStatus.APPROVED` and `"APPROVED"` are
// the same value, and a value Graph adds later arrives as a plain string.

/** What a template is for; Meta prices and reviews each category differently. */
export const TemplateCategory = {
  /** One-time passwords and other identity checks. */
  AUTHENTICATION: "AUTHENTICATION",
  /** Promotions, offers, announcements, re-engagement. */
  MARKETING: "MARKETING",
  /** Follow-ups on something the user did or asked for (orders, bookings, alerts). */
  UTILITY: "UTILITY",
} as const;
/** A {@link TemplateCategory} value, or another string Graph may send. */
export type TemplateCategory =
  | (typeof TemplateCategory)[keyof typeof TemplateCategory]
  | (string & {});

/** The review status of a template. */
export const TemplateStatus = {
  /** Approved: can be sent. */
  APPROVED: "APPROVED",
  /** Disabled after repeated low quality. */
  DISABLED: "DISABLED",
  /** A rejection is being appealed. */
  IN_APPEAL: "IN_APPEAL",
  /** In review. */
  PENDING: "PENDING",
  /** Approved again after an appeal or a pause. */
  REINSTATED: "REINSTATED",
  /** Rejected in review (see `rejectedReason`). */
  REJECTED: "REJECTED",
  /** Deleted. */
  DELETED: "DELETED",
  /** Being deleted. */
  PENDING_DELETION: "PENDING_DELETION",
  /** Flagged for low quality; paused if it stays so. */
  FLAGGED: "FLAGGED",
  /** Paused for low quality; `unpauseTemplate` may lift it. */
  PAUSED: "PAUSED",
  /** The account's template limit was reached. */
  LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
  /** Archived (`archiveTemplates`). */
  ARCHIVED: "ARCHIVED",
  /** Unarchived (`unarchiveTemplates`). */
  UNARCHIVED: "UNARCHIVED",
  /** Locked: cannot be edited. */
  LOCKED: "LOCKED",
} as const;
/** A {@link TemplateStatus} value, or another string Graph may send. */
export type TemplateStatus = (typeof TemplateStatus)[keyof typeof TemplateStatus] | (string & {});

/** Why a template was rejected. */
export const TemplateRejectionReason = {
  /** Promotional content in a non-marketing template. */
  PROMOTIONAL: "PROMOTIONAL",
  /** Abusive content. */
  ABUSIVE_CONTENT: "ABUSIVE_CONTENT",
  /** The category does not fit the content. */
  INCORRECT_CATEGORY: "INCORRECT_CATEGORY",
  /** Badly formed (parameters, formatting). */
  INVALID_FORMAT: "INVALID_FORMAT",
  /** The content does not match its tag. */
  TAG_CONTENT_MISMATCH: "TAG_CONTENT_MISMATCH",
  /** Looks like a scam. */
  SCAM: "SCAM",
  /** Not rejected. */
  NONE: "NONE",
} as const;
/** A {@link TemplateRejectionReason} value, or another string Graph may send. */
export type TemplateRejectionReason =
  | (typeof TemplateRejectionReason)[keyof typeof TemplateRejectionReason]
  | (string & {});

/** How the placeholders of a template's header and body are written. */
export const ParamFormat = {
  /** Numbered: `{{1}}`, `{{2}}`, … */
  POSITIONAL: "POSITIONAL",
  /** Named: `{{first_name}}`, … */
  NAMED: "NAMED",
} as const;
/** A {@link ParamFormat} value, or another string Graph may send. */
export type ParamFormat = (typeof ParamFormat)[keyof typeof ParamFormat] | (string & {});

/** The kinds of OTP button of an authentication template. */
export const OtpType = {
  /** A button that copies the code. */
  COPY_CODE: "COPY_CODE",
  /** A button that fills the code into your Android app. */
  ONE_TAP: "ONE_TAP",
  /** The code goes to your Android app with no tap at all. */
  ZERO_TAP: "ZERO_TAP",
} as const;
/** An {@link OtpType} value, or another string Graph may send. */
export type OtpType = (typeof OtpType)[keyof typeof OtpType] | (string & {});

/** The icon of a template's flow button. */
export const FlowButtonIcon = {
  /** A document. */
  DOCUMENT: "DOCUMENT",
  /** A promotion. */
  PROMOTION: "PROMOTION",
  /** A review. */
  REVIEW: "REVIEW",
} as const;
/** A {@link FlowButtonIcon} value, or another string Graph may send. */
export type FlowButtonIcon = (typeof FlowButtonIcon)[keyof typeof FlowButtonIcon] | (string & {});

/** A template's quality rating. */
export const QualityScoreType = {
  /** High quality. */
  GREEN: "GREEN",
  /** Medium quality. */
  YELLOW: "YELLOW",
  /** Low quality. */
  RED: "RED",
  /** Not rated yet. */
  UNKNOWN: "UNKNOWN",
} as const;
/** A {@link QualityScoreType} value, or another string Graph may send. */
export type QualityScoreType =
  | (typeof QualityScoreType)[keyof typeof QualityScoreType]
  | (string & {});

/** Why users blocked a business after a template (`compareTemplates`). */
export const TopBlockReasonType = {
  /** The user no longer needs the messages. */
  NO_LONGER_NEEDED: "NO_LONGER_NEEDED",
  /** No reason. */
  NO_REASON: "NO_REASON",
  /** No reason given. */
  NO_REASON_GIVEN: "NO_REASON_GIVEN",
  /** The user did not sign up. */
  NO_SIGN_UP: "NO_SIGN_UP",
  /** Offensive messages. */
  OFFENSIVE_MESSAGES: "OFFENSIVE_MESSAGES",
  /** Another reason. */
  OTHER: "OTHER",
  /** The user did not ask for a code. */
  OTP_DID_NOT_REQUEST: "OTP_DID_NOT_REQUEST",
  /** Spam. */
  SPAM: "SPAM",
  /** Unknown. */
  UNKNOWN_BLOCK_REASON: "UNKNOWN_BLOCK_REASON",
} as const;
/** A {@link TopBlockReasonType} value, or another string Graph may send. */
export type TopBlockReasonType =
  | (typeof TopBlockReasonType)[keyof typeof TopBlockReasonType]
  | (string & {});
