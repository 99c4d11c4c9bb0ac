/**
 * Graph JSON calls take one of two paths: straight to tswa's undici Agent (the default, while
 * the global fetch is Node's own) or through a fetch (a custom one, or the global one once msw
 * or anything else replaced it). Both must put the same request on the wire and behave the
 * same: retries, Retry-After, timeouts, the deadline, aborts, errors. Real servers on
 * 127.0.0.1; the path taken shows in the headers fetch adds (`sec-fetch-mode`).
 */
import { getEventListeners } from "node:events";
import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import {
  defaultFetch,
  GraphApiError,
  GraphClient,
  type GraphClientOptions,
  MessagesApi,
  WhatsAppNetworkError,
  WhatsAppTimeoutError,
} from "@tswa/core";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { recordGlobalFetch } from "./global-fetch-stub.js";
import { graphErrorBody, PHONE_ID, sentBody, TOKEN } from "./graph-handlers.js";
import { json, type Served, serve } from "./local-server.js";

/** Headers the fetch standard adds to every request; the direct path sends none of them. */
const FETCH_ONLY_HEADERS = ["accept", "accept-encoding", "accept-language", "sec-fetch-mode"];

const PATHS = {
  direct: {} as GraphClientOptions,
  fetch: { fetch: defaultFetch } as GraphClientOptions,
};

/** What `promise` settled with (its error when it rejected), or a note that it had not in 1 s. */
async function settledWithin(promise: Promise<unknown>): Promise<unknown> {
  const caught = promise.catch((error: unknown) => error);
  return Promise.race([caught, sleep(1000).then(() => "still pending after 1 s")]);
}

const client = (served: Served, options: GraphClientOptions = {}) =>
  new GraphClient({ token: TOKEN, baseUrl: served.origin, ...options });

const get = (graph: GraphClient, options: { signal?: AbortSignal; deadline?: number } = {}) =>
  graph.request({ method: "GET", path: "me", schema: z.object({ id: z.string() }), ...options });

const post = (graph: GraphClient) =>
  graph.request({ method: "POST", path: "me/things", json: { a: 1 }, schema: z.looseObject({}) });

