/**
 * The server side of `pnpm bench`: one process (one core) that either runs the raw node:crypto
 * loop or serves the flow endpoint over node:http, as the parent asks through IPC.
 */
import {
  constants,
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  type KeyObject,
  privateDecrypt,
} from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createFlowEndpoint } from "@tswa/flows";
import { listen } from "@tswa/flows/node";

export type WorkerCommand =
  | { cmd: "raw"; seconds: number; envelopes: string[]; privateKey: string }
  | { cmd: "serve"; privateKey: string; appSecret: string }
  | { cmd: "serve-bare"; privateKey: string }
  | { cmd: "stop" };

export type WorkerReply =
  | { kind: "raw"; ops: number; seconds: number }
  | { kind: "serving"; url: string };

const RESPONSE = { screen: "CONFIRM", data: { date: "2026-12-01", slots: ["09:00", "10:00"] } };

/** The crypto of one request with node:crypto alone: what any flow endpoint must do. */
function rawRequest(text: string, key: KeyObject): string {
  const envelope = JSON.parse(text) as Record<string, string>;
  const aesKey = privateDecrypt(
    { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
    Buffer.from(envelope.encrypted_aes_key as string, "base64"),
  );
  const iv = Buffer.from(envelope.initial_vector as string, "base64");
  const data = Buffer.from(envelope.encrypted_flow_data as string, "base64");
  const decipher = createDecipheriv("aes-128-gcm", aesKey, iv);
  decipher.setAuthTag(data.subarray(data.length - 16));
  const request = JSON.parse(
    Buffer.concat([
      decipher.update(data.subarray(0, data.length - 16)),
      decipher.final(),
    ]).toString(),
  ) as { version: string };
  const flipped = Buffer.from(iv.map((byte) => ~byte & 0xff));
  const cipher = createCipheriv("aes-128-gcm", aesKey, flipped);
  return Buffer.concat([
    cipher.update(JSON.stringify({ version: request.version, ...RESPONSE })),
    cipher.final(),
    cipher.getAuthTag(),
  ]).toString("base64");
}

/** The raw crypto in a tight loop, in process: the ceiling of any endpoint. */
function rawLoop(seconds: number, envelopes: string[], pem: string): WorkerReply {
  const key = createPrivateKey(pem);
  const started = performance.now();
  const end = started + seconds * 1000;
  let ops = 0;
  while (performance.now() < end) {
    if (rawRequest(envelopes[ops % envelopes.length] as string, key).length === 0) break;
    ops++;
  }
  return { kind: "raw", ops, seconds: (performance.now() - started) / 1000 };
}

/** The same crypto behind a bare node:http server: no signature, no routing, no tswa. */
async function serveBare(pem: string): Promise<{ url: string; close: () => Promise<void> }> {
  const key = createPrivateKey(pem);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = rawRequest(Buffer.concat(chunks).toString(), key);
      res.writeHead(200, { "content-type": "text/plain", "content-length": body.length });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/flow`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let stop: (() => Promise<void>) | undefined;
process.on("message", async (message: WorkerCommand) => {
  if (message.cmd === "raw") {
    process.send?.(rawLoop(message.seconds, message.envelopes, message.privateKey));
  } else if (message.cmd === "serve") {
    const endpoint = createFlowEndpoint({
      path: "/flow",
      privateKey: message.privateKey,
      appSecret: message.appSecret,
    }).onDataExchange("APPOINTMENT", (req) => req.respond(RESPONSE));
    const server = await listen(endpoint, { host: "127.0.0.1", port: 0 });
    stop = server.close;
    process.send?.({ kind: "serving", url: `${server.url}/flow` } satisfies WorkerReply);
  } else if (message.cmd === "serve-bare") {
    const server = await serveBare(message.privateKey);
    stop = server.close;
    process.send?.({ kind: "serving", url: server.url } satisfies WorkerReply);
  } else {
    await stop?.();
    process.disconnect();
  }
});
