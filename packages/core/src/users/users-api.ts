import type { PageOptions } from "../flows/types.js";
import { AccountArea } from "../graph/account-area.js";
import { callOf } from "../graph/account-scope.js";
import { listGraph } from "../graph/list.js";
import { BlockUserError } from "../graph/management-errors.js";
import type { GraphPagePromise } from "../graph/pagination.js";
import type { PhoneCallOptions } from "../phone-numbers/options.js";
import {
  type BlockedUser,
  type BlockUsersResult,
  blockResultSchema,
  toBlockedUser,
  toOutcome,
  type UnblockUsersResult,
  userSchema,
} from "./block-result.js";

/** A user to block: a phone number or wa_id string, or `{ userId }` (a business-scoped id). */
export type BlockUserInput = string | { readonly userId: string };

/** Options of `getBlockedUsers`. */
export interface GetBlockedUsersOptions extends PhoneCallOptions, PageOptions {}

// Meta's block users guide: at most 1,000 users a request.
const MAX_USERS = 1000;

function usersBody(users: readonly BlockUserInput[], method: string) {
  if (!Array.isArray(users) || users.length === 0 || users.length > MAX_USERS) {
    throw new TypeError(`${method}: users must list 1 to ${MAX_USERS} users`);
  }
  const entries = users.map((user, i) => {
    if (typeof user === "string" && user !== "") return { user };
    if (
      typeof user === "object" &&
      user !== null &&
      typeof user.userId === "string" &&
      user.userId
    ) {
      return { user_id: user.userId };
    }
    throw new TypeError(`${method}: users[${i}] must be a phone number, a wa_id or { userId }`);
  });
  return { messaging_product: "whatsapp", block_users: entries };
}

/**
 * Blocking users of a phone number: block, unblock, and list who is blocked. A block can succeed
 * for some users and fail for others; the result says which, user by user.
 *
 * @example
 * ```ts
 * import { GraphClient, UsersApi } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const users = new UsersApi(graph, { phoneId: "106540352242922" });
 * const { addedUsers, failedUsers } = await users.blockUsers(["16505551234"]);
 * for (const f of failedUsers) console.warn(f.input, f.errors[0]?.message);
 * ```
 */
export class UsersApi extends AccountArea {
  /**
   * Blocks users (only users who wrote in the last 24 hours can be blocked; at most 1,000 a
   * call). Users the block failed for are in `failedUsers`, each with its errors.
   *
   * @throws {@link BlockUserError} subclasses when Graph refused the whole request (such as
   *   {@link BlockListLimitReached}).
   */
  async blockUsers(
    users: readonly BlockUserInput[],
    options: PhoneCallOptions = {},
  ): Promise<BlockUsersResult> {
    const outcome = await this.#change("POST", "blockUsers", users, options);
    return { addedUsers: outcome.added, failedUsers: outcome.failed };
  }

  /** Unblocks users; users it failed for are in `failedUsers`. */
  async unblockUsers(
    users: readonly BlockUserInput[],
    options: PhoneCallOptions = {},
  ): Promise<UnblockUsersResult> {
    const outcome = await this.#change("DELETE", "unblockUsers", users, options);
    return { removedUsers: outcome.removed, failedUsers: outcome.failed };
  }

  /**
   * Lists the blocked users of a phone number, page by page.
   *
   * @example
   * ```ts
   * import type { UsersApi } from "@tswa/core";
   *
   * declare const users: UsersApi;
   * for await (const user of users.getBlockedUsers()) console.log(user.waId ?? user.userId);
   * ```
   */
  getBlockedUsers(options: GetBlockedUsersOptions = {}): GraphPagePromise<BlockedUser> {
    return listGraph(this.graph, {
      path: `${this.#phone(options, "getBlockedUsers")}/block_users`,
      query: { limit: options.limit, after: options.after, before: options.before },
      item: userSchema,
      map: toBlockedUser,
      ...callOf(options),
    });
  }

  async #change(
    method: "POST" | "DELETE",
    name: string,
    users: readonly BlockUserInput[],
    options: PhoneCallOptions,
  ) {
    const json = usersBody(users, name);
    try {
      const body = await this.graph.request({
        method,
        path: `${this.#phone(options, name)}/block_users`,
        json,
        schema: blockResultSchema,
        ...callOf(options),
      });
      return toOutcome(body);
    } catch (error) {
      // A partial failure comes as error 139100 with the per-user lists beside it.
      const partial = error instanceof BlockUserError ? perUser(error.rawBody) : undefined;
      if (partial) return partial;
      throw error;
    }
  }

  #phone(options: PhoneCallOptions, method: string): string {
    return this.id("phoneId", options.phoneId, method);
  }
}

/** The per-user lists of an error body, when it has them. */
function perUser(rawBody: string) {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return undefined;
  }
  const parsed = blockResultSchema.safeParse(json);
  return parsed.success && parsed.data.block_users ? toOutcome(parsed.data) : undefined;
}
