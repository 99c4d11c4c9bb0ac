import { AccountArea } from "../graph/account-area.js";
import type { AccountDefaults } from "../graph/account-scope.js";
import { callOf, firstItem } from "../graph/account-scope.js";
import type { GraphClient } from "../graph/client.js";
import type { PhoneCallOptions } from "../phone-numbers/options.js";
import { ResumableUploadApi } from "../uploads/resumable-upload-api.js";
import {
  type BusinessProfile,
  PROFILE_FIELDS,
  profileBody,
  profileListSchema,
  toBusinessProfile,
  type UpdateBusinessProfileOptions,
} from "./business-profile.js";

/**
 * The business profile of a phone number: about, address, description, email, industry,
 * websites and profile picture.
 *
 * @example
 * ```ts
 * import { BusinessProfileApi, GraphClient, Industry } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const profile = new BusinessProfileApi(graph, { phoneId: "106540352242922" });
 * await profile.updateBusinessProfile({ about: "Fresh bread daily", industry: Industry.GROCERY });
 * ```
 */
export class BusinessProfileApi extends AccountArea {
  /** The Resumable Upload API a `profilePicture` file goes through. */
  readonly uploads: ResumableUploadApi;

  /**
   * @param graph - The Graph client.
   * @param defaults - The ids a call uses when it names none (`phoneId`; `appId` for uploads).
   */
  constructor(graph: GraphClient, defaults: AccountDefaults = {}) {
    super(graph, defaults);
    this.uploads = new ResumableUploadApi(graph, { appId: defaults.appId });
  }

  /**
   * Fetches the business profile of a phone number.
   *
   * @example
   * ```ts
   * import type { BusinessProfileApi } from "@tswa/core";
   *
   * declare const profile: BusinessProfileApi;
   * const { about, websites } = await profile.getBusinessProfile();
   * ```
   */
  async getBusinessProfile(options: PhoneCallOptions = {}): Promise<BusinessProfile> {
    const path = `${this.#phone(options, "getBusinessProfile")}/whatsapp_business_profile`;
    const body = await this.graph.request({
      method: "GET",
      path,
      query: { fields: PROFILE_FIELDS },
      schema: profileListSchema,
      ...callOf(options),
    });
    return toBusinessProfile(firstItem(body, `GET /${path}`));
  }

  /**
   * Changes the business profile: only the fields given are sent, and `null` clears one. The
   * profile picture is a file (`profilePicture`, uploaded first through {@link
   * BusinessProfileApi.uploads}) or the handle of one uploaded before (`profilePictureHandle`).
   *
   * @returns Whether Graph reported success.
   * @throws TypeError before any call when a field breaks Meta's limits, or both picture options
   *   are given; `WhatsAppConfigurationError` for a `profilePicture` without an app id.
   * @example
   * ```ts
   * import { Industry, type BusinessProfileApi } from "@tswa/core";
   *
   * declare const profile: BusinessProfileApi;
   * await profile.updateBusinessProfile({
   *   about: "Fresh bread daily",
   *   address: "1601 Willow Rd, Menlo Park",
   *   industry: Industry.GROCERY,
   *   websites: ["https://example.com"],
   *   email: null,
   * });
   * ```
   */
  async updateBusinessProfile(options: UpdateBusinessProfileOptions): Promise<boolean> {
    const {
      phoneId: _p,
      signal,
      timeout,
      profilePicture,
      profilePictureInfo,
      appId,
      ...fields
    } = options;
    if (profilePicture !== undefined && fields.profilePictureHandle !== undefined) {
      throw new TypeError(
        "updateBusinessProfile: give profilePicture or profilePictureHandle, not both",
      );
    }
    const path = `${this.#phone(options, "updateBusinessProfile")}/whatsapp_business_profile`;
    // Every field is checked before the picture is uploaded.
    const picture = profilePicture === undefined ? {} : { profilePictureHandle: "" };
    const json = profileBody({ ...fields, ...picture });
    if (profilePicture !== undefined) {
      const upload = { ...profilePictureInfo, appId, signal, timeout };
      json.profile_picture_handle = (await this.uploads.upload(profilePicture, upload)).handle;
    }
    return this.succeed({ method: "POST", path, json }, options);
  }

  #phone(options: PhoneCallOptions, method: string): string {
    return this.id("phoneId", options.phoneId, method);
  }
}
