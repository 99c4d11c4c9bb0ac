import { filters, type Update } from "tswa";
import { describe, expect, it } from "vitest";
import { passing } from "./examples.js";

const MEDIA = [
  "message/image",
  "message/media_with_url",
  "message/video",
  "message/document",
  "message/audio",
  "message/voice",
  "message/static_sticker",
  "message/animated_sticker",
];
const TEXTS = [
  "message/text",
  "message/reply",
  "message/forwarded",
  "message/forwarded_many_times",
  "message/referral",
  "outgoing_message/text",
];
const BUTTONS = [
  "callback_button/button",
  "callback_button/quick_reply",
  "callback_button/quick_reply_without_context",
];
const SELECTIONS = ["callback_selection/callback", "callback_selection/description"];
const STATUSES = ["sent", "delivered", "read", "played", "failed", "with_tracker"].map(
  (s) => `message_status/${s}`,
);
const MESSAGES = [
  "message/text",
  ...MEDIA.slice(0, 2),
  "message/video",
  "message/document",
  "message/audio",
  "message/voice",
  "message/static_sticker",
  "message/animated_sticker",
  "message/reaction",
  "message/unreaction_empty",
  "message/unreaction_no_emoji",
  "message/current_location",
  "message/chosen_location",
  "message/contacts",
  "message/order",
  "message/unsupported",
  "message/unsupported_with_type",
  "message/reply",
  "message/forwarded",
  "message/forwarded_many_times",
  "message/interactive_message_with_err",
  "message/referral",
  "outgoing_message/text",
];
/** The examples from user 16505551234 to phone number id 106540352242922. */
const FROM_16505551234 = [
  "edited_message/image",
  "user_marketing_preferences/resume",
  "user_marketing_preferences/signup",
];
const ACCOUNT = (...names: string[]) => names.map((n) => `account_update/${n}`);

/**
 * Each filter against every update of pywa's payload examples: the exact list of examples it
 * passes (so it also fails every other kind of update, as a listener's filters must).
 */
