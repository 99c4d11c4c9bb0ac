import type { IncomingMessage, Server, ServerResponse } from "node:http";

/** Options of a graceful close. */
export interface CloseOptions {
  /**
   * How long requests in flight may still take, in ms. Default 10 000 (WhatsApp's own wait);
   * `0` answers them at once.
   */
  timeout?: number | undefined;
}

const UNAVAILABLE = "Service Unavailable: the server is shutting down";

/**
 * The shutdown half of a node:http server: knows the requests in flight, refuses new ones once
 * closing (503, so WhatsApp tries again later, with `Connection: close`), and at the deadline
 * answers the ones still waiting with 503 and closes every connection.
 */
export class GracefulServer {
  /** The request listener to give `createServer`: tracks each request, then runs `inner`. */
  readonly listener: (req: IncomingMessage, res: ServerResponse) => void;
  readonly #inFlight = new Set<ServerResponse>();
  #server: Server | undefined;
  #closing: Promise<void> | undefined;
  #drained: (() => void) | undefined;

  constructor(inner: (req: IncomingMessage, res: ServerResponse) => void) {
    this.listener = (req, res) => {
      if (this.#closing) {
        refuse(res);
        req.resume();
        return;
      }
      this.#inFlight.add(res);
      res.once("close", () => this.#settled(res));
      inner(req, res);
    };
  }

  /** Binds the server this instance closes. */
  attach(server: Server): void {
    this.#server = server;
  }

  /** Closes as described in {@link CloseOptions}; later calls return the same promise. */
  close(options: CloseOptions = {}): Promise<void> {
    this.#closing ??= this.#close(options.timeout ?? 10_000);
    return this.#closing;
  }

  async #close(timeout: number): Promise<void> {
    const server = this.#server;
    if (!server) return;
    const closed = new Promise<void>((resolve, reject) =>
      server.close((error) => (error && server.listening ? reject(error) : resolve())),
    );
    server.closeIdleConnections();
    if (this.#inFlight.size > 0) {
      const drained = new Promise<void>((resolve) => {
        this.#drained = resolve;
      });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        drained,
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, Math.min(Math.max(timeout, 0), 2 ** 31 - 1));
        }),
      ]);
      clearTimeout(timer);
      // Abandoned at the deadline: a 503 if nothing was sent yet, else the connection is cut.
      for (const res of this.#inFlight) {
        if (res.headersSent) res.destroy();
        else refuse(res);
      }
    }
    server.closeAllConnections();
    await closed;
  }

  #settled(res: ServerResponse): void {
    this.#inFlight.delete(res);
    if (!this.#closing) return;
    // A connection that just finished its last answer is idle now: close it.
    setImmediate(() => this.#server?.closeIdleConnections());
    if (this.#inFlight.size === 0) this.#drained?.();
  }
}

function refuse(res: ServerResponse): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(503, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(UNAVAILABLE),
    connection: "close",
    "retry-after": "5",
  });
  res.end(UNAVAILABLE);
}
