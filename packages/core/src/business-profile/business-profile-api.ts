import { AccountArea } from "../graph/account-area.js";
import { callOf, firstItem } from "../graph/account-scope.js";
import type { PhoneCallOptions } from "../phone-numbers/options.js";
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
   * profile picture is given as the handle of a resumable upload (`profilePictureHandle`).
   *
   * @returns Whether Graph reported success.
   * @throws TypeError before any call when a field breaks Meta's limits.
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
    const { phoneId: _p, signal: _s, timeout: _t, ...fields } = options;
    const json = profileBody(fields);
    const path = `${this.#phone(options, "updateBusinessProfile")}/whatsapp_business_profile`;
    return this.succeed({ method: "POST", path, json }, options);
  }

  #phone(options: PhoneCallOptions, method: string): string {
    return this.id("phoneId", options.phoneId, method);
  }
}
