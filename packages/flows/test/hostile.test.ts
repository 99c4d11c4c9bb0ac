import { request as httpRequest } from "node:http";
import { createFlowEndpoint, signPayload } from "@tswa/flows";
import { encryptFlowRequest } from "@tswa/flows/simulator";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APP_SECRET,
  privateKeyPem,
  publicKeyPem,
  type ServedEndpoint,
  serveEndpoint,
} from "./fixtures/index.js";

let served: ServedEndpoint;
beforeAll(async () => {
  served = await serveEndpoint({ maxBodySize: 64 * 1024 }, (e) =>
    e.onInit((req) => req.respond({ screen: "START" })),
  );
});
afterAll(() => served.close());

const stillServing = async () => expect((await served.client.ping()).status).toBe(200);

async function post(body: Uint8Array | string, signed = true): Promise<number> {
  const headers: Record<string, string> = {};
  if (signed) headers["x-hub-signature-256"] = signPayload(body, APP_SECRET);
  const payload = typeof body === "string" ? body : new Uint8Array(body);
  const response = await fetch(served.url, { method: "POST", headers, body: payload });
  await response.arrayBuffer();
  return response.status;
}

/** Streams `size` bytes without Content-Length (chunked), as a client that lies about nothing. */
function postChunked(size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(served.url, { method: "POST" }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (error: NodeJS.ErrnoException) =>
      // The server may close the socket while we are still writing: that is the point.
      error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve(413) : reject(error),
    );
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

describe("hostile input", () => {
  it("answers random bytes with 400 or 421 and never crashes (in process, 300 cases)", async () => {
    const endpoint = createFlowEndpoint({ privateKey: privateKeyPem, onError: () => undefined });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (body) => {
        const response = await endpoint.handle({ method: "POST", path: "/", headers: {}, body });
        expect([400, 421]).toContain(response.status);
      }),
      { numRuns: 300 },
    );
  });

  it("answers envelopes of random strings with 421, and signed random bytes over HTTP with 400", async () => {
    const endpoint = createFlowEndpoint({ privateKey: privateKeyPem, onError: () => undefined });
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.base64String(), async (data, key, iv) => {
        const body = Buffer.from(
          JSON.stringify({ encrypted_flow_data: data, encrypted_aes_key: key, initial_vector: iv }),
        );
        expect(
          (await endpoint.handle({ method: "POST", path: "/", headers: {}, body })).status,
        ).toBe(421);
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 512 }), async (body) => {
        expect([400, 421]).toContain(await post(body));
      }),
      { numRuns: 30 },
    );
    await stillServing();
  });

  it("answers every truncation of a valid envelope's base64 with 421", async () => {
    const { envelope } = encryptFlowRequest({ version: "3.0", action: "INIT" }, publicKeyPem);
    for (const field of ["encrypted_flow_data", "encrypted_aes_key", "initial_vector"] as const) {
      for (const cut of [1, 2, 3, 4, 5, 8]) {
        const body = JSON.stringify({ ...envelope, [field]: envelope[field].slice(0, -cut) });
        expect(await post(body)).toBe(421);
      }
    }
    await stillServing();
  });

  it("answers swapped fields with 421", async () => {
    const { envelope } = encryptFlowRequest({ version: "3.0", action: "INIT" }, publicKeyPem);
    const { encrypted_flow_data: data, encrypted_aes_key: key, initial_vector: iv } = envelope;
    for (const swapped of [
      { encrypted_flow_data: key, encrypted_aes_key: data, initial_vector: iv },
      { encrypted_flow_data: iv, encrypted_aes_key: key, initial_vector: data },
      { encrypted_flow_data: data, encrypted_aes_key: iv, initial_vector: key },
    ]) {
      expect(await post(JSON.stringify(swapped))).toBe(421);
    }
    await stillServing();
  });

  it("answers a 10 MB body with 413 before reading it, and keeps serving", async () => {
    expect(await post(Buffer.alloc(10 * 1024 * 1024, 0x7b), false)).toBe(413);
    await stillServing();
  });

  it("answers a 10 MB chunked body (no Content-Length) with 413, and keeps serving", async () => {
    expect(await postChunked(10 * 1024 * 1024)).toBe(413);
    await stillServing();
  });

  it("answers a body just over the limit with 413 and one at the limit normally", async () => {
    const limit = 64 * 1024;
    expect(await post(Buffer.alloc(limit + 1, 0x20))).toBe(413);
    expect(await post(Buffer.alloc(limit, 0x20))).toBe(400);
  });

  it("keeps answering correctly under 50 concurrent hostile and valid requests", async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 === 0
          ? served.client.init().then((exchange) => exchange.status)
          : post(Buffer.from(`garbage ${i}`)),
      ),
    );
    results.forEach((status, i) => {
      expect(status).toBe(i % 2 === 0 ? 200 : 400);
    });
  });
});
