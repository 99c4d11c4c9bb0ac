/**
 * A Graph API stand-in: a real node:http server on 127.0.0.1 that records every request with
 * its whole body and answers from the test's function. Multipart bodies are decoded with the
 * platform's own parser (`Response.formData()`), independent of the code under test.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { defaultFetch, GraphClient, type GraphClientOptions } from "@tswa/core";
import { afterEach } from "vitest";
import { TOKEN } from "./graph-handlers.js";

/** One request as the stand-in received it. */
export interface Received {
  method: string;
  /** The path without the version, such as `/106540352242922/media`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage["headers"];
  body: Buffer;
  /** Whether the body arrived whole (false when the client aborted mid-way). */
  complete: boolean;
}

/** A decoded multipart part. */
export type Part = string | { filename: string; type: string; size: number; sha256: string };

/** What a test answers: a status and a JSON body, or its own handling of the response. */
export type Answer = { status?: number; json: unknown } | ((res: ServerResponse) => void);

/** A running stand-in. */
export interface StandIn {
  readonly origin: string;
  readonly received: Received[];
  /**
   * A client for this stand-in, with the test token and no retries unless given. With
   * `TSWA_TEST_FETCH=1` in the environment it sends through fetch, not straight to undici's
   * Agent, so a suite can be run on both paths.
   */
  client(options?: GraphClientOptions): GraphClient;
}

const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** Starts a stand-in that answers each request with `answer(request, index)`. */
export async function graphStandIn(
  answer: (request: Received, index: number) => Answer,
): Promise<StandIn> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const seen: Received = {
      method: req.method ?? "",
      path: url.pathname.replace(/^\/v\d+\.\d+/, ""),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: Buffer.alloc(0),
      complete: false,
    };
    received.push(seen);
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("close", () => {
      seen.body = Buffer.concat(chunks);
    });
    req.on("end", () => {
      seen.complete = true;
      seen.body = Buffer.concat(chunks);
      const reply = answer(seen, received.length - 1);
      if (typeof reply === "function") return reply(res);
      res.writeHead(reply.status ?? 200, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  open.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return {
    origin,
    received,
    client: (options = {}) =>
      new GraphClient({
        token: TOKEN,
        baseUrl: origin,
        retry: { maxRetries: 0 },
        ...(process.env.TSWA_TEST_FETCH === "1" ? { fetch: defaultFetch } : {}),
        ...options,
      }),
  };
}

/** Decodes a multipart/form-data request into its parts, by name (files by size and hash). */
export async function multipartParts(request: Received): Promise<Record<string, Part>> {
  const type = String(request.headers["content-type"] ?? "");
  const form = await new Response(new Uint8Array(request.body), {
    headers: { "content-type": type },
  }).formData();
  const parts: Record<string, Part> = {};
  for (const [name, value] of form) {
    parts[name] =
      typeof value === "string"
        ? value
        : {
            filename: value.name,
            type: value.type,
            size: value.size,
            sha256: sha256(new Uint8Array(await value.arrayBuffer())),
          };
  }
  return parts;
}

/** The SHA-256 of bytes, as hex: compares large bodies in one string. */
export const sha256 = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");

/** The multipart file part expected for `bytes`, as {@link multipartParts} reads it. */
export const filePart = (filename: string, type: string, bytes: Uint8Array): Part => ({
  filename,
  type,
  size: bytes.byteLength,
  sha256: sha256(bytes),
});
