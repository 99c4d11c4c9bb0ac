import { sharedAgent } from "./shared-agent.js";

/**
 * A fetch-compatible function: the global `fetch`, undici's, or a wrapper of either (a proxy,
 * instrumentation, a test double). tswa only calls it with a URL string and a `RequestInit`.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The default fetch: the global `fetch` (so msw and other interceptors see every call) with
 * tswa's shared undici `Agent`, which keeps connections to Graph alive for 60 s between calls,
 * instead of Node's 4 s default, opens at most 128 connections per origin (more calls at once
 * wait for a free one instead of opening a socket each), and gives up connecting after 10 s.
 * Pass your own `fetch` for other limits. undici is loaded on the first call (about 100 ms and
 * 20 MiB on Node 20), so importing tswa into a process that never calls Graph costs nothing.
 */
export const defaultFetch: FetchLike = async (input, init) => {
  return fetch(input, { ...init, dispatcher: await sharedAgent() } as RequestInit);
};
