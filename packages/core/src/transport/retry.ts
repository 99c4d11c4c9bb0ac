/** How a transport retries; every field has a default (see {@link DEFAULT_RETRY_POLICY}). */
export interface RetryPolicy {
  /** Retries after the first attempt. `0` turns retrying off. */
  maxRetries: number;
  /** The backoff before the first retry, in ms; it doubles on each retry. */
  initialDelay: number;
  /** The largest backoff, in ms. */
  maxDelay: number;
  /** A `Retry-After` longer than this (ms) is not waited for: the error is returned at once. */
  maxRetryAfter: number;
}

/** Two retries, 0.5 s then 1 s (each jittered down to half), `Retry-After` up to 60 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  initialDelay: 500,
  maxDelay: 8_000,
  maxRetryAfter: 60_000,
};

/**
 * The wait before retry number `retry` (0 for the first retry): exponential, capped at
 * `maxDelay`, with "equal jitter", so the wait lies in `[ceiling / 2, ceiling]` and clients that
 * failed together do not come back together.
 */
export function backoffDelay(
  retry: number,
  policy: Pick<RetryPolicy, "initialDelay" | "maxDelay">,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelay, policy.initialDelay * 2 ** retry);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/**
 * Reads a `Retry-After` header: delay-seconds or an HTTP date.
 *
 * @returns The wait in ms, or `undefined` when the header is missing or unreadable.
 */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now(),
): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  // Every HTTP-date form names its month; without a letter, Date.parse would read "-5" as a year.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
