import { ContinueHandling, StopHandling } from "./handling.js";
import type { JsonRecord } from "./read.js";
import { type UpdateClient, UpdateWithoutClientError } from "./update-client.js";

/**
 * What every update is made from.
 *
 * @inline
 */
export interface BaseUpdateInit {
  /** The WhatsApp Business Account id (`entry[].id`). */
  wabaId: string;
  /** The change's `value` as received. */
  raw: JsonRecord;
  /** The client shortcuts call; without it they throw {@link UpdateWithoutClientError}. */
  client?: UpdateClient | undefined;
}

/**
 * What every typed webhook update has: where it came from, the change as received, data
 * shared between the handlers of this update, and pywa's handling flow.
 */
export abstract class BaseUpdate {
  /** Discriminates update kinds. */
  abstract readonly kind: string;
  /** The WhatsApp Business Account id (`entry[].id`). */
  readonly wabaId: string;
  /** The change's `value` as received, untouched. */
  readonly raw: JsonRecord;
  /**
   * A place for handlers of this update to leave data for the next ones (with
   * `continueHandling`), such as a user record one handler loaded.
   */
  readonly sharedData: Record<string, unknown> = {};
  readonly #client: UpdateClient | undefined;

  constructor(init: BaseUpdateInit) {
    this.wabaId = init.wabaId;
    this.raw = init.raw;
    this.#client = init.client;
  }

  /**
   * The client that received the update, for shortcuts.
   *
   * @throws {@link UpdateWithoutClientError} naming the shortcut when the update has none.
   */
  protected client(shortcut: string): UpdateClient {
    if (!this.#client) throw new UpdateWithoutClientError(shortcut);
    return this.#client;
  }

  /** The client that received the update, if any: for objects that make their own shortcuts. */
  protected get boundClient(): UpdateClient | undefined {
    return this.#client;
  }

  /**
   * Ends the handling of this update: no later handler runs. Call it from a handler.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…", continueHandling: true });
   * wa.onMessage((msg) => {
   *   if (msg.from.waId === undefined) msg.stopHandling();
   * });
   * ```
   */
  stopHandling(): never {
    throw new StopHandling();
  }

  /** Lets the next matching handler see this update too. Call it from a handler. */
  continueHandling(): never {
    throw new ContinueHandling();
  }
}
