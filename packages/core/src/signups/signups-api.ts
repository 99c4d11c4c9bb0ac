import { z } from "zod";
import type { PageOptions } from "../flows/types.js";
import { AccountArea } from "../graph/account-area.js";
import { type CallOptions, callOf, idSegment } from "../graph/account-scope.js";
import { listGraph } from "../graph/list.js";
import type { GraphPagePromise } from "../graph/pagination.js";
import { SIGNUP_FIELDS, type SignupDetails, signupSchema, toSignup } from "./signup.js";
import { type CreateSignupFields, signupBody, type UpdateSignupFields } from "./signup-input.js";

/** Options of `createSignup`. */
export interface CreateSignupOptions extends CreateSignupFields, CallOptions {
  /** The account. Default: the client's `businessAccountId`. */
  businessAccountId?: string | undefined;
}

/** Options of `getSignups`. */
export interface GetSignupsOptions extends CallOptions, PageOptions {
  /** The account. Default: the client's `businessAccountId`. */
  businessAccountId?: string | undefined;
}

/** Options of `updateSignup`: at least one field. */
export interface UpdateSignupOptions extends UpdateSignupFields, CallOptions {}

const idSchema = z.looseObject({ id: z.string() });
const updatedSchema = z.looseObject({ id: z.string().optional(), success: z.boolean().optional() });

/**
 * In-app signups: deep links that open a consent screen and opt WhatsApp users in to your
 * messages. Share a link made with {@link signupDeepLink}.
 *
 * @example
 * ```ts
 * import { GraphClient, SignupsApi, signupDeepLink } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const signups = new SignupsApi(graph, { businessAccountId: "102290129340398" });
 * const { id } = await signups.createSignup({
 *   signupMessage: "Get our weekly deals on WhatsApp",
 *   confirmationMessage: "Welcome! Your code: {{promo_code}}",
 *   promoCode: "WELCOME10",
 *   privacyPolicyUrl: "https://example.com/privacy",
 * });
 * console.log(signupDeepLink("15551234567", id));
 * ```
 */
export class SignupsApi extends AccountArea {
  /**
   * Creates a signup link.
   *
   * @returns The new signup's id.
   * @throws TypeError before any call when a field breaks Meta's limits; {@link SignupError}s.
   */
  async createSignup(options: CreateSignupOptions): Promise<{ id: string }> {
    const method = "createSignup";
    const { id } = await this.graph.request({
      method: "POST",
      path: `${this.id("businessAccountId", options.businessAccountId, method)}/signups`,
      json: signupBody(options, method),
      schema: idSchema,
      ...callOf(options),
    });
    return { id };
  }

  /** Lists the signup links of a WhatsApp Business Account, page by page. */
  getSignups(options: GetSignupsOptions = {}): GraphPagePromise<SignupDetails> {
    const waba = this.id("businessAccountId", options.businessAccountId, "getSignups");
    return listGraph(this.graph, {
      path: `${waba}/signups`,
      query: {
        fields: SIGNUP_FIELDS,
        limit: options.limit,
        after: options.after,
        before: options.before,
      },
      item: signupSchema,
      map: toSignup,
      ...callOf(options),
    });
  }

  /** Fetches one signup link. */
  async getSignup(signupId: string, options: CallOptions = {}): Promise<SignupDetails> {
    const raw = await this.graph.request({
      method: "GET",
      path: `signups/${idSegment(signupId, "signupId", "getSignup")}`,
      schema: signupSchema,
      ...callOf(options),
    });
    return toSignup(raw);
  }

  /** Changes a signup link, or turns it off with `status: "DISABLED"`. */
  async updateSignup(signupId: string, options: UpdateSignupOptions): Promise<boolean> {
    const method = "updateSignup";
    const json = signupBody(options, method);
    if (Object.values(json).every((v) => v === undefined)) {
      throw new TypeError(`${method}: give at least one field to change`);
    }
    const body = await this.graph.request({
      method: "POST",
      path: `signups/${idSegment(signupId, "signupId", method)}`,
      json,
      schema: updatedSchema,
      ...callOf(options),
    });
    return body.success !== false;
  }
}
