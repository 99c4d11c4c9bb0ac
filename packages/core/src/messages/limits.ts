/**
 * Every limit tswa checks before sending a message, with where Meta documents it. Meta rejects a
 * message over these limits only after a round trip, with an opaque error; tswa throws a
 * `TypeError` that names the field, the limit and the value's length instead.
 */

/** One documented limit: the largest allowed value (or count, or length) and its source. */
export interface MessageLimit {
  /** The smallest allowed value (counts and numbers; lengths start at 1 unless said). */
  readonly min?: number;
  /** The largest allowed value: characters for text, items for lists, units for numbers. */
  readonly max: number;
  /** Where Meta (or, failing that, pywa) documents it. */
  readonly source: string;
}

/** The name of a limit in {@link MESSAGE_LIMITS}, such as `replyButtonTitle`. */
export type MessageLimitName =
  | "textBody"
  | "interactiveBody"
  | "headerText"
  | "footerText"
  | "caption"
  | "replyButtons"
  | "replyButtonTitle"
  | "replyButtonId"
  | "ctaDisplayText"
  | "listButtonText"
  | "listSections"
  | "listRows"
  | "sectionTitle"
  | "rowTitle"
  | "rowDescription"
  | "rowId"
  | "flowCta"
  | "voiceCallDisplayText"
  | "voiceCallTtlMinutes"
  | "tracker"
  | "latitude"
  | "longitude"
  | "contacts"
  | "carouselCards"
  | "carouselCardBody"
  | "carouselCardButtons"
  | "productSections"
  | "productItems"
  | "pinExpirationDays";

const DOCS = "https://developers.facebook.com/documentation/business-messaging/whatsapp";

const LIMITS = {
  textBody: { max: 4096, source: `${DOCS}/messages/text-messages` },
  interactiveBody: { max: 1024, source: `${DOCS}/messages/interactive-reply-buttons-messages` },
  headerText: { max: 60, source: `${DOCS}/messages/interactive-reply-buttons-messages` },
  footerText: { max: 60, source: `${DOCS}/messages/interactive-reply-buttons-messages` },
  caption: { max: 1024, source: `${DOCS}/messages/image-messages` },
  replyButtons: { min: 1, max: 3, source: `${DOCS}/messages/interactive-reply-buttons-messages` },
  replyButtonTitle: { max: 20, source: `${DOCS}/messages/interactive-reply-buttons-messages` },
  replyButtonId: { max: 256, source: `${DOCS}/messages/interactive-reply-buttons-messages` },
  ctaDisplayText: { max: 20, source: `${DOCS}/messages/interactive-cta-url-messages` },
  listButtonText: { max: 20, source: `${DOCS}/messages/interactive-list-messages` },
  listSections: { min: 1, max: 10, source: `${DOCS}/messages/interactive-list-messages` },
  listRows: { min: 1, max: 10, source: `${DOCS}/messages/interactive-list-messages` },
  sectionTitle: { max: 24, source: `${DOCS}/messages/interactive-list-messages` },
  rowTitle: { max: 24, source: `${DOCS}/messages/interactive-list-messages` },
  rowDescription: { max: 72, source: `${DOCS}/messages/interactive-list-messages` },
  rowId: { max: 200, source: `${DOCS}/messages/interactive-list-messages` },
  flowCta: { max: 30, source: `${DOCS}/flows/guides/sendingaflow` },
  voiceCallDisplayText: { max: 20, source: `${DOCS}/calling/call-button-messages-deep-links` },
  voiceCallTtlMinutes: {
    min: 1,
    max: 43_200,
    source: `${DOCS}/calling/call-button-messages-deep-links`,
  },
  tracker: { max: 512, source: `${DOCS}/reference/whatsapp-business-phone-number/message-api` },
  latitude: { min: -90, max: 90, source: `${DOCS}/messages/location-messages` },
  longitude: { min: -180, max: 180, source: `${DOCS}/messages/location-messages` },
  contacts: { min: 1, max: 257, source: `${DOCS}/messages/contacts-messages` },
  carouselCards: {
    min: 2,
    max: 10,
    source: `${DOCS}/messages/interactive-media-carousel-messages`,
  },
  carouselCardBody: {
    max: 160,
    source: `${DOCS}/messages/interactive-media-carousel-messages`,
  },
  carouselCardButtons: {
    min: 1,
    max: 3,
    source: "pywa types/callback.py (ImageCarouselCard: up to 3 Buttons)",
  },
  productSections: { min: 1, max: 10, source: `${DOCS}/catalogs/sell-products-and-services` },
  productItems: { min: 1, max: 30, source: `${DOCS}/catalogs/sell-products-and-services` },
  pinExpirationDays: { min: 1, max: 30, source: `${DOCS}/groups/groups-messaging` },
} as const satisfies Record<MessageLimitName, MessageLimit>;

/**
 * The limits of the messages endpoint, by name. Lengths are in characters (Unicode code
 * points), counts in items.
 *
 * @example
 * ```ts
 * import { MESSAGE_LIMITS } from "@tswa/core";
 *
 * console.log(MESSAGE_LIMITS.replyButtonTitle.max); // 20
 * ```
 */
export const MESSAGE_LIMITS: Readonly<Record<MessageLimitName, MessageLimit>> = LIMITS;
