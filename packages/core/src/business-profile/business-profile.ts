import { z } from "zod";
import type { CallOptions } from "../graph/account-scope.js";
import { charCount } from "../messages/validate.js";
import type { UploadFile, UploadFileInfo } from "../uploads/upload-file.js";
import type { Industry } from "./industry.js";

/** The public profile of a business phone number. */
export interface BusinessProfile {
  /** The text under the profile picture. */
  about: string | undefined;
  /** The address. */
  address: string | undefined;
  /** The description. */
  description: string | undefined;
  /** The contact email. */
  email: string | undefined;
  /** The industry (Graph's `vertical`). */
  industry: Industry | undefined;
  /** A temporary URL of the profile picture. */
  profilePictureUrl: string | undefined;
  /** Up to two websites. */
  websites: string[];
}

/** The fields of a profile update; `null` clears a field, a missing one stays as it is. */
export interface BusinessProfileInput {
  /** 1 to 139 characters, no markdown. */
  about?: string | null | undefined;
  /** Up to 256 characters. */
  address?: string | null | undefined;
  /** Up to 512 characters. */
  description?: string | null | undefined;
  /** A valid email, up to 128 characters. */
  email?: string | null | undefined;
  /** The industry. */
  industry?: Industry | null | undefined;
  /** Up to 2 URLs starting with `http://` or `https://`, up to 256 characters each. */
  websites?: readonly string[] | null | undefined;
  /**
   * The handle of an image uploaded through the resumable upload API (`POST /{app-id}/uploads`),
   * the `h` value it returned.
   */
  profilePictureHandle?: string | null | undefined;
}

/** Options of `updateBusinessProfile`. */
export interface UpdateBusinessProfileOptions extends BusinessProfileInput, CallOptions {
  /** The phone number id. Default: the client's `phoneId`. */
  phoneId?: string | undefined;
  /**
   * A new profile picture as a file (a path, bytes, a `Blob` or a stream), uploaded through the
   * resumable upload API first; instead of `profilePictureHandle`. Needs the Meta app id.
   */
  profilePicture?: UploadFile | undefined;
  /** The picture's name, type or size, when `profilePicture` cannot tell (bytes, a stream). */
  profilePictureInfo?: UploadFileInfo | undefined;
  /** The Meta app id `profilePicture` is uploaded to. Default: the client's `appId`. */
  appId?: string | undefined;
}

/** The fields asked for. */
export const PROFILE_FIELDS = [
  "about",
  "address",
  "description",
  "email",
  "profile_picture_url",
  "websites",
  "vertical",
] as const;

const profileSchema = z.looseObject({
  about: z.string().optional(),
  address: z.string().optional(),
  description: z.string().optional(),
  email: z.string().optional(),
  profile_picture_url: z.string().optional(),
  websites: z.array(z.string()).optional(),
  vertical: z.string().optional(),
});

export const profileListSchema = z.looseObject({ data: z.array(profileSchema) });

/** Turns the checked profile object into a {@link BusinessProfile}. */
export function toBusinessProfile(raw: z.output<typeof profileSchema>): BusinessProfile {
  return {
    about: raw.about,
    address: raw.address,
    description: raw.description,
    email: raw.email,
    industry: raw.vertical,
    profilePictureUrl: raw.profile_picture_url,
    websites: raw.websites ?? [],
  };
}

// Meta's business profile reference: about 139, address 256, description 512, email 128,
// two websites of 256 characters each.
const TEXT_LIMITS = { about: 139, address: 256, description: 512, email: 128 } as const;

function fail(problem: string): never {
  throw new TypeError(`updateBusinessProfile: ${problem}`);
}

/** The JSON body of a profile update, checked against Meta's limits. */
export function profileBody(input: BusinessProfileInput): Record<string, unknown> {
  const body: Record<string, unknown> = { messaging_product: "whatsapp" };
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    const value = input[field];
    if (value === undefined) continue;
    if (value !== null && (typeof value !== "string" || charCount(value) > max)) {
      fail(`${field} must be a string of at most ${max} characters`);
    }
    if (field === "about" && value === "") fail("about cannot be empty (pass null to clear it)");
    body[field] = value ?? "";
  }
  if (input.email && !/^[^@\s]+@[^@\s]+$/.test(input.email)) fail("email is not an email address");
  if (input.industry !== undefined) body.vertical = input.industry ?? "";
  if (input.websites !== undefined) {
    const websites = input.websites ?? [];
    if (websites.length > 2) fail("at most 2 websites");
    for (const [i, url] of websites.entries()) {
      if (!/^https?:\/\/\S+$/.test(url) || url.length > 256) {
        fail(`websites[${i}] must start with http:// or https:// and be at most 256 characters`);
      }
    }
    body.websites = websites;
  }
  if (input.profilePictureHandle !== undefined) {
    body.profile_picture_handle = input.profilePictureHandle ?? "";
  }
  if (Object.keys(body).length === 1) fail("give at least one field to change");
  return body;
}
