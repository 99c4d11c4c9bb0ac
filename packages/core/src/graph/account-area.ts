import {
  type AccountDefaults,
  type CallOptions,
  callOf,
  resolveId,
  successSchema,
} from "./account-scope.js";
import type { GraphClient, GraphQueryValue } from "./client.js";

/** A write call whose answer is `{ success }`. */
export interface SuccessRequest {
  /** The HTTP method. */
  method: "POST" | "DELETE";
  /** The path after the version. */
  path: string;
  /** Query parameters; `undefined` values are left out. */
  query?: Record<string, GraphQueryValue> | undefined;
  /** A JSON body. */
  json?: Record<string, unknown> | undefined;
  /** A form body. */
  form?: URLSearchParams | undefined;
  /** Overrides the client's token (calls made with an app access token). */
  token?: string | undefined;
}

/**
 * What every business-management area shares: the Graph client, the ids calls fall back on,
 * and the `{ success }` write call.
 */
export abstract class AccountArea {
  /** The Graph client every call goes through. */
  readonly graph: GraphClient;
  readonly #defaults: AccountDefaults;

  /**
   * @param graph - The Graph client.
   * @param defaults - The ids a call uses when it names none (`phoneId`, `businessAccountId`…).
   */
  constructor(graph: GraphClient, defaults: AccountDefaults = {}) {
    this.graph = graph;
    this.#defaults = { ...defaults };
  }

  /**
   * The id a call acts on, as a path segment: the call's, else the default.
   *
   * @throws {@link WhatsAppConfigurationError} naming the option when neither is set.
   */
  protected id(kind: keyof AccountDefaults, value: string | undefined, method: string): string {
    return resolveId(this.#defaults, kind, value, method);
  }

  /** Makes a write call and returns Graph's `success`. */
  protected async succeed(request: SuccessRequest, options: CallOptions): Promise<boolean> {
    const body = await this.graph.request({
      ...request,
      schema: successSchema,
      ...callOf(options),
    });
    return body.success;
  }
}
