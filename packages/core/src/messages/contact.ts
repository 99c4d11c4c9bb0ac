import { checkCount, checkId, MessageValidationError } from "./validate.js";

/** A contact's name: `formattedName` and at least one other part. */
export interface ContactName {
  /** The full name as shown, such as `Pablo Morales`. */
  formattedName: string;
  /** First name. */
  firstName?: string | undefined;
  /** Last name. */
  lastName?: string | undefined;
  /** Middle name. */
  middleName?: string | undefined;
  /** Name suffix, such as `Jr.`. */
  suffix?: string | undefined;
  /** Name prefix, such as `Dr.`. */
  prefix?: string | undefined;
}

/** A contact's phone number. */
export interface ContactPhone {
  /** The number as shown. */
  phone?: string | undefined;
  /** `CELL`, `MAIN`, `IPHONE`, `HOME`, `WORK`, or your own label. */
  type?: string | undefined;
  /** The number's WhatsApp id: adds the message and call buttons to the card. */
  waId?: string | undefined;
}

/** A contact's email address. */
export interface ContactEmail {
  /** The address. */
  email?: string | undefined;
  /** `WORK`, `HOME`, or your own label. */
  type?: string | undefined;
}

/** A contact's web address. */
export interface ContactUrl {
  /** The URL. */
  url?: string | undefined;
  /** `WORK`, `HOME`, or your own label. */
  type?: string | undefined;
}

/** A contact's organization. */
export interface ContactOrg {
  /** Company name. */
  company?: string | undefined;
  /** Department. */
  department?: string | undefined;
  /** Job title. */
  title?: string | undefined;
}

/** A contact's postal address. */
export interface ContactAddress {
  /** Street and number. */
  street?: string | undefined;
  /** City. */
  city?: string | undefined;
  /** State, often abbreviated. */
  state?: string | undefined;
  /** Postal code. */
  zip?: string | undefined;
  /** Country name. */
  country?: string | undefined;
  /** Two-letter country code, such as `US`. */
  countryCode?: string | undefined;
  /** `WORK`, `HOME`, or your own label. */
  type?: string | undefined;
}

/** Options of {@link Contact}. */
export interface ContactOptions {
  /** The name (required). */
  name: ContactName;
  /** Birthday, `YYYY-MM-DD`. */
  birthday?: string | undefined;
  /** Phone numbers. */
  phones?: readonly ContactPhone[] | undefined;
  /** Email addresses. */
  emails?: readonly ContactEmail[] | undefined;
  /** Web addresses. */
  urls?: readonly ContactUrl[] | undefined;
  /** Postal addresses. */
  addresses?: readonly ContactAddress[] | undefined;
  /** Organization. */
  org?: ContactOrg | undefined;
}

/** Drops `undefined` values and renames camelCase keys to Graph's snake_case. */
function graphObject(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined) out[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = v;
  }
  return out;
}

/**
 * A contact card for `sendContact`: name, phones, emails, URLs, addresses, organization and
 * birthday. The user sees the name and can tap through to the details (and, with `waId`,
 * message or call the contact).
 *
 * @example
 * ```ts
 * import { Contact } from "@tswa/core";
 *
 * const card = new Contact({
 *   name: { formattedName: "Pablo Morales", firstName: "Pablo", lastName: "Morales" },
 *   phones: [{ phone: "+1 (940) 555-1234", type: "HOME" }, { phone: "+1 (650) 555-1234", type: "WORK", waId: "16505551234" }],
 *   emails: [{ email: "pablomorales@example.com", type: "WORK" }],
 *   org: { company: "Lucky Shrub", title: "Manager" },
 *   birthday: "1999-01-23",
 * });
 * ```
 */
export class Contact {
  /** The card's fields as given. */
  readonly options: Readonly<ContactOptions>;

  /** @throws {@link MessageValidationError} without `name.formattedName` or another name part. */
  constructor(options: ContactOptions) {
    checkId("Contact", "name.formattedName", options?.name?.formattedName);
    const { formattedName: _, ...parts } = options.name;
    if (!Object.values(parts).some((part) => typeof part === "string" && part !== "")) {
      throw new MessageValidationError(
        "Contact",
        "name",
        "needs firstName, lastName, middleName, suffix or prefix besides formattedName",
      );
    }
    if (options.birthday !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.birthday)) {
      throw new MessageValidationError("Contact", "birthday", "must be YYYY-MM-DD");
    }
    this.options = options;
  }

  /** The card as Graph expects it (snake_case keys, in the order of Meta's example). */
  toJSON(): Record<string, unknown> {
    const o = this.options;
    const card: Record<string, unknown> = {};
    if (o.addresses?.length) card.addresses = o.addresses.map(graphObject);
    if (o.birthday !== undefined) card.birthday = o.birthday;
    if (o.emails?.length) card.emails = o.emails.map(graphObject);
    card.name = graphObject(o.name);
    if (o.org !== undefined) card.org = graphObject(o.org);
    if (o.phones?.length) card.phones = o.phones.map(graphObject);
    if (o.urls?.length) card.urls = o.urls.map(graphObject);
    return card;
  }
}

/** The `contacts` array of a contacts message: one card or up to 257. */
export function contactCards(method: string, contact: Contact | readonly Contact[]): unknown[] {
  const cards = Array.isArray(contact) ? contact : [contact];
  checkCount(method, "contact", cards.length, "contacts");
  return cards.map((card, i) => {
    if (!(card instanceof Contact)) {
      throw new MessageValidationError(method, `contact[${i}]`, "must be a Contact");
    }
    return card.toJSON();
  });
}
