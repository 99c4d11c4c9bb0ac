import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter } from "@tswa/core";
import { describe, expect, it } from "vitest";

const policy = { initialDelay: 500, maxDelay: 8_000 };

describe("backoffDelay", () => {
  it("doubles the ceiling each retry up to maxDelay", () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 10].map((retry) => backoffDelay(retry, policy, () => 1));
    expect(ceilings).toEqual([500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it("never waits less than half the ceiling (equal jitter)", () => {
    const floors = [0, 1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, () => 0));
    expect(floors).toEqual([250, 500, 1_000, 2_000, 4_000, 4_000]);
  });

  it("spreads waits between the bounds with the random draw", () => {
    expect(backoffDelay(2, policy, () => 0.5)).toBe(1_500);
    for (let i = 0; i < 1_000; i++) {
      const delay = backoffDelay(3, policy);
      expect(delay).toBeGreaterThanOrEqual(2_000);
      expect(delay).toBeLessThanOrEqual(4_000);
    }
  });

  it("defaults to two retries of 0.5 s then 1 s, honouring Retry-After up to 60 s", () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({
      maxRetries: 2,
      initialDelay: 500,
      maxDelay: 8_000,
      maxRetryAfter: 60_000,
    });
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2026, 7, 1, 12, 0, 0);

  it("reads delay-seconds, whole or fractional", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 1.5 ", now)).toBe(1_500);
    expect(parseRetryAfter("0", now)).toBe(0);
  });

  it("reads an HTTP date as the time left until it", () => {
    expect(parseRetryAfter("Sat, 01 Aug 2026 12:00:30 GMT", now)).toBe(30_000);
  });

  it("treats a date in the past as no wait", () => {
    expect(parseRetryAfter("Sat, 01 Aug 2026 11:59:00 GMT", now)).toBe(0);
  });

  it("ignores a missing, empty or unreadable header", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});
