import { z } from "zod";
import { WhatsAppConfigurationError } from "../errors.js";
import { GraphResponseError } from "./graph-error.js";

/** The ids a business-management area falls back on when a call names none. */
export interface AccountDefaults {
  /** The phone number id. */
  phoneId?: string | undefined;
  /** The WhatsApp Business Account (WABA) id. */
  businessAccountId?: string | undefined;
  /** The business portfolio (Business Manager) id, for listing owned and shared accounts. */
  businessPortfolioId?: string | undefined;
  /** The Meta app id, for app subscriptions. */
  appId?: string | undefined;
}

/** Options every Graph call takes. */
export interface CallOptions {
  /** Aborts the call (and any retry wait). */
  signal?: AbortSignal | undefined;
  /** Overrides the client's timeout for this call, per attempt (ms). */
  timeout?: number | undefined;
}

/** `{ success: boolean }`, the answer of most write calls. */
export const successSchema = z.looseObject({ success: z.boolean() });

/** The signal and timeout of a call's options, as `GraphClient.request` takes them. */
export const callOf = (options: CallOptions | undefined) => ({
  signal: options?.signal,
  timeout: options?.timeout,
});

const NAMES = {
  phoneId: ["a phone number id", "phoneId"],
  businessAccountId: ["a WhatsApp Business Account id", "businessAccountId"],
  businessPortfolioId: ["a business portfolio id", "businessPortfolioId"],
  appId: ["an app id", "appId"],
} as const;

/**
 * A Graph id as a path segment: checked non-empty, URL-encoded.
 *
 * @throws TypeError naming the method and option when the id is empty or not a string.
 */
export function idSegment(value: unknown, option: string, method: string): string {
  if (typeof value !== "string" || value === "") {
    throw new TypeError(`${method}: ${option} must be a non-empty string`);
  }
  return encodeURIComponent(value);
}

/**
 * Resolves the id a call acts on: the one the call gave, else the area's default.
 *
 * @throws {@link WhatsAppConfigurationError} naming the option when neither is set.
 */
export function resolveId(
  defaults: AccountDefaults,
  kind: keyof AccountDefaults,
  value: string | undefined,
  method: string,
): string {
  const id = value ?? defaults[kind];
  const [what, option] = NAMES[kind];
  if (id === undefined || id === "") {
    throw new WhatsAppConfigurationError(
      option,
      `${method} needs ${what}: pass \`${option}\` to the call or to the client`,
    );
  }
  return idSegment(id, option, method);
}

/**
 * The first item of a `{ data: [...] }` answer (the profile and commerce settings come so).
 *
 * @throws {@link GraphResponseError} when `data` is empty.
 */
export function firstItem<T>(body: { data: T[] }, request: string): T {
  const first = body.data[0];
  if (first === undefined) {
    throw new GraphResponseError(request, 200, JSON.stringify(body), "`data` is empty");
  }
  return first;
}
