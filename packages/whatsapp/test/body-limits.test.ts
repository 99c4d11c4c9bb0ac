import { connect, type Socket } from "node:net";
import { signPayload } from "@tswa/flows";
import type { RunningServer } from "@tswa/flows/node";
import { WhatsApp } from "tswa";
import { afterEach, describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey } from "./fixtures/keys.js";
import { envelope, messagesValue, textMessage } from "./fixtures/webhooks.js";

const APP_SECRET = "body-limit-secret";
const MiB = 1024 * 1024;
let running: RunningServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await running?.close();
  running = undefined;
});

async function serve(): Promise<RunningServer> {
  const wa = new WhatsApp({
    appSecret: APP_SECRET,
    webhookEndpoint: "/webhook",
    businessPrivateKey: privateKey,
    businessPrivateKeyPassword: PASSPHRASE,
  });
  wa.on("error", () => undefined);
  wa.onFlowRequest("/flow", (req) => req.respond({ screen: "A", data: {} }));
  running = await wa.listen();
  return running;
}

/** Opens a raw connection, writes `head`, and resolves with the first answer's status line. */
function rawRequest(port: number, head: string, body?: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    sockets.push(socket);
    let received = "";
    socket.on("data", (data) => {
      received += data.toString("latin1");
      if (received.includes("\r\n")) resolve(received.slice(0, received.indexOf("\r\n")));
    });
    socket.on("error", reject);
    socket.write(head);
    // The body is written but never ended: only a limit checked while reading can answer.
    if (body) socket.write(body);
  });
}

describe("body limits per path", () => {
  it("answers 413 from Content-Length alone when it exceeds the flow endpoint's 1 MiB, before any body byte", async () => {
    const { port } = await serve();
    const status = await rawRequest(
      port,
      `POST /flow HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${2 * MiB}\r\n\r\n`,
    );
    expect(status).toBe("HTTP/1.1 413 Payload Too Large");
  });

  it("stops reading a chunked flow request at 1 MiB, though a webhook may be 8 MiB", async () => {
    const { port } = await serve();
    const chunk = Buffer.alloc(MiB + 1024, "a");
    const status = await rawRequest(
      port,
      "POST /flow HTTP/1.1\r\nhost: 127.0.0.1\r\ntransfer-encoding: chunked\r\n\r\n",
      Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]),
    );
    expect(status).toBe("HTTP/1.1 413 Payload Too Large");
  });

  it("answers a path it does not serve with 404 without reading the body", async () => {
    const { port } = await serve();
    const status = await rawRequest(
      port,
      `POST /elsewhere HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${4 * MiB}\r\n\r\n`,
    );
    expect(status).toBe("HTTP/1.1 404 Not Found");
  });

  it("stops reading at the flow path's limit in the fetch form too (Hono, Bun, Deno, Workers)", async () => {
    const wa = new WhatsApp({
      businessPrivateKey: privateKey,
      businessPrivateKeyPassword: PASSPHRASE,
    });
    wa.on("error", () => undefined);
    wa.onFlowRequest("/flow");
    let pulled = 0;
    // 64 KiB pieces, never ending: only a limit checked while reading can answer.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const response = await wa.fetch(
      new Request("http://127.0.0.1/flow", { method: "POST", body, duplex: "half" } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(pulled * 64 * 1024).toBeLessThan(2 * MiB);
  });

  it("still takes a webhook of 2 MiB on the webhook path", async () => {
    const { url } = await serve();
    const padding = "x".repeat(2 * MiB);
    const body = JSON.stringify(
      envelope([{ field: "messages", value: messagesValue({ messages: [textMessage(padding)] }) }]),
    );
    const response = await fetch(`${url}/webhook`, {
      method: "POST",
      headers: { "x-hub-signature-256": signPayload(body, APP_SECRET) },
      body,
    });
    expect(response.status).toBe(200);
    const tooLarge = await fetch(`${url}/webhook`, {
      method: "POST",
      headers: { "content-length": String(9 * MiB) },
      body: Buffer.alloc(9 * MiB),
    }).catch(() => undefined);
    expect(tooLarge?.status ?? 413).toBe(413);
  });
});
