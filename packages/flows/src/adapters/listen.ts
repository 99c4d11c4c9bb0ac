import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { RawHttpHandler } from "../http.js";
import { type CloseOptions, GracefulServer } from "./graceful-server.js";
import { createNodeListener } from "./serve-node.js";
import { serverUrl } from "./server-url.js";

/** Options of {@link listen}. */
export interface ListenOptions {
  /** The port; `0` (the default) picks a free one. */
  port?: number | undefined;
  /** The interface to bind. Default `127.0.0.1`; use `0.0.0.0` behind a proxy or in a container. */
  host?: string | undefined;
  /**
   * The time a client has to send the request headers, in ms; past it the server answers 408
   * and closes the connection. Default 10 000 (WhatsApp gives up after 10 s).
   */
  headersTimeout?: number | undefined;
  /** The time a client has to send the whole request, in ms (408 past it). Default 15 000. */
  requestTimeout?: number | undefined;
  /**
   * The longest a connection may stay silent, in ms: a client that stops reading the answer
   * (or sending anything) is dropped. Default 30 000: above the request window and a handler's
   * deadline, so no live request is cut.
   */
  socketTimeout?: number | undefined;
}

/** A running server started by {@link listen}. */
export interface RunningServer {
  /** The node:http server. */
  server: Server;
  /**
   * The base URL, such as `http://127.0.0.1:8080`: one you can open on this machine, so a server
   * bound to `0.0.0.0` or `::` gives `http://127.0.0.1:<port>`.
   */
  url: string;
  /** The port actually bound. */
  port: number;
  /**
   * Stops accepting connections and closes idle keep-alive ones at once; lets the requests in
   * flight finish until `timeout` (default 10 s), then answers those still waiting with 503 and
   * closes every connection. Requests that arrive meanwhile on open connections get 503 with
   * `Connection: close`. Resolves when the server is closed.
   */
  close(options?: CloseOptions): Promise<void>;
}

/** How often node:http checks the header and request windows: its default is every 30 s. */
const CHECK_EVERY = 1_000;

/**
 * Starts a node:http server for a flow endpoint (or any {@link RawHttpHandler}), with the
 * header, request and socket windows above enforced to the second.
 *
 * @example
 * ```ts
 * import { createFlowEndpoint } from "@tswa/flows";
 * import { listen } from "@tswa/flows/node";
 *
 * const endpoint = createFlowEndpoint({ path: "/flow", privateKey: process.env.PRIVATE_KEY ?? "" });
 * const { url } = await listen(endpoint, { port: 8080 });
 * console.log(`flow endpoint on ${url}/flow`);
 * ```
 */
export async function listen(
  handler: RawHttpHandler,
  options: ListenOptions = {},
): Promise<RunningServer> {
  const headersTimeout = positive(options.headersTimeout ?? 10_000, "headersTimeout");
  const requestTimeout = positive(options.requestTimeout ?? 15_000, "requestTimeout");
  const socketTimeout = positive(options.socketTimeout ?? 30_000, "socketTimeout");
  const graceful = new GracefulServer(createNodeListener(handler));
  const server = createServer(
    {
      // node:http checks both windows only this often: every 30 s unless told.
      connectionsCheckingInterval: Math.max(
        10,
        Math.min(CHECK_EVERY, Math.floor(Math.min(headersTimeout, requestTimeout) / 4)),
      ),
      headersTimeout,
      requestTimeout,
    },
    graceful.listener,
  );
  // A silent socket (a client that never reads a large answer) is destroyed after this.
  server.setTimeout(socketTimeout);
  graceful.attach(server);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: serverUrl(host, port),
    port,
    close: (closeOptions) => graceful.close(closeOptions),
  };
}

function positive(value: number, name: string): number {
  if (!(value > 0)) throw new TypeError(`listen: ${name} must be a positive number of ms`);
  return value;
}
