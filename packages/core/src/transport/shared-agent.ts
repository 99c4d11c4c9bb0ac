import type { Dispatcher } from "undici";

let loading: Promise<Dispatcher> | undefined;
let loaded: Dispatcher | undefined;

/**
 * tswa's shared undici Agent: it keeps connections to Graph alive for 60 s between calls,
 * instead of Node's 4 s default, opens at most 128 connections per origin (more calls at once
 * wait for a free one instead of opening a socket each), and gives up connecting after 10 s.
 * undici is loaded on the first call (about 100 ms and 20 MiB on Node 20), so importing tswa
 * into a process that never calls Graph costs nothing; afterwards the Agent is returned
 * without a promise.
 */
export function sharedAgent(): Dispatcher | Promise<Dispatcher> {
  if (loaded) return loaded;
  loading ??= import("undici").then(({ Agent }) => {
    loaded = new Agent({
      keepAliveTimeout: 60_000,
      keepAliveMaxTimeout: 600_000,
      connections: 128,
      connect: { timeout: 10_000 },
    });
    return loaded;
  });
  return loading;
}