const TABLE: [string, (update: Update) => unknown, string[]][] = [
  ["true", filters.true, "all"] as never,
  ["false", filters.false, []],
  ["message", filters.message, MESSAGES],
  ["text", filters.text, TEXTS],
  ["image", filters.image, ["message/image", "message/media_with_url"]],
  ["video", filters.video, ["message/video"]],
  ["document", filters.document, ["message/document"]],
  ["audio", filters.audio, ["message/audio", "message/voice"]],
  ["sticker", filters.sticker, ["message/static_sticker", "message/animated_sticker"]],
  ["location", filters.location, ["message/current_location", "message/chosen_location"]],
  [
    "reaction",
    filters.reaction,
    ["message/reaction", "message/unreaction_empty", "message/unreaction_no_emoji"],
  ],
  ["contacts", filters.contacts, ["message/contacts"]],
  ["order", filters.order, ["message/order"]],
  ["unsupported", filters.unsupported, ["message/unsupported", "message/unsupported_with_type"]],
  ["media", filters.media, MEDIA],
  [
    "mimetypes",
    filters.mimetypes("application/pdf", "audio/ogg"),
    ["message/document", "message/audio", "message/voice"],
  ],
  [
    "extensions",
    filters.extensions(".pdf", "jpg"),
    ["message/image", "message/media_with_url", "message/document"],
  ],
  ["hasCaption", filters.hasCaption, ["message/video", "message/document"]],
  ["audioOnly", filters.audioOnly, ["message/audio"]],
  ["voice", filters.voice, ["message/voice"]],
  ["animatedSticker", filters.animatedSticker, ["message/animated_sticker"]],
  ["staticSticker", filters.staticSticker, ["message/static_sticker"]],
  ["currentLocation", filters.currentLocation, ["message/current_location"]],
  [
    "locationInRadius (1 km of Meta's HQ)",
    filters.locationInRadius({ latitude: 37.4847, longitude: -122.1477, radiusKm: 7 }),
    ["message/chosen_location"],
  ],
  [
    "locationInRadius (too small a radius)",
    filters.locationInRadius({ latitude: 37.4847, longitude: -122.1477, radiusKm: 5 }),
    [],
  ],
  ["reactionAdded", filters.reactionAdded, ["message/reaction"]],
  [
    "reactionRemoved",
    filters.reactionRemoved,
    ["message/unreaction_empty", "message/unreaction_no_emoji"],
  ],
  ["reactionEmojis (😮)", filters.reactionEmojis("😮", "👍"), ["message/reaction"]],
  ["reactionEmojis (👍)", filters.reactionEmojis("👍"), []],
  ["contactsHasWa", filters.contactsHasWa, ["message/contacts"]],
  ["contactInfoShared", filters.contactInfoShared, []],
  ["reply", filters.reply, ["message/reply", "message/interactive_message_with_err"]],
  [
    "repliesTo",
    filters.repliesTo("wamid.xyzxyz=="),
    ["message/reply", "callback_button/quick_reply"],
  ],
  [
    "forwarded",
    filters.forwarded,
    [
      "message/video",
      "message/document",
      "message/audio",
      "message/current_location",
      "message/chosen_location",
      "message/forwarded",
      "message/forwarded_many_times",
    ],
  ],
  ["forwardedManyTimes", filters.forwardedManyTimes, ["message/forwarded_many_times"]],
  ["hasReferral", filters.hasReferral, ["message/referral"]],
  ["hasReferredProduct", filters.hasReferredProduct, []],
  ["callbackButton", filters.callbackButton, BUTTONS],
  ["callbackSelection", filters.callbackSelection, SELECTIONS],
  ["messageStatus", filters.messageStatus, STATUSES],
  ["sent", filters.sent, ["message_status/sent", "message_status/with_tracker"]],
  ["delivered", filters.delivered, ["message_status/delivered"]],
  ["read", filters.read, ["message_status/read"]],
  ["played", filters.played, ["message_status/played"]],
  ["failed", filters.failed, ["message_status/failed"]],
  ["failedWith (code)", filters.failedWith(131047, 130472), ["message_status/failed"]],
  ["failedWith (other code)", filters.failedWith(131047), []],
  ["withTracker", filters.withTracker, ["message_status/with_tracker"]],
  [
    "flowCompletion",
    filters.flowCompletion,
    ["flow_completion/completion", "flow_completion/without_flow_token"],
  ],
  ["flowToken", filters.flowToken("AQAAAAACS5FpgQ_cAAAAAD0QI3s."), ["flow_completion/completion"]],
  [
    "templateStatus",
    filters.templateStatus,
    ["template_status_update/approved", "template_status_update/rejected"],
  ],
  ["templateStatusApproved", filters.templateStatusApproved, ["template_status_update/approved"]],
  ["templateStatusRejected", filters.templateStatusRejected, ["template_status_update/rejected"]],
  ["templateQuality", filters.templateQuality, ["template_quality_update/yellow"]],
  ["templateCategory", filters.templateCategory, ["template_category_update/marketing"]],
  ["templateComponents", filters.templateComponents, ["template_components_update/element"]],
  [
    "callConnect",
    filters.callConnect,
    ["call_connect/business_initiated", "call_connect/user_initiated"],
  ],
  ["outgoingCall", filters.outgoingCall, ["call_connect/business_initiated"]],
  ["incomingCall", filters.incomingCall, ["call_connect/user_initiated"]],
  ["callTerminate", filters.callTerminate, ["call_terminate/call_terminate"]],
  ["callStatus", filters.callStatus, ["call_status/call_status"]],
  ["callRinging", filters.callRinging, ["call_status/call_status"]],
  ["callAnswered", filters.callAnswered, []],
  ["callRejected", filters.callRejected, []],
  [
    "callPermissionUpdate",
    filters.callPermissionUpdate,
    ["call_permission_update/accept", "call_permission_update/reject"],
  ],
  ["callPermissionAccepted", filters.callPermissionAccepted, ["call_permission_update/accept"]],
  ["callPermissionRejected", filters.callPermissionRejected, ["call_permission_update/reject"]],
  ["phoneNumberChange", filters.phoneNumberChange, ["system/phone_number_change"]],
  ["identityChange", filters.identityChange, ["system/identity_change"]],
  [
    "userMarketingPreferences",
    filters.userMarketingPreferences,
    ["user_marketing_preferences/resume", "user_marketing_preferences/signup"],
  ],
  [
    "userMarketingPreferencesResume",
    filters.userMarketingPreferencesResume,
    ["user_marketing_preferences/resume"],
  ],
  ["userMarketingPreferencesStop", filters.userMarketingPreferencesStop, []],
  [
    "accountUpdate",
    filters.accountUpdate,
    ACCOUNT(
      "account_deleted",
      "account_restriction",
      "account_violation",
      "ad_account_linked",
      "authentication_international_eligibility",
      "account_disabled",
      "mm_api_for_wa_terms_of_service",
      "partner_added",
      "partner_app_installed",
      "partner_app_uninstalled",
      "partner_led_business_verification_status",
      "partner_removed",
      "partner_removed_wa_app_disconnection",
      "primary_business_location_set",
      "pricing_tiering_update",
      "account_offboarded",
      "account_reconnected",
    ),
  ],
  ["accountDeleted", filters.accountDeleted, ACCOUNT("account_deleted")],
  ["accountRestriction", filters.accountRestriction, ACCOUNT("account_restriction")],
  ["accountViolation", filters.accountViolation, ACCOUNT("account_violation")],
  ["adAccountLinked", filters.adAccountLinked, ACCOUNT("ad_account_linked")],
  [
    "authIntlPriceEligibilityUpdate",
    filters.authIntlPriceEligibilityUpdate,
    ACCOUNT("authentication_international_eligibility"),
  ],
  [
    "businessPrimaryLocationCountryUpdate",
    filters.businessPrimaryLocationCountryUpdate,
    ACCOUNT("primary_business_location_set"),
  ],
  ["accountDisabled", filters.accountDisabled, ACCOUNT("account_disabled")],
  ["mmLiteTermsSigned", filters.mmLiteTermsSigned, ACCOUNT("mm_api_for_wa_terms_of_service")],
  ["partnerAdded", filters.partnerAdded, ACCOUNT("partner_added")],
  ["partnerAppInstalled", filters.partnerAppInstalled, ACCOUNT("partner_app_installed")],
  ["partnerAppUninstalled", filters.partnerAppUninstalled, ACCOUNT("partner_app_uninstalled")],
  [
    "partnerClientCertificationStatusUpdate",
    filters.partnerClientCertificationStatusUpdate,
    ACCOUNT("partner_led_business_verification_status"),
  ],
  [
    "partnerRemoved",
    filters.partnerRemoved,
    ACCOUNT("partner_removed", "partner_removed_wa_app_disconnection"),
  ],
  [
    "volumeBasedPricingTierUpdate",
    filters.volumeBasedPricingTierUpdate,
    ACCOUNT("pricing_tiering_update"),
  ],
  ["accountOffboarded", filters.accountOffboarded, ACCOUNT("account_offboarded")],
  ["accountReconnected", filters.accountReconnected, ACCOUNT("account_reconnected")],
  ["matches (text)", filters.matches("Body Text"), ["message/text"]],
  ["matches (ignoreCase)", filters.matches("body text", { ignoreCase: true }), ["message/text"]],
  ["matches (case differs)", filters.matches("body text"), []],
  ["matches (data)", filters.matches("callback_data"), [...BUTTONS, ...SELECTIONS]],
  ["matches (tracker)", filters.matches("some data"), ["message_status/with_tracker"]],
  [
    "matches (flow body)",
    filters.matches("Sent"),
    ["flow_completion/completion", "flow_completion/without_flow_token"],
  ],
  [
    "matches (flow token)",
    filters.matches("AQAAAAACS5FpgQ_cAAAAAD0QI3s."),
    ["flow_completion/completion"],
  ],
  ["matches (caption)", filters.matches("caption"), ["message/video", "message/document"]],
  ["startsWith", filters.startsWith("forwarded"), ["message/forwarded"]],
  [
    "startsWith (ignoreCase)",
    filters.startsWith("FORWARDED", "TEXT", { ignoreCase: true }),
    ["message/forwarded", "message/forwarded_many_times"],
  ],
  ["endsWith", filters.endsWith(" text"), ["message/reply", "message/forwarded"]],
  [
    "contains",
    filters.contains("forwarded"),
    ["message/forwarded", "message/forwarded_many_times"],
  ],
  ["regex (RegExp)", filters.regex(/^b/i), ["message/text", "message/referral"]],
  [
    "regex (string, anchored at the start as re.match)",
    filters.regex("callback"),
    [...BUTTONS, ...SELECTIONS],
  ],
  ["regex (string not at the start)", filters.regex("data"), []],
  [
    "fromUsers (phone number in any format)",
    filters.fromUsers("+1 (650) 555-1234"),
    FROM_16505551234,
  ],
  ["updateId", filters.updateId("wamid.xsidjw"), ["callback_button/quick_reply"]],
  [
    "sentTo (phone number id)",
    filters.sentTo({ phoneNumberId: "106540352242922" }),
    FROM_16505551234,
  ],
  [
    "sentTo (display number in any format)",
    filters.sentTo({ displayPhoneNumber: "+1 555-078-3881" }),
    FROM_16505551234,
  ],
  ["fromGroups", filters.fromGroups("fowefinoewcnw"), ["message_status/group"]],
  ["group", filters.group, []],
];

describe("filters over pywa's payload examples", () => {
  it.each(TABLE)("%s passes exactly its examples", async (_name, filter, expected) => {
    const all = await passing(filters.true);
    expect(await passing(filter)).toEqual(
      (expected as unknown) === "all" ? all : all.filter((l) => expected.includes(l)),
    );
    if ((expected as unknown) !== "all") expect(await passing(filter)).toEqual(expected);
  });
});
