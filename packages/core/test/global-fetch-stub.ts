/**
 * Replaces the global fetch, as msw or an APM agent would, with a wrapper of Node's own that
 * records the URL of each call; `vi.unstubAllGlobals()` puts the original back.
 */
import { vi } from "vitest";

/** Stubs the global fetch and returns the URLs it is called with, in order. */
export function recordGlobalFetch(): string[] {
  const calls: string[] = [];
  const original = globalThis.fetch;
  vi.stubGlobal("fetch", (input: string, init: RequestInit) => {
    calls.push(input);
    return original(input, init);
  });
  return calls;
}
