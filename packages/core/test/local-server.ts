/**
 * A real HTTP server on 127.0.0.1 (port 0) for transport tests: it records each request with
 * its whole body before answering, counts connections, and is closed after each test.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";

/** One request as the server received it. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

/** A running server. */
export interface Served {
  origin: string;
  received: Received[];
  connections: number;
  close(): Promise<void>;
}

const open: Served[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** Starts a server that calls `answer` once each request's body has arrived. */
export async function serve(answer: (req: Received, res: ServerResponse) => void): Promise<Served> {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const seen = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    received.push(seen);
    answer(seen, res);
  });
  const served: Served = {
    origin: "",
    received,
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        const at = open.indexOf(served);
        if (at !== -1) open.splice(at, 1);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on("connection", () => served.connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  served.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  open.push(served);
  return served;
}

/** Answers with a JSON body. */
export function json(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
