/**
 * A stand-in for graph.facebook.com on 127.0.0.1, so the demo runs without a Meta account: it
 * accepts `POST /{version}/{phone-id}/messages` and records each message body.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface GraphStandIn {
  url: string;
  /** The message bodies the app sent, in order. */
  sent: Record<string, unknown>[];
  /** Resolves at the next message the app sends. */
  nextMessage(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startGraphStandIn(): Promise<GraphStandIn> {
  const sent: Record<string, unknown>[] = [];
  const waiting: ((body: Record<string, unknown>) => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      sent.push(body);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          messaging_product: "whatsapp",
          contacts: [{ input: body.to, wa_id: body.to }],
          messages: [{ id: `wamid.demo${sent.length}` }],
        }),
      );
      waiting.shift()?.(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    nextMessage: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
