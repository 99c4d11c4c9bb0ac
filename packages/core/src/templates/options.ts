import type { UploadOptions } from "../uploads/resumable-upload-api.js";
import type { ParamFormat, QualityScoreType, TemplateCategory, TemplateStatus } from "./enums.js";
import type { TemplateLanguage } from "./languages.js";
import type { AnyOTPButton } from "./otp-buttons.js";
import type { TemplateComponentInput } from "./template.js";

/** Per-call options of every templates call. */
export interface TemplateCallOptions {
  /** Aborts the call. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's timeout for this call (ms). */
  timeout?: number | undefined;
}

/** Calls on a WhatsApp Business Account. */
export interface BusinessAccountOptions extends TemplateCallOptions {
  /** The WhatsApp Business Account instead of the default `businessAccountId`. */
  businessAccountId?: string | undefined;
}

/** Options of `createTemplate`. */
export interface CreateTemplateOptions extends BusinessAccountOptions {
  /** The Meta app header examples are uploaded to, instead of the default `appId`. */
  appId?: string | undefined;
}

/** Options of `getTemplates`: filters, all optional, and paging. */
export interface GetTemplatesOptions extends BusinessAccountOptions {
  /** Only templates with these statuses. */
  statuses?: readonly TemplateStatus[] | undefined;
  /** Only templates of these categories. */
  categories?: readonly TemplateCategory[] | undefined;
  /** Only templates in these languages. */
  languages?: readonly TemplateLanguage[] | undefined;
  /** Only templates whose name contains this. */
  name?: string | undefined;
  /** Only templates whose content contains this. */
  content?: string | undefined;
  /** Only templates whose name or content contains this. */
  nameOrContent?: string | undefined;
  /** Only templates with these quality scores. */
  qualityScores?: readonly QualityScoreType[] | undefined;
  /** Templates per page. */
  limit?: number | undefined;
  /** Start after this cursor. */
  after?: string | undefined;
  /** Start before this cursor. */
  before?: string | undefined;
}

/** Options of `updateTemplate`: what to change (at least one). */
export interface UpdateTemplateOptions extends TemplateCallOptions {
  /** A new category. */
  newCategory?: TemplateCategory | undefined;
  /** New components (media examples are uploaded first). */
  newComponents?: readonly TemplateComponentInput[] | undefined;
  /** A new delivery time-to-live, in seconds. */
  newMessageSendTtlSeconds?: number | undefined;
  /** A new parameter format. */
  newParameterFormat?: ParamFormat | undefined;
  /** The Meta app new media examples are uploaded to. */
  appId?: string | undefined;
}

/** Options of `deleteTemplate`. */
export interface DeleteTemplateOptions extends BusinessAccountOptions {
  /** Deletes only the template with this id (else every language of the name). */
  templateId?: string | undefined;
}

/** Options of `compareTemplates`. */
export interface CompareTemplatesOptions extends TemplateCallOptions {
  /** The start of the period. */
  start: Date | number;
  /** The end of the period. */
  end: Date | number;
}

/** Options of `migrateTemplates`. */
export interface MigrateTemplatesOptions extends TemplateCallOptions {
  /** The account to copy templates from. */
  sourceBusinessAccountId: string;
  /** The account to copy to, instead of the default `businessAccountId`. */
  destinationBusinessAccountId?: string | undefined;
  /** Which set of 500 templates to migrate, from 0. */
  pageNumber?: number | undefined;
}

/** Options of `upsertAuthenticationTemplate`. */
export interface UpsertAuthenticationTemplateOptions extends BusinessAccountOptions {
  /** The template's name. */
  name: string;
  /** The languages to create or update it in. */
  languages: readonly TemplateLanguage[];
  /** The OTP button: copy code, one tap or zero tap. */
  otpButton: AnyOTPButton;
  /** Adds "For your security, do not share this code." */
  addSecurityRecommendation?: boolean | undefined;
  /** Adds "This code expires in N minutes." (1 to 90). */
  codeExpirationMinutes?: number | undefined;
  /** How long Meta tries to deliver a sent code, in seconds. */
  messageSendTtlSeconds?: number | undefined;
}

/** Options of the upload of header examples, passed through to the Resumable Upload API. */
export type ExampleUploadOptions = Pick<UploadOptions, "appId" | "signal" | "timeout">;
