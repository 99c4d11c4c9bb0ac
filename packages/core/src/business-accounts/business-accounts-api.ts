import { z } from "zod";
import type { PageOptions } from "../flows/types.js";
import { AccountArea } from "../graph/account-area.js";
import { type CallOptions, callOf } from "../graph/account-scope.js";
import { listGraph } from "../graph/list.js";
import type { GraphPagePromise } from "../graph/pagination.js";
import {
  BUSINESS_ACCOUNT_FIELDS,
  type BusinessAccount,
  businessAccountSchema,
  toBusinessAccount,
} from "./business-account.js";

/** Options of `getBusinessAccount`. */
export interface GetBusinessAccountOptions extends CallOptions {
  /** The account. Default: the client's `businessAccountId`. */
  businessAccountId?: string | undefined;
}

/** Options of `getOwnedBusinessAccounts` and `getSharedBusinessAccounts`. */
export interface GetBusinessAccountsOptions extends CallOptions, PageOptions {
  /** The business portfolio. Default: the client's `businessPortfolioId`. */
  businessPortfolioId?: string | undefined;
}

/** Options of `updateBusinessAccountSettings`: at least one setting. */
export interface UpdateBusinessAccountSettingsOptions extends CallOptions {
  /** Refuse marketing templates on Cloud API `/messages` (send them through MM Lite instead). */
  disableMarketingMessagesOnCloudApi?: boolean | undefined;
  /** Automatic creative optimizations of marketing templates, as Graph's `degrees_of_freedom_spec`. */
  degreesOfFreedomSpec?: Record<string, unknown> | undefined;
  /** The account. Default: the client's `businessAccountId`. */
  businessAccountId?: string | undefined;
}

const updateSchema = z.looseObject({ success: z.boolean().optional() });

/**
 * WhatsApp Business Accounts: read one, list those a business portfolio owns or that were
 * shared with it, and change account settings.
 *
 * @example
 * ```ts
 * import { BusinessAccountsApi, GraphClient } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const accounts = new BusinessAccountsApi(graph, { businessPortfolioId: "506914307656634" });
 * for await (const waba of accounts.getOwnedBusinessAccounts()) console.log(waba.id, waba.name);
 * ```
 */
export class BusinessAccountsApi extends AccountArea {
  /**
   * Fetches a WhatsApp Business Account with its status, verification, owner and subscribed apps.
   *
   * @throws {@link WhatsAppConfigurationError} when no `businessAccountId` is known.
   * @example
   * ```ts
   * import type { BusinessAccountsApi } from "@tswa/core";
   *
   * declare const accounts: BusinessAccountsApi;
   * const waba = await accounts.getBusinessAccount();
   * console.log(waba.name, waba.businessVerificationStatus);
   * ```
   */
  async getBusinessAccount(options: GetBusinessAccountOptions = {}): Promise<BusinessAccount> {
    const waba = this.id("businessAccountId", options.businessAccountId, "getBusinessAccount");
    const raw = await this.graph.request({
      method: "GET",
      path: waba,
      query: { fields: BUSINESS_ACCOUNT_FIELDS },
      schema: businessAccountSchema,
      ...callOf(options),
    });
    return toBusinessAccount(raw);
  }

  /**
   * Lists the WhatsApp Business Accounts a business portfolio owns, page by page.
   *
   * @throws {@link WhatsAppConfigurationError} at once when no `businessPortfolioId` is known.
   */
  getOwnedBusinessAccounts(
    options: GetBusinessAccountsOptions = {},
  ): GraphPagePromise<BusinessAccount> {
    return this.#list("owned_whatsapp_business_accounts", "getOwnedBusinessAccounts", options);
  }

  /**
   * Lists the WhatsApp Business Accounts shared with a business portfolio (the clients of a
   * solution partner, after Embedded Signup), page by page.
   *
   * @throws {@link WhatsAppConfigurationError} at once when no `businessPortfolioId` is known.
   */
  getSharedBusinessAccounts(
    options: GetBusinessAccountsOptions = {},
  ): GraphPagePromise<BusinessAccount> {
    return this.#list("client_whatsapp_business_accounts", "getSharedBusinessAccounts", options);
  }

  /**
   * Changes account settings: whether marketing templates are refused on Cloud API, and the
   * automatic creative optimizations of marketing templates.
   *
   * @returns Whether Graph reported success.
   * @throws TypeError when no setting is given.
   * @example
   * ```ts
   * import type { BusinessAccountsApi } from "@tswa/core";
   *
   * declare const accounts: BusinessAccountsApi;
   * await accounts.updateBusinessAccountSettings({ disableMarketingMessagesOnCloudApi: true });
   * ```
   */
  async updateBusinessAccountSettings(
    options: UpdateBusinessAccountSettingsOptions,
  ): Promise<boolean> {
    const method = "updateBusinessAccountSettings";
    const { disableMarketingMessagesOnCloudApi: disable, degreesOfFreedomSpec: spec } = options;
    if (disable === undefined && spec === undefined) {
      throw new TypeError(
        `${method}: give disableMarketingMessagesOnCloudApi or degreesOfFreedomSpec`,
      );
    }
    const body = await this.graph.request({
      method: "POST",
      path: this.id("businessAccountId", options.businessAccountId, method),
      json: { disable_marketing_messages_on_cloud_api: disable, degrees_of_freedom_spec: spec },
      schema: updateSchema,
      ...callOf(options),
    });
    return body.success !== false;
  }

  #list(edge: string, method: string, options: GetBusinessAccountsOptions) {
    const portfolio = this.id("businessPortfolioId", options.businessPortfolioId, method);
    return listGraph(this.graph, {
      path: `${portfolio}/${edge}`,
      query: {
        fields: BUSINESS_ACCOUNT_FIELDS,
        limit: options.limit,
        after: options.after,
        before: options.before,
      },
      item: businessAccountSchema,
      map: toBusinessAccount,
      ...callOf(options),
    });
  }
}
