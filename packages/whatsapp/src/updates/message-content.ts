import type { ContactEmail, ContactPhone, ContactUrl } from "@tswa/core";
import { type JsonRecord, listOf, num, optNum, optObject, optStr, str } from "./read.js";

/** A location a user shared (`Message.location`). */
export interface Location {
  /** Latitude in degrees. */
  latitude: number;
  /** Longitude in degrees. */
  longitude: number;
  /** The place's name, for a chosen place. */
  name: string | undefined;
  /** The place's address, for a chosen place. */
  address: string | undefined;
  /** A link to the place, for a chosen place. */
  url: string | undefined;
  /** Whether the user shared where they are (no name, address or url) rather than a place. */
  currentLocation: boolean;
}

/** A reaction (`Message.reaction`): `emoji` is `undefined` when the user removed it. */
export interface Reaction {
  /** The message reacted to. */
  messageId: string;
  /** The emoji, or `undefined` when the reaction was removed. */
  emoji: string | undefined;
}

/** The product a user asks about when replying to a product message. */
export interface ReferredProduct {
  /** The catalog id. */
  catalogId: string;
  /** The product's retailer id. */
  sku: string;
}

/** A contact card a user shared (`Message.contacts[]`), fields as in the vCard Graph shape. */
export interface SharedContact {
  /** The names (`formatted_name` and its parts). */
  name: Readonly<Record<string, string>> | undefined;
  /** Phone numbers: `phone`, `type` and, for WhatsApp users, `waId`. */
  phones: readonly ContactPhone[];
  /** Email addresses. */
  emails: readonly ContactEmail[];
  /** Web addresses. */
  urls: readonly ContactUrl[];
  /** Postal addresses, as received (`street`, `city`, `zip`, `country_code`…). */
  addresses: readonly JsonRecord[];
  /** The organization (`company`, `department`, `title`), as received. */
  org: JsonRecord | undefined;
  /** The birthday, `YYYY-MM-DD`. */
  birthday: string | undefined;
}

/** One line of an order. */
export interface Product {
  /** The product's retailer id (SKU). */
  sku: string;
  /** How many. */
  quantity: number;
  /** The unit price. */
  price: number | undefined;
  /** The ISO 4217 currency. */
  currency: string | undefined;
}

/** An order sent from a catalog (`Message.order`). */
export interface Order {
  /** The catalog the products are from. */
  catalogId: string;
  /** The ordered products. */
  products: readonly Product[];
  /** A note the user added. */
  text: string | undefined;
}

/** The click-to-WhatsApp ad or post a message came from (`Message.referral`). */
export interface Referral {
  /** The URL of the ad or post. */
  sourceUrl: string | undefined;
  /** `ad` or `post`. */
  sourceType: string | undefined;
  /** The ad or post id. */
  sourceId: string | undefined;
  /** The ad's headline. */
  headline: string | undefined;
  /** The ad's body. */
  body: string | undefined;
  /** `image` or `video`. */
  mediaType: string | undefined;
  /** The image's URL. */
  imageUrl: string | undefined;
  /** The video's URL. */
  videoUrl: string | undefined;
  /** The video thumbnail's URL. */
  thumbnailUrl: string | undefined;
  /** The click id Meta generated for the ad click. */
  ctwaClid: string | undefined;
}

/** The message an update replies to (`context`). */
export interface ReplyToMessage {
  /** The id (wamid) of the message replied to. */
  messageId: string;
  /** Who sent the message replied to (your number, for a reply to your message). */
  from: string | undefined;
  /** The product the user asks about, for a reply to a product message. */
  referredProduct: ReferredProduct | undefined;
}

/** Reads `context` when it names a message. */
export function readReplyTo(
  context: JsonRecord | undefined,
  path: string,
): ReplyToMessage | undefined {
  const messageId = context && optStr(context, "id", path);
  if (!context || messageId === undefined) return undefined;
  const product = optObject(context, "referred_product", path);
  const at = `${path}.referred_product`;
  return {
    messageId,
    from: optStr(context, "from", path),
    referredProduct: product && {
      catalogId: str(product, "catalog_id", at),
      sku: str(product, "product_retailer_id", at),
    },
  };
}

export function readLocation(l: JsonRecord, p: string): Location {
  const name = optStr(l, "name", p);
  const address = optStr(l, "address", p);
  const url = optStr(l, "url", p);
  return {
    latitude: num(l, "latitude", p),
    longitude: num(l, "longitude", p),
    name,
    address,
    url,
    currentLocation: name === undefined && address === undefined && url === undefined,
  };
}

export function readReaction(r: JsonRecord, p: string): Reaction {
  return { messageId: str(r, "message_id", p), emoji: optStr(r, "emoji", p) || undefined };
}

export function readContact(c: JsonRecord, p: string): SharedContact {
  const name = optObject(c, "name", p);
  return {
    name: name as Readonly<Record<string, string>> | undefined,
    phones: listOf(c, "phones", p, (x, q) => ({
      phone: optStr(x, "phone", q),
      type: optStr(x, "type", q),
      waId: optStr(x, "wa_id", q),
    })),
    emails: listOf(c, "emails", p, (x, q) => ({
      email: optStr(x, "email", q),
      type: optStr(x, "type", q),
    })),
    urls: listOf(c, "urls", p, (x, q) => ({
      url: optStr(x, "url", q),
      type: optStr(x, "type", q),
    })),
    addresses: listOf(c, "addresses", p, (x) => x),
    org: optObject(c, "org", p),
    birthday: optStr(c, "birthday", p),
  };
}

export function readOrder(o: JsonRecord, p: string): Order {
  return {
    catalogId: str(o, "catalog_id", p),
    products: listOf(o, "product_items", p, (x, q) => ({
      sku: str(x, "product_retailer_id", q),
      quantity: num(x, "quantity", q),
      price: optNum(x, "item_price", q),
      currency: optStr(x, "currency", q),
    })),
    text: optStr(o, "text", p) || undefined,
  };
}

export function readReferral(r: JsonRecord, p: string): Referral {
  return {
    sourceUrl: optStr(r, "source_url", p),
    sourceType: optStr(r, "source_type", p),
    sourceId: optStr(r, "source_id", p),
    headline: optStr(r, "headline", p),
    body: optStr(r, "body", p),
    mediaType: optStr(r, "media_type", p),
    imageUrl: optStr(r, "image_url", p),
    videoUrl: optStr(r, "video_url", p),
    thumbnailUrl: optStr(r, "thumbnail_url", p),
    ctwaClid: optStr(r, "ctwa_clid", p),
  };
}
