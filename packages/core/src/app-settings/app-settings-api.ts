import { z } from "zod";
import { AccountArea } from "../graph/account-area.js";
import { type CallOptions, callOf } from "../graph/account-scope.js";
import type { PhoneCallOptions } from "../phone-numbers/options.js";

/** Options of `getAppAccessToken`. */
export interface GetAppAccessTokenOptions extends CallOptions {
  /** The app id (App Dashboard, Basic settings). Default: the client's `appId`. */
  appId?: string | undefined;
  /** The app secret. Sent in the body, never in a URL or a log. */
  appSecret: string;
}

/** Options of `setAppCallbackUrl`. */
export interface SetAppCallbackUrlOptions extends CallOptions {
  /** The app id. Default: the client's `appId`. */
  appId?: string | undefined;
  /** An app access token (from `getAppAccessToken`); this call is made with it. */
  appAccessToken: string;
  /** The public HTTPS URL Meta sends webhooks to. */
  callbackUrl: string;
  /** The token Meta's verification request will carry (your client's `verifyToken`). */
  verifyToken: string;
  /** The webhook fields to subscribe to, such as `["messages"]`. */
  fields: readonly string[];
}

/** Options of `overrideWabaCallbackUrl` and `deleteWabaCallbackUrl`. */
export interface BusinessAccountCallOptions extends CallOptions {
  /** The account. Default: the client's `businessAccountId`. */
  businessAccountId?: string | undefined;
}

const tokenSchema = z.looseObject({ access_token: z.string(), token_type: z.string().optional() });

/** Checks a callback URL: absolute http(s) (Meta itself requires https with a valid certificate). */
function checkUrl(url: unknown, method: string): string {
  if (typeof url !== "string" || !/^https?:\/\/[^\s/]+/.test(url) || !URL.canParse(url)) {
    throw new TypeError(`${method}: callbackUrl must be an absolute https:// URL`);
  }
  return url;
}

function checkToken(value: unknown, option: string, method: string): string {
  if (typeof value !== "string" || value === "") {
    throw new TypeError(`${method}: ${option} must be a non-empty string`);
  }
  return value;
}

/**
 * Webhook registration: the app's callback URL and subscribed fields, and the alternate
 * callback URLs a WhatsApp Business Account or a phone number can override it with.
 *
 * @example
 * ```ts
 * import { AppSettingsApi, GraphClient } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const app = new AppSettingsApi(graph, { phoneId: "106540352242922" });
 * await app.overridePhoneCallbackUrl("https://bot.example.com/webhook", "my-verify-token");
 * ```
 */
export class AppSettingsApi extends AccountArea {
  /**
   * Gets an app access token from the app id and secret (client credentials), for app-level
   * calls such as {@link AppSettingsApi.setAppCallbackUrl}. Keep it secret.
   */
  async getAppAccessToken(options: GetAppAccessTokenOptions): Promise<string> {
    const method = "getAppAccessToken";
    const appId = decodeURIComponent(this.id("appId", options.appId, method));
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: appId,
      client_secret: checkToken(options.appSecret, "appSecret", method),
    });
    const body = await this.graph.request({
      method: "POST",
      path: "oauth/access_token",
      form,
      schema: tokenSchema,
      ...callOf(options),
    });
    return body.access_token;
  }

  /**
   * Sets the app's webhook callback URL and the fields it subscribes to. Meta checks the URL
   * at once with a GET carrying `verifyToken`, so the server must already be listening.
   *
   * @example
   * ```ts
   * import type { AppSettingsApi } from "@tswa/core";
   *
   * declare const app: AppSettingsApi;
   * const appAccessToken = await app.getAppAccessToken({ appSecret: process.env.APP_SECRET ?? "" });
   * await app.setAppCallbackUrl({
   *   appAccessToken,
   *   callbackUrl: "https://bot.example.com/webhook",
   *   verifyToken: "my-verify-token",
   *   fields: ["messages", "message_template_status_update"],
   * });
   * ```
   */
  async setAppCallbackUrl(options: SetAppCallbackUrlOptions): Promise<boolean> {
    const method = "setAppCallbackUrl";
    const app = this.id("appId", options.appId, method);
    if (!Array.isArray(options.fields) || options.fields.length === 0) {
      throw new TypeError(`${method}: fields must list at least one webhook field`);
    }
    return this.succeed(
      {
        method: "POST",
        path: `${app}/subscriptions`,
        form: new URLSearchParams({
          object: "whatsapp_business_account",
          callback_url: checkUrl(options.callbackUrl, method),
          verify_token: checkToken(options.verifyToken, "verifyToken", method),
          fields: options.fields.join(","),
        }),
        token: checkToken(options.appAccessToken, "appAccessToken", method),
      },
      options,
    );
  }

  /** Sends the webhooks of a WhatsApp Business Account to another URL than the app's. */
  async overrideWabaCallbackUrl(
    callbackUrl: string,
    verifyToken: string,
    options: BusinessAccountCallOptions = {},
  ): Promise<boolean> {
    const method = "overrideWabaCallbackUrl";
    return this.#override(this.#waba(options, method), options, {
      override_callback_uri: checkUrl(callbackUrl, method),
      verify_token: checkToken(verifyToken, "verifyToken", method),
    });
  }

  /** Removes the alternate callback URL of a WhatsApp Business Account. */
  async deleteWabaCallbackUrl(options: BusinessAccountCallOptions = {}): Promise<boolean> {
    return this.#override(this.#waba(options, "deleteWabaCallbackUrl"), options, undefined);
  }

  /** Sends the webhooks of one phone number to another URL than its account's or app's. */
  async overridePhoneCallbackUrl(
    callbackUrl: string,
    verifyToken: string,
    options: PhoneCallOptions = {},
  ): Promise<boolean> {
    const method = "overridePhoneCallbackUrl";
    return this.#override(this.id("phoneId", options.phoneId, method), options, {
      webhook_configuration: {
        override_callback_uri: checkUrl(callbackUrl, method),
        verify_token: checkToken(verifyToken, "verifyToken", method),
      },
    });
  }

  /** Removes the alternate callback URL of a phone number. */
  async deletePhoneCallbackUrl(options: PhoneCallOptions = {}): Promise<boolean> {
    const phone = this.id("phoneId", options.phoneId, "deletePhoneCallbackUrl");
    return this.#override(phone, options, { webhook_configuration: { override_callback_uri: "" } });
  }

  #override(path: string, options: CallOptions, json: Record<string, unknown> | undefined) {
    return this.succeed({ method: "POST", path, json }, options);
  }

  #waba(options: BusinessAccountCallOptions, method: string): string {
    const waba = this.id("businessAccountId", options.businessAccountId, method);
    return `${waba}/subscribed_apps`;
  }
}
