import { z } from "zod";
import type { FacebookApplication } from "../flows/types.js";
import type {
  BusinessVerificationStatus,
  MarketingMessagesLiteApiStatus,
  MarketingMessagesOnboardingStatus,
} from "./enums.js";

/** A business portfolio as an account names it (its owner, or the business it serves). */
export interface BusinessInfo {
  /** The portfolio id. */
  id: string;
  /** The portfolio name. */
  name: string | undefined;
}

/** A WhatsApp Business Account (WABA), as `getBusinessAccount` and the account lists return it. */
export interface BusinessAccount {
  /** The account id (the WABA id). */
  id: string;
  /** The name shown in WhatsApp Manager. */
  name: string;
  /** The time zone id (Meta's timezone ids, such as `"1"` for America/Los_Angeles). */
  timezoneId: string | undefined;
  /** The namespace of the account's message templates. */
  messageTemplateNamespace: string | undefined;
  /** The account status, such as `ACTIVE`. */
  status: string | undefined;
  /** The verification status of the owning business portfolio. */
  businessVerificationStatus: BusinessVerificationStatus | undefined;
  /** Whether template analytics are on. */
  isEnabledForInsights: boolean | undefined;
  /** Whether the account may use the Marketing Messages Lite API. */
  marketingMessagesLiteApiStatus: MarketingMessagesLiteApiStatus | undefined;
  /** Where the account stands in Marketing Messages Lite onboarding. */
  marketingMessagesOnboardingStatus: MarketingMessagesOnboardingStatus | undefined;
  /** The business the account is managed for (accounts shared with a solution partner). */
  onBehalfOfBusinessInfo: BusinessInfo | undefined;
  /** The business portfolio that owns the account. */
  ownerBusinessInfo: BusinessInfo | undefined;
  /** The ownership type, such as `CLIENT_OWNED`. */
  ownershipType: string | undefined;
  /** The account review status, such as `APPROVED`. */
  accountReviewStatus: string | undefined;
  /** The currency payments are made in. */
  currency: string | undefined;
  /** The country of the owning business portfolio. */
  country: string | undefined;
  /** Whether marketing templates are refused on Cloud API (sent through MM Lite instead). */
  disableMarketingMessagesOnCloudApi: boolean | undefined;
  /** The apps subscribed to the account's webhooks. */
  subscribedApps: FacebookApplication[] | undefined;
  /** The account's health status, as Graph sent it. */
  healthStatus: Record<string, unknown> | undefined;
}

/** The fields asked for every account, so lists and single gets return the same object. */
export const BUSINESS_ACCOUNT_FIELDS = [
  "id",
  "name",
  "timezone_id",
  "message_template_namespace",
  "status",
  "business_verification_status",
  "is_enabled_for_insights",
  "marketing_messages_lite_api_status",
  "marketing_messages_onboarding_status",
  "on_behalf_of_business_info",
  "owner_business_info",
  "ownership_type",
  "account_review_status",
  "currency",
  "country",
  "disable_marketing_messages_on_cloud_api",
  "subscribed_apps",
  "health_status",
] as const;

const businessInfo = z.looseObject({ id: z.string(), name: z.string().optional() });
const app = z.looseObject({
  whatsapp_business_api_data: z.looseObject({
    id: z.string(),
    name: z.string().optional(),
    link: z.string().optional(),
  }),
});

export const businessAccountSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  timezone_id: z.string().optional(),
  message_template_namespace: z.string().optional(),
  status: z.string().optional(),
  business_verification_status: z.string().optional(),
  is_enabled_for_insights: z.boolean().optional(),
  marketing_messages_lite_api_status: z.string().optional(),
  marketing_messages_onboarding_status: z.string().optional(),
  on_behalf_of_business_info: businessInfo.optional(),
  owner_business_info: businessInfo.optional(),
  ownership_type: z.string().optional(),
  account_review_status: z.string().optional(),
  currency: z.string().optional(),
  country: z.string().optional(),
  disable_marketing_messages_on_cloud_api: z.boolean().optional(),
  subscribed_apps: z.looseObject({ data: z.array(app) }).optional(),
  health_status: z.record(z.string(), z.unknown()).optional(),
});

const toInfo = (info: z.output<typeof businessInfo> | undefined): BusinessInfo | undefined =>
  info && { id: info.id, name: info.name };

/** Turns a checked account object into a {@link BusinessAccount}. */
export function toBusinessAccount(raw: z.output<typeof businessAccountSchema>): BusinessAccount {
  return {
    id: raw.id,
    name: raw.name,
    timezoneId: raw.timezone_id,
    messageTemplateNamespace: raw.message_template_namespace,
    status: raw.status,
    businessVerificationStatus: raw.business_verification_status,
    isEnabledForInsights: raw.is_enabled_for_insights,
    marketingMessagesLiteApiStatus: raw.marketing_messages_lite_api_status,
    marketingMessagesOnboardingStatus: raw.marketing_messages_onboarding_status,
    onBehalfOfBusinessInfo: toInfo(raw.on_behalf_of_business_info),
    ownerBusinessInfo: toInfo(raw.owner_business_info),
    ownershipType: raw.ownership_type,
    accountReviewStatus: raw.account_review_status,
    currency: raw.currency,
    country: raw.country,
    disableMarketingMessagesOnCloudApi: raw.disable_marketing_messages_on_cloud_api,
    subscribedApps: raw.subscribed_apps?.data.map(({ whatsapp_business_api_data: a }) => ({
      id: a.id,
      name: a.name,
      link: a.link,
    })),
    healthStatus: raw.health_status,
  };
}
