import { z } from "zod";
import { AccountArea } from "../graph/account-area.js";
import { callOf } from "../graph/account-scope.js";
import type { PhoneCallOptions } from "../phone-numbers/options.js";

/** The status of a business username. */
export const UsernameStatusType = {
  /** Approved and visible to WhatsApp users where usernames are live. */
  APPROVED: "approved",
  /** Reserved and approved, visible once usernames are live for everyone. */
  RESERVED: "reserved",
  /** Deleted (from the WhatsApp Business app). */
  DELETED: "deleted",
} as const;

/** A {@link UsernameStatusType} value, or another string Graph may send. */
export type UsernameStatusType =
  | (typeof UsernameStatusType)[keyof typeof UsernameStatusType]
  | (string & {});

/** A business username and its status. */
export interface UsernameStatus {
  /** The username. */
  username: string;
  /** Its status. */
  status: UsernameStatusType;
}

/** Options of `setUsername`. */
export interface SetUsernameOptions extends PhoneCallOptions {
  /** Move the username from another number of the same business portfolio. Default false. */
  forceTransfer?: boolean | undefined;
}

const statusSchema = z.looseObject({ status: z.string() });
const currentSchema = z.looseObject({
  username: z.string().optional(),
  status: z.string().optional(),
});
// Graph wraps the suggestions in `data` (pywa also accepts them unwrapped).
const suggestions = { username_suggestions: z.array(z.string()).optional() };
const reservedSchema = z.looseObject({
  data: z.array(z.looseObject(suggestions)).optional(),
  ...suggestions,
});

/**
 * Business usernames of a phone number: adopt or change one, read the current one and the
 * names reserved for your portfolio, delete it.
 *
 * @example
 * ```ts
 * import { GraphClient, UsernamesApi } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const usernames = new UsernamesApi(graph, { phoneId: "106540352242922" });
 * const { status } = await usernames.setUsername("jaspers.market");
 * ```
 */
export class UsernamesApi extends AccountArea {
  /**
   * Adopts or changes the business username of a phone number.
   *
   * @returns The username and the status Graph gave it.
   * @throws {@link UsernameNotAvailable}, {@link UsernameTransferRequired} (retry with
   *   `forceTransfer`) and the other {@link UsernameError}s.
   */
  async setUsername(username: string, options: SetUsernameOptions = {}): Promise<UsernameStatus> {
    if (typeof username !== "string" || username === "") {
      throw new TypeError("setUsername: username must be a non-empty string");
    }
    const { status } = await this.graph.request({
      method: "POST",
      path: `${this.#phone(options, "setUsername")}/username`,
      json: { username, transfer_action: options.forceTransfer ? "force_transfer" : "none" },
      schema: statusSchema,
      ...callOf(options),
    });
    return { username, status };
  }

  /** Fetches the current business username and its status; `undefined` when there is none. */
  async getCurrentUsername(options: PhoneCallOptions = {}): Promise<UsernameStatus | undefined> {
    const body = await this.graph.request({
      method: "GET",
      path: `${this.#phone(options, "getCurrentUsername")}/username`,
      schema: currentSchema,
      ...callOf(options),
    });
    if (body.username === undefined) return undefined;
    return { username: body.username, status: body.status ?? "" };
  }

  /** Lists the usernames reserved for your business portfolio (the likeliest to be approved). */
  async getReservedUsernames(options: PhoneCallOptions = {}): Promise<string[]> {
    const body = await this.graph.request({
      method: "GET",
      path: `${this.#phone(options, "getReservedUsernames")}/username_suggestions`,
      schema: reservedSchema,
      ...callOf(options),
    });
    const wrapped = body.data?.flatMap((d) => d.username_suggestions ?? []);
    return wrapped ?? body.username_suggestions ?? [];
  }

  /** Deletes the business username of a phone number. */
  async deleteUsername(options: PhoneCallOptions = {}): Promise<boolean> {
    const path = `${this.#phone(options, "deleteUsername")}/username`;
    return this.succeed({ method: "DELETE", path }, options);
  }

  #phone(options: PhoneCallOptions, method: string): string {
    return this.id("phoneId", options.phoneId, method);
  }
}
