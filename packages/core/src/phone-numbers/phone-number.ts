import { z } from "zod";

/** A command users see by typing `/` in a chat with the business. */
export interface Command {
  /** The command, without the slash (at most 32 characters). */
  name: string;
  /** What it does (at most 256 characters). */
  description: string;
}

/** The conversational components of a phone number: ice breakers and commands. */
export interface ConversationalAutomation {
  /** The tappable openers shown the first time a user chats with the business. */
  iceBreakers: string[];
  /** The `/` commands. */
  commands: Command[];
  /** Whether the welcome-message webhook is on, when Graph says. */
  enableWelcomeMessage: boolean | undefined;
}

/** A business phone number, as `getBusinessPhoneNumber(s)` returns it. */
export interface BusinessPhoneNumber {
  /** The phone number id (what `phoneId` options take). */
  id: string;
  /** The display name shown in chats once approved. */
  verifiedName: string | undefined;
  /** The number in international format, such as `+1 631-555-5555`. */
  displayPhoneNumber: string | undefined;
  /** The operating status, such as `CONNECTED` or `FLAGGED`. */
  status: string | undefined;
  /** The quality rating: `GREEN`, `YELLOW`, `RED` or `UNKNOWN`. */
  qualityRating: string | undefined;
  /** The review status of the display name, such as `APPROVED`. */
  nameStatus: string | undefined;
  /** The review status of a requested new display name. */
  newNameStatus: string | undefined;
  /** The one-time-password verification status: `NOT_VERIFIED`, `VERIFIED` or `EXPIRED`. */
  codeVerificationStatus: string | undefined;
  /** `SANDBOX` or `LIVE`. */
  accountMode: string | undefined;
  /** `CLOUD_API`, `ON_PREMISE` or `NOT_APPLICABLE` (not registered). */
  platformType: string | undefined;
  /** The messaging limit tier, such as `TIER_1K`. */
  messagingLimit: string | undefined;
  /** The throughput level, such as `STANDARD` or `HIGH`. */
  throughputLevel: string | undefined;
  /** Whether the number is also on the WhatsApp Business app. */
  isOnBizApp: boolean;
  /** Whether the number belongs to an Official Business Account. */
  isOfficialBusinessAccount: boolean;
  /** Whether two-step verification is on. */
  isPinEnabled: boolean;
  /** Whether the number was pre-verified. */
  isPreverifiedNumber: boolean;
  /** Whether the number shows in WhatsApp business search. */
  searchVisibility: string | undefined;
  /** The country code, such as `US`. */
  countryCode: string | undefined;
  /** The country calling code, such as `1`. */
  countryDialCode: string | undefined;
  /** When the number was added to its account, as Graph wrote it. */
  lastOnboardedTime: string | undefined;
  /** Ice breakers and commands, when set. */
  conversationalAutomation: ConversationalAutomation | undefined;
  /** The webhook override URLs (`application`, `whatsapp_business_account`, `phone_number`). */
  webhookConfiguration: Record<string, string> | undefined;
  /** The quality score, as Graph sent it. */
  qualityScore: Record<string, unknown> | undefined;
  /** The health status, as Graph sent it. */
  healthStatus: Record<string, unknown> | undefined;
}

/** The fields asked for every phone number. */
export const PHONE_NUMBER_FIELDS = [
  "id",
  "verified_name",
  "display_phone_number",
  "status",
  "quality_rating",
  "name_status",
  "new_name_status",
  "code_verification_status",
  "account_mode",
  "platform_type",
  "whatsapp_business_manager_messaging_limit",
  "throughput",
  "is_on_biz_app",
  "is_official_business_account",
  "is_pin_enabled",
  "is_preverified_number",
  "search_visibility",
  "country_code",
  "country_dial_code",
  "last_onboarded_time",
  "conversational_automation",
  "webhook_configuration",
  "quality_score",
  "health_status",
] as const;

const automationSchema = z.looseObject({
  prompts: z.array(z.string()).optional(),
  commands: z
    .array(z.looseObject({ command_name: z.string(), command_description: z.string() }))
    .optional(),
  enable_welcome_message: z.boolean().optional(),
});

export const phoneNumberSchema = z.looseObject({
  id: z.string(),
  verified_name: z.string().optional(),
  display_phone_number: z.string().optional(),
  status: z.string().optional(),
  quality_rating: z.string().optional(),
  name_status: z.string().optional(),
  new_name_status: z.string().optional(),
  code_verification_status: z.string().optional(),
  account_mode: z.string().optional(),
  platform_type: z.string().optional(),
  whatsapp_business_manager_messaging_limit: z.string().optional(),
  throughput: z.looseObject({ level: z.string().optional() }).optional(),
  is_on_biz_app: z.boolean().optional(),
  is_official_business_account: z.boolean().optional(),
  is_pin_enabled: z.boolean().optional(),
  is_preverified_number: z.boolean().optional(),
  search_visibility: z.string().optional(),
  country_code: z.string().optional(),
  country_dial_code: z.string().optional(),
  last_onboarded_time: z.string().optional(),
  conversational_automation: automationSchema.optional(),
  webhook_configuration: z.record(z.string(), z.string()).optional(),
  quality_score: z.record(z.string(), z.unknown()).optional(),
  health_status: z.record(z.string(), z.unknown()).optional(),
});

/** Turns a checked phone number object into a {@link BusinessPhoneNumber}. */
export function toPhoneNumber(raw: z.output<typeof phoneNumberSchema>): BusinessPhoneNumber {
  const automation = raw.conversational_automation;
  return {
    id: raw.id,
    verifiedName: raw.verified_name,
    displayPhoneNumber: raw.display_phone_number,
    status: raw.status,
    qualityRating: raw.quality_rating,
    nameStatus: raw.name_status,
    newNameStatus: raw.new_name_status,
    codeVerificationStatus: raw.code_verification_status,
    accountMode: raw.account_mode,
    platformType: raw.platform_type,
    messagingLimit: raw.whatsapp_business_manager_messaging_limit,
    throughputLevel: raw.throughput?.level,
    isOnBizApp: raw.is_on_biz_app ?? false,
    isOfficialBusinessAccount: raw.is_official_business_account ?? false,
    isPinEnabled: raw.is_pin_enabled ?? false,
    isPreverifiedNumber: raw.is_preverified_number ?? false,
    searchVisibility: raw.search_visibility,
    countryCode: raw.country_code,
    countryDialCode: raw.country_dial_code,
    lastOnboardedTime: raw.last_onboarded_time,
    conversationalAutomation: automation && {
      iceBreakers: automation.prompts ?? [],
      commands: (automation.commands ?? []).map((c) => ({
        name: c.command_name,
        description: c.command_description,
      })),
      enableWelcomeMessage: automation.enable_welcome_message,
    },
    webhookConfiguration: raw.webhook_configuration,
    qualityScore: raw.quality_score,
    healthStatus: raw.health_status,
  };
}
