import {
  type FetchLike,
  HttpTransport,
  VERSION,
  WhatsAppNetworkError,
  WhatsAppTimeoutError,
} from "@tswa/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type Step = (() => Response) | Error | "hang";

/** A fetch that plays `steps` in order (the last one repeats) and records each call. */
function scripted(...steps: Step[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const step = steps[Math.min(calls.length, steps.length) - 1];
    if (step === "hang") {
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
      );
    }
    if (step instanceof Error) throw step;
    if (step === undefined) throw new Error("no step");
    return step();
  };
  return { fetch, calls };
}

const status =
  (code: number, headers?: Record<string, string>, body = "{}") =>
  () =>
    new Response(body, { status: code, headers });
const ok = status(200, undefined, '{"ok":true}');

/** What undici throws: TypeError("fetch failed") with the socket error as its cause. */
const socketError = (code: string) =>
  new TypeError("fetch failed", {
    cause: Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code }),
  });

const URL_ = "https://graph.facebook.com/v26.0/1";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.spyOn(Math, "random").mockReturnValue(1); // backoff at its ceiling
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets pending promises and timers up to `ms` from now run. */
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe("HttpTransport retries", () => {
  it("retries a GET answered 503 after the backoff, then returns the success", async () => {
    const { fetch, calls } = scripted(status(503), ok);
    const transport = new HttpTransport({ fetch, retry: { initialDelay: 100, maxDelay: 1_000 } });
    const sent = transport.send({ method: "GET", url: URL_ });
    await elapse(99);
    expect(calls).toHaveLength(1);
    await elapse(1);
    const response = await sent;
    expect(calls).toHaveLength(2);
    expect(response.status).toBe(200);
  });

  it("waits between half the ceiling and the ceiling, doubling up to maxDelay", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const { fetch, calls } = scripted(status(500));
    const transport = new HttpTransport({
      fetch,
      retry: { maxRetries: 3, initialDelay: 100, maxDelay: 300 },
    });
    const sent = transport.send({ method: "GET", url: URL_ });
    // Floors with random() = 0: 50, 100, 150 (ceilings 100, 200, then 300 = maxDelay).
    for (const [wait, expected] of [
      [49, 1],
      [1, 2],
      [99, 2],
      [1, 3],
      [149, 3],
      [1, 4],
    ] as const) {
      await elapse(wait);
      expect(calls).toHaveLength(expected);
    }
    expect((await sent).status).toBe(500);
  });

  it("stops after maxRetries and returns the last failure", async () => {
    const { fetch, calls } = scripted(status(502));
    const transport = new HttpTransport({ fetch, retry: { maxRetries: 2, initialDelay: 10 } });
    const sent = transport.send({ method: "GET", url: URL_ });
    await elapse(1_000);
    expect((await sent).status).toBe(502);
    expect(calls).toHaveLength(3);
  });

  it("does not retry at all with maxRetries: 0", async () => {
    const { fetch, calls } = scripted(status(503), ok);
    const transport = new HttpTransport({ fetch, retry: { maxRetries: 0 } });
    expect((await transport.send({ method: "GET", url: URL_ })).status).toBe(503);
    expect(calls).toHaveLength(1);
  });

  it("honours Retry-After in seconds instead of the backoff", async () => {
    const { fetch, calls } = scripted(status(429, { "retry-after": "3" }), ok);
    const transport = new HttpTransport({ fetch, retry: { initialDelay: 10 } });
    const sent = transport.send({ method: "GET", url: URL_ });
    await elapse(2_999);
    expect(calls).toHaveLength(1);
    await elapse(1);
    expect((await sent).status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it("honours Retry-After as an HTTP date", async () => {
    vi.setSystemTime(Date.UTC(2026, 7, 1, 12, 0, 0));
    const { fetch, calls } = scripted(
      status(503, { "retry-after": "Sat, 01 Aug 2026 12:00:05 GMT" }),
      ok,
    );
    const transport = new HttpTransport({ fetch, retry: { initialDelay: 10 } });
    const sent = transport.send({ method: "GET", url: URL_ });
    await elapse(4_999);
    expect(calls).toHaveLength(1);
    await elapse(1);
    expect((await sent).status).toBe(200);
  });

  it("returns at once when Retry-After is longer than maxRetryAfter", async () => {
    const { fetch, calls } = scripted(status(429, { "retry-after": "120" }), ok);
    const transport = new HttpTransport({ fetch, retry: { maxRetryAfter: 60_000 } });
    const response = await transport.send({ method: "GET", url: URL_ });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("120");
    expect(calls).toHaveLength(1);
  });

  it("never repeats a POST answered 500 or 429 unless the server marks it transient", async () => {
    const plain = scripted(status(500), ok);
    const transport = new HttpTransport({ fetch: plain.fetch, retry: { initialDelay: 10 } });
    expect((await transport.send({ method: "POST", url: URL_, body: "{}" })).status).toBe(500);
    expect(plain.calls).toHaveLength(1);
    const limited = scripted(status(429, { "retry-after": "0" }), ok);
    const limitedTransport = new HttpTransport({ fetch: limited.fetch });
    const answer = await limitedTransport.send({ method: "POST", url: URL_, body: "{}" });
    expect(answer.status).toBe(429);
    expect(limited.calls).toHaveLength(1);

    const marked = scripted(status(500, undefined, '{"transient":true}'), ok);
    const retrying = new HttpTransport({ fetch: marked.fetch, retry: { initialDelay: 10 } });
    const sent = retrying.send({
      method: "POST",
      url: URL_,
      body: "{}",
      isTransient: async (r) => (await r.json()).transient === true,
    });
    await elapse(10);
    expect((await sent).status).toBe(200);
    expect(marked.calls).toHaveLength(2);
  });

  it("retries a GET after a reset connection but not a POST", async () => {
    const get = scripted(socketError("ECONNRESET"), ok);
    const transport = new HttpTransport({ fetch: get.fetch, retry: { initialDelay: 10 } });
    const sent = transport.send({ method: "GET", url: URL_ });
    await elapse(10);
    expect((await sent).status).toBe(200);

    const post = scripted(socketError("ECONNRESET"), ok);
    const posting = new HttpTransport({ fetch: post.fetch, retry: { initialDelay: 10 } });
    const error = await posting.send({ method: "POST", url: URL_, body: "{}" }).catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppNetworkError);
    expect(error.code).toBe("ECONNRESET");
    expect(error.neverSent).toBe(false);
    expect(error.message).toBe(`POST ${URL_} failed: connect ECONNRESET 127.0.0.1:9`);
    expect(post.calls).toHaveLength(1);
  });

  it("retries a POST whose connection was refused, since it never reached the server", async () => {
    const { fetch, calls } = scripted(socketError("ECONNREFUSED"), ok);
    const transport = new HttpTransport({ fetch, retry: { initialDelay: 10 } });
    const sent = transport.send({ method: "POST", url: URL_, body: "{}" });
    await elapse(10);
    expect((await sent).status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it("makes a fresh body for each attempt from a body function", async () => {
    const { fetch, calls } = scripted(status(429, { "retry-after": "0" }), ok);
    let made = 0;
    const transport = new HttpTransport({ fetch });
    const sent = transport.send({
      method: "PUT",
      url: URL_,
      idempotent: true,
      body: () => `attempt ${++made}`,
    });
    await elapse(0);
    await sent;
    expect(calls.map((c) => c.init.body)).toEqual(["attempt 1", "attempt 2"]);
  });

  it("stops waiting for a retry when the caller aborts", async () => {
    const { fetch, calls } = scripted(status(503));
    const transport = new HttpTransport({ fetch, retry: { initialDelay: 10_000 } });
    const controller = new AbortController();
    const sent = transport.send({ method: "GET", url: URL_, signal: controller.signal });
    const outcome = sent.catch((e) => e);
    await elapse(100);
    controller.abort(new Error("user gave up"));
    expect(((await outcome) as Error).message).toBe("user gave up");
    expect(calls).toHaveLength(1);
  });
});

describe("HttpTransport requests", () => {
  it("sends a User-Agent naming tswa, node and the caller's suffix", async () => {
    const { fetch, calls } = scripted(ok);
    await new HttpTransport({ fetch, userAgent: "acme-bot/2.1" }).send({
      method: "get",
      url: URL_,
      headers: { "x-extra": "1" },
    });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers["user-agent"]).toBe(`tswa/${VERSION} node/${process.version} acme-bot/2.1`);
    expect(headers["x-extra"]).toBe("1");
    expect(calls[0]?.init.method).toBe("GET");
  });

  it("refuses a non-positive timeout and a fractional maxRetries", () => {
    expect(() => new HttpTransport({ timeout: 0 })).toThrow("timeout must be positive");
    expect(() => new HttpTransport({ retry: { maxRetries: 1.5 } })).toThrow(
      "retry.maxRetries must be a whole number >= 0",
    );
  });
});

describe("HttpTransport timeouts", () => {
  beforeEach(() => vi.useRealTimers()); // AbortSignal.timeout runs on Node's own timers

  it("throws WhatsAppTimeoutError when an attempt takes longer than the timeout", async () => {
    const { fetch, calls } = scripted("hang");
    const transport = new HttpTransport({ fetch, timeout: 30, retry: { maxRetries: 0 } });
    const error = await transport.send({ method: "GET", url: URL_ }).catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppTimeoutError);
    expect(error).toBeInstanceOf(WhatsAppNetworkError);
    expect(error.timeout).toBe(30);
    expect(error.message).toBe(`GET ${URL_} timed out after 30 ms`);
    expect(calls).toHaveLength(1);
  });

  it("retries a GET that timed out, and never a POST", async () => {
    const get = scripted("hang", ok);
    const transport = new HttpTransport({
      fetch: get.fetch,
      timeout: 20,
      retry: { initialDelay: 1, maxDelay: 1 },
    });
    expect((await transport.send({ method: "GET", url: URL_ })).status).toBe(200);
    expect(get.calls).toHaveLength(2);

    const post = scripted("hang", ok);
    const posting = new HttpTransport({ fetch: post.fetch, timeout: 20 });
    await expect(posting.send({ method: "POST", url: URL_, body: "{}" })).rejects.toBeInstanceOf(
      WhatsAppTimeoutError,
    );
    expect(post.calls).toHaveLength(1);
  });

  it("uses the per-call timeout over the transport's", async () => {
    const { fetch } = scripted("hang");
    const transport = new HttpTransport({ fetch, timeout: 60_000, retry: { maxRetries: 0 } });
    const error = await transport.send({ method: "GET", url: URL_, timeout: 15 }).catch((e) => e);
    expect(error.timeout).toBe(15);
  });
});
