import { z } from "zod";
import { AccountArea } from "../graph/account-area.js";
import { callOf, firstItem } from "../graph/account-scope.js";
import type { PhoneCallOptions } from "../phone-numbers/options.js";

/** The commerce settings of a phone number: whether its catalog and cart show in chats. */
export interface CommerceSettings {
  /** The id of the commerce settings object Graph returned. */
  id: string;
  /** Whether the catalog icon and storefront show in chats. */
  isCatalogVisible: boolean;
  /** Whether customers can add products to a cart. */
  isCartEnabled: boolean;
}

/** Options of `updateCommerceSettings`: at least one of the two. */
export interface UpdateCommerceSettingsOptions extends PhoneCallOptions {
  /** Show the catalog in chats. */
  isCatalogVisible?: boolean | undefined;
  /** Let customers use a cart. */
  isCartEnabled?: boolean | undefined;
}

const settingsSchema = z.looseObject({
  data: z.array(
    z.looseObject({
      id: z.string(),
      is_catalog_visible: z.boolean(),
      is_cart_enabled: z.boolean(),
    }),
  ),
});

/**
 * The commerce settings of a phone number (catalog visibility, cart).
 *
 * @example
 * ```ts
 * import { CommerceApi, GraphClient } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const commerce = new CommerceApi(graph, { phoneId: "106540352242922" });
 * await commerce.updateCommerceSettings({ isCatalogVisible: true, isCartEnabled: false });
 * ```
 */
export class CommerceApi extends AccountArea {
  /** Fetches whether the catalog and the cart are on. */
  async getCommerceSettings(options: PhoneCallOptions = {}): Promise<CommerceSettings> {
    const path = `${this.#phone(options, "getCommerceSettings")}/whatsapp_commerce_settings`;
    const body = await this.graph.request({
      method: "GET",
      path,
      query: { fields: ["id", "is_catalog_visible", "is_cart_enabled"] },
      schema: settingsSchema,
      ...callOf(options),
    });
    const raw = firstItem(body, `GET /${path}`);
    return {
      id: raw.id,
      isCatalogVisible: raw.is_catalog_visible,
      isCartEnabled: raw.is_cart_enabled,
    };
  }

  /**
   * Turns the catalog or the cart on or off.
   *
   * @throws TypeError when neither is given.
   */
  async updateCommerceSettings(options: UpdateCommerceSettingsOptions): Promise<boolean> {
    const method = "updateCommerceSettings";
    const { isCatalogVisible, isCartEnabled } = options;
    if (isCatalogVisible === undefined && isCartEnabled === undefined) {
      throw new TypeError(`${method}: give isCatalogVisible or isCartEnabled`);
    }
    const path = `${this.#phone(options, method)}/whatsapp_commerce_settings`;
    const query = { is_catalog_visible: isCatalogVisible, is_cart_enabled: isCartEnabled };
    return this.succeed({ method: "POST", path, query }, options);
  }

  #phone(options: PhoneCallOptions, method: string): string {
    return this.id("phoneId", options.phoneId, method);
  }
}