describe("which path a Graph call takes", () => {
  it("goes straight to the Agent by default, and through fetch when one is given", async () => {
    const served = await serve((_, res) => json(res, { id: "1" }));
    await get(client(served));
    await get(client(served, PATHS.fetch));
    const [direct, fetched] = served.received;
    expect(direct?.headers["sec-fetch-mode"]).toBeUndefined();
    expect(fetched?.headers["sec-fetch-mode"]).toBe("cors");
  });

  it("goes through the global fetch while something replaced it", async () => {
    const served = await serve((_, res) => json(res, { id: "1" }));
    const calls = recordGlobalFetch();
    try {
      await get(client(served));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(calls).toEqual([`${served.origin}/v26.0/me`]);
    await get(client(served));
    expect(calls).toHaveLength(1);
  });

  it("lets msw intercept every call while it listens, and goes direct again after close", async () => {
    const served = await serve((_, res) => json(res, { id: "real" }));
    const graph = client(served);
    const msw = setupServer(
      http.get(`${served.origin}/v26.0/me`, () => HttpResponse.json({ id: "mocked" })),
    );
    msw.listen({ onUnhandledRequest: "error" });
    try {
      expect(await get(graph)).toEqual({ id: "mocked" });
    } finally {
      msw.close();
    }
    expect(served.received).toHaveLength(0);
    expect(await get(graph)).toEqual({ id: "real" });
  });

  it("sends forms through fetch, which encodes them", async () => {
    const served = await serve((_, res) => json(res, { success: true }));
    await client(served).request({
      method: "POST",
      path: "me/form",
      form: new URLSearchParams({ a: "1" }),
      schema: z.unknown(),
    });
    expect(served.received[0]?.headers["sec-fetch-mode"]).toBe("cors");
    expect(served.received[0]?.body.toString()).toBe("a=1");
  });
});

describe("both paths put the same request on the wire", () => {
  it("sends a message with the same method, URL, headers and body bytes", async () => {
    const served = await serve((_, res) => json(res, sentBody()));
    for (const options of Object.values(PATHS)) {
      const messages = new MessagesApi(client(served, options), { phoneId: PHONE_ID });
      await messages.sendMessage({ to: "16505551234", text: "Hé ✓ — your table is booked" });
    }
    const [direct, fetched] = served.received;
    expect(direct?.method).toBe("POST");
    expect(direct?.url).toBe(`/v26.0/${PHONE_ID}/messages`);
    expect(fetched?.method).toBe(direct?.method);
    expect(fetched?.url).toBe(direct?.url);
    expect(direct?.body.equals(fetched?.body ?? Buffer.alloc(0))).toBe(true);
    const { host: _a, ...directHeaders } = direct?.headers ?? {};
    const { host: _b, ...fetchHeaders } = fetched?.headers ?? {};
    for (const name of FETCH_ONLY_HEADERS) delete fetchHeaders[name];
    expect(directHeaders).toEqual(fetchHeaders);
    expect(directHeaders).toEqual({
      authorization: `Bearer ${TOKEN}`,
      "content-type": "application/json",
      "content-length": String(direct?.body.length),
      "user-agent": expect.stringMatching(/^tswa\/\S+ node\/v\d+/),
      connection: "keep-alive",
    });
  });
});

describe.each(Object.entries(PATHS))("the %s path", (_, options) => {
  it("retries a GET answered 503 with Retry-After: 0", async () => {
    const served = await serve((_, res) => {
      if (served.received.length === 1) {
        res.writeHead(503, { "retry-after": "0" });
        res.end("busy");
      } else json(res, { id: "1" });
    });
    expect(await get(client(served, options))).toEqual({ id: "1" });
    expect(served.received).toHaveLength(2);
  });

  it("repeats a POST only when Graph marks the error transient", async () => {
    const served = await serve((_, res) => {
      const n = served.received.length;
      if (n === 1) json(res, graphErrorBody(2, { is_transient: true }), 500);
      else if (n === 2) json(res, graphErrorBody(131000), 500);
      else json(res, { ok: true });
    });
    const error = await post(client(served, { ...options, retry: { initialDelay: 1 } })).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.code).toBe(131000);
    expect(served.received).toHaveLength(2);
  });

  it("waits no Retry-After longer than maxRetryAfter, answering with the error", async () => {
    const served = await serve((_, res) => {
      res.writeHead(429, { "retry-after": "120", "content-type": "application/json" });
      res.end(JSON.stringify(graphErrorBody(4)));
    });
    const error = await get(client(served, options)).catch((e) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.status).toBe(429);
    expect(served.received).toHaveLength(1);
  });

  it("times out an attempt, retrying a GET, and names the timeout", async () => {
    const served = await serve(() => {});
    const graph = client(served, { ...options, timeout: 300, retry: { initialDelay: 1 } });
    const error = await get(graph).catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppTimeoutError);
    expect(error.message).toBe(`GET ${served.origin}/v26.0/me timed out after 300 ms`);
    await vi.waitFor(() => expect(served.received).toHaveLength(3));
  });

  it("times out a body that stops halfway", async () => {
    const served = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"id":');
    });
    const graph = client(served, { ...options, timeout: 200, retry: { maxRetries: 0 } });
    const error = await get(graph).catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppTimeoutError);
    expect(error.timeout).toBe(200);
  });

  it("ends the call at its deadline, naming the deadline", async () => {
    const served = await serve(() => {});
    const graph = client(served, { ...options, timeout: 10_000 });
    const error = await get(graph, { deadline: 250 }).catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppTimeoutError);
    expect(error.timeout).toBe(250);
  });

  it("rejects with the caller's reason when aborted in flight, and lets go of the signal", async () => {
    const served = await serve(() => {});
    const controller = new AbortController();
    const call = get(client(served, options), { signal: controller.signal });
    await vi.waitFor(() => expect(served.received).toHaveLength(1));
    const reason = new Error("user left");
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);

    const shared = new AbortController();
    const ok = await serve((_, res) => json(res, { id: "1" }));
    for (let i = 0; i < 3; i++) await get(client(ok, options), { signal: shared.signal });
    expect(getEventListeners(shared.signal, "abort")).toHaveLength(0);
  });

  it("decodes a body whose UTF-8 characters are split across writes", async () => {
    const bytes = Buffer.from(JSON.stringify({ id: "Hé ✓ 👋" }));
    const served = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write(bytes.subarray(0, 10)); // inside "é"
      setTimeout(() => res.end(bytes.subarray(10)), 20);
    });
    expect(await get(client(served, options))).toEqual({ id: "Hé ✓ 👋" });
  });

  it("sends nothing for a signal aborted before the call", async () => {
    const served = await serve((_, res) => json(res, { id: "1" }));
    const reason = new Error("too late");
    await expect(get(client(served, options), { signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );
    expect(served.received).toHaveLength(0);
  });

  it("completes 200 calls at once on at most 128 connections", async () => {
    const served = await serve((_, res) => setTimeout(() => json(res, { id: "1" }), 5));
    const graph = client(served, options);
    const results = await Promise.all(Array.from({ length: 200 }, () => get(graph)));
    expect(results).toHaveLength(200);
    expect(served.received).toHaveLength(200);
    expect(served.connections).toBeLessThanOrEqual(128);
  });

  it("reports a refused connection as a network error that was never sent", async () => {
    const served = await serve(() => {});
    await served.close();
    const error = await post(client(served, { ...options, retry: { maxRetries: 0 } })).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(WhatsAppNetworkError);
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.neverSent).toBe(true);
    expect(error.message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/v26\.0\/me\/things failed: /);
  });

  it("masks the token an error body quotes back", async () => {
    const served = await serve((_, res) =>
      json(res, { error: { message: `Malformed access token ${TOKEN}`, code: 190 } }, 401),
    );
    const error = await post(client(served, options)).catch((e) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(String(error.rawBody)).toContain("[redacted]");
  });
  it("gives up on a call still waiting for a free connection: aborted or timed out", async () => {
    const held: ServerResponse[] = [];
    let answering = false;
    const served = await serve((_, res) => (answering ? json(res, { id: "1" }) : held.push(res)));
    // tswa's Agent opens at most 128 connections per origin: these calls take them all.
    const busy = client(served, { ...options, timeout: Infinity, deadline: Infinity });
    const holding = Array.from({ length: 128 }, () => get(busy).catch(() => undefined));
    await vi.waitFor(() => expect(held).toHaveLength(128));
    const controller = new AbortController();
    const aborted = get(client(served, options), { signal: controller.signal });
    const timedOut = get(client(served, { ...options, timeout: 200, retry: { maxRetries: 0 } }));
    await sleep(50);
    const reason = new Error("gave up waiting");
    controller.abort(reason);
    expect(await settledWithin(aborted)).toBe(reason);
    expect(await settledWithin(timedOut)).toBeInstanceOf(WhatsAppTimeoutError);
    // A connection frees up: the calls given up on are never sent on it.
    json(held[0] as ServerResponse, { id: "1" });
    await sleep(100);
    expect(served.received).toHaveLength(128);
    answering = true;
    for (const res of held.slice(1)) json(res, { id: "1" });
    await Promise.all(holding);
    await served.close();
  });
});
