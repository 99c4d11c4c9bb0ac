/**
 * `HttpTransport.sendStreamed` answers once the headers arrived, with a body read piece by
 * piece. It takes one of two paths: straight to tswa's undici Agent (no `fetch` option,
 * `redirect: "manual"`, a string/bytes/no body, and Node's own global fetch), or through a
 * fetch. Both must deliver the same status, headers and bytes, and retry the same way. Real
 * servers on 127.0.0.1; the path taken shows in the headers fetch adds (`sec-fetch-mode`).
 * Back-pressure and failures mid-body: `transport-streamed-failures.test.ts`.
 */
import { randomBytes } from "node:crypto";
import { getEventListeners } from "node:events";
import { defaultFetch, HttpTransport } from "@tswa/core";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { recordGlobalFetch } from "./global-fetch-stub.js";
import { serve } from "./local-server.js";
import { download, PATHS, readAll, sha256, watchConnection } from "./streamed-helpers.js";

describe("which path a streamed call takes", () => {
  it("goes straight to the Agent by default with redirect manual, through fetch when one is given", async () => {
    const served = await serve((_, res) => res.end("file"));
    const direct = await download(new HttpTransport(), `${served.origin}/a`);
    const fetched = await download(
      new HttpTransport({ fetch: defaultFetch }),
      `${served.origin}/b`,
    );
    expect(await readAll(direct.body)).toEqual(Buffer.from("file"));
    expect(await readAll(fetched.body)).toEqual(Buffer.from("file"));
    expect(served.received.map((r) => [r.url, r.headers["sec-fetch-mode"]])).toEqual([
      ["/a", undefined],
      ["/b", "cors"],
    ]);
  });

  it("goes through fetch when redirects are to be followed", async () => {
    const served = await serve((_, res) => res.end("file"));
    const transport = new HttpTransport();
    for (const redirect of [undefined, "follow"] as const) {
      const answer = await download(transport, served.origin, { redirect });
      expect(await readAll(answer.body)).toEqual(Buffer.from("file"));
    }
    expect(served.received.map((r) => r.headers["sec-fetch-mode"])).toEqual(["cors", "cors"]);
  });

  it("sends a string body on the direct path as it is", async () => {
    const served = await serve((_, res) => res.end("ok"));
    const body = "Hé ✓ — a body";
    const answer = await download(new HttpTransport(), served.origin, { method: "POST", body });
    expect(await readAll(answer.body)).toEqual(Buffer.from("ok"));
    const [seen] = served.received;
    expect(seen?.method).toBe("POST");
    expect(seen?.headers["sec-fetch-mode"]).toBeUndefined();
    expect(seen?.body.toString()).toBe(body);
  });

  it("goes through the global fetch while something replaced it", async () => {
    const served = await serve((_, res) => res.end("file"));
    const calls = recordGlobalFetch();
    try {
      const answer = await download(new HttpTransport(), `${served.origin}/stubbed`);
      expect(await readAll(answer.body)).toEqual(Buffer.from("file"));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(calls).toEqual([`${served.origin}/stubbed`]);
    await readAll((await download(new HttpTransport(), `${served.origin}/native`)).body);
    expect(calls).toHaveLength(1);
  });

  it("lets msw intercept a download while it listens, and goes direct again after close", async () => {
    const served = await serve((_, res) => res.end("real"));
    const transport = new HttpTransport();
    const msw = setupServer(
      http.get(`${served.origin}/file`, () => new HttpResponse("mocked", { status: 200 })),
    );
    msw.listen({ onUnhandledRequest: "error" });
    try {
      const answer = await download(transport, `${served.origin}/file`);
      expect(answer.status).toBe(200);
      expect((await readAll(answer.body)).toString()).toBe("mocked");
    } finally {
      msw.close();
    }
    expect(served.received).toHaveLength(0);
    const answer = await download(transport, `${served.origin}/file`);
    expect((await readAll(answer.body)).toString()).toBe("real");
    expect(served.received[0]?.headers["sec-fetch-mode"]).toBeUndefined();
  });
});

describe.each(Object.entries(PATHS))("a streamed answer on the %s path", (_, options) => {
  it("arrives whole and in order: a 6 MiB random body keeps its SHA-256", async () => {
    const file = randomBytes(6 * 1024 * 1024 + 13);
    const served = await serve((_, res) => {
      res.writeHead(200, { "content-type": "video/mp4", "content-length": String(file.length) });
      // Uneven writes, some of them split across event-loop turns.
      let at = 0;
      const next = () => {
        while (at < file.length) {
          const size = 1 + ((at * 7919) % 300_000);
          const more = res.write(file.subarray(at, at + size));
          at += size;
          if (!more) return void res.once("drain", next);
        }
        res.end();
      };
      next();
    });
    const answer = await download(new HttpTransport(options), served.origin);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("video/mp4");
    expect(answer.headers.get("content-length")).toBe(String(file.length));
    const bytes = await readAll(answer.body);
    expect(bytes.length).toBe(file.length);
    expect(sha256(bytes)).toBe(sha256(file));
  });

  it("keeps repeated headers apart, as fetch does", async () => {
    const served = await serve((_, res) => {
      res.setHeader("set-cookie", ["a=1; Path=/", "b=2; HttpOnly"]);
      res.setHeader("x-a", ["one", "two"]);
      res.setHeader("content-type", "text/plain");
      res.end("ok");
    });
    const answer = await download(new HttpTransport(options), served.origin);
    expect(answer.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; HttpOnly"]);
    expect(answer.headers.get("x-a")).toBe("one, two");
    expect(answer.headers.get("content-type")).toBe("text/plain");
    expect(answer.headers.get("X-A")).toBe("one, two");
    await readAll(answer.body);
  });

  it("ends an empty body, a 204 and a HEAD's at once", async () => {
    const served = await serve((req, res) => {
      if (req.url === "/none") res.writeHead(204);
      else res.writeHead(200, { "content-length": req.method === "HEAD" ? "1000" : "0" });
      res.end();
    });
    const transport = new HttpTransport(options);
    for (const [method, path, status] of [
      ["GET", "/empty", 200],
      ["GET", "/none", 204],
      ["HEAD", "/head", 200],
    ] as const) {
      const answer = await download(transport, `${served.origin}${path}`, { method });
      expect(answer.status).toBe(status);
      expect(await answer.body.read()).toEqual({ done: true, value: undefined });
      expect(await answer.body.read()).toEqual({ done: true, value: undefined });
    }
    expect(served.received.map((r) => r.method)).toEqual(["GET", "GET", "HEAD"]);
  });

  it("answers with the final status after a 103 Early Hints", async () => {
    const served = await serve((_, res) => {
      res.writeEarlyHints({ link: "</style.css>; rel=preload; as=style" });
      setTimeout(() => res.end("after the hints"), 20);
    });
    const answer = await download(new HttpTransport(options), served.origin);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("link")).toBeNull();
    expect((await readAll(answer.body)).toString()).toBe("after the hints");
  });

  it("returns a 3xx with its location instead of following it", async () => {
    const served = await serve((req, res) => {
      if (req.url === "/moved") {
        res.writeHead(302, { location: "/elsewhere" });
        res.end("see elsewhere");
      } else res.end("followed");
    });
    const answer = await download(new HttpTransport(options), `${served.origin}/moved`);
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/elsewhere");
    expect((await readAll(answer.body)).toString()).toBe("see elsewhere");
    expect(served.received.map((r) => r.url)).toEqual(["/moved"]);
  });

  it("retries a GET answered 503 and reads the 200's body", async () => {
    const served = await serve((_, res) => {
      if (served.received.length === 1) {
        res.writeHead(503);
        res.end("busy");
      } else res.end("the file");
    });
    const transport = new HttpTransport({ ...options, retry: { initialDelay: 1 } });
    const answer = await download(transport, served.origin);
    expect(answer.status).toBe(200);
    expect((await readAll(answer.body)).toString()).toBe("the file");
    expect(served.received).toHaveLength(2);
    // The 503 was read whole, so its connection went back to the pool and was used again.
    expect(served.connections).toBe(1);
  });

  it("waits a Retry-After of 0, and answers a Retry-After past maxRetryAfter with the error", async () => {
    const served = await serve((req, res) => {
      const busy = req.url === "/later" || served.received.length === 1;
      if (busy) {
        res.writeHead(503, { "retry-after": req.url === "/later" ? "120" : "0" });
        res.end("busy");
      } else res.end("the file");
    });
    const transport = new HttpTransport(options);
    const retried = await download(transport, `${served.origin}/now`);
    expect((await readAll(retried.body)).toString()).toBe("the file");
    expect(served.received).toHaveLength(2);

    const refused = await download(transport, `${served.origin}/later`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("120");
    expect((await readAll(refused.body)).toString()).toBe("busy");
    expect(served.received).toHaveLength(3);
  });

  it("retries a GET whose connection dropped before the headers", async () => {
    const served = await serve((_, res) => {
      if (served.received.length === 1) res.destroy();
      else res.end("the file");
    });
    const transport = new HttpTransport({ ...options, retry: { initialDelay: 1 } });
    const answer = await download(transport, served.origin);
    expect((await readAll(answer.body)).toString()).toBe("the file");
    expect(served.received).toHaveLength(2);
  });

  it("closes the connection of a 503 whose body is still coming before retrying", async () => {
    let first = { closed: false };
    const served = await serve((_, res) => {
      if (served.received.length === 1) {
        first = watchConnection(res);
        res.writeHead(503, { "content-length": String(10 * 1024 * 1024) });
        res.write(Buffer.alloc(64 * 1024));
      } else res.end("the file");
    });
    const transport = new HttpTransport({ ...options, retry: { initialDelay: 1 } });
    const answer = await download(transport, served.origin);
    expect((await readAll(answer.body)).toString()).toBe("the file");
    expect(served.received).toHaveLength(2);
    await vi.waitFor(() => expect(first.closed).toBe(true));
  });
});

describe.each(Object.entries(PATHS))("the %s path ends the call with its body", (_, options) => {
  /** setTimeout handles made with the call's distinctive delays, until cleared. */
  const running = new Set<unknown>();
  const TIMEOUT = 54_321;
  const DEADLINE = 98_765;
  const watchTimers = () => {
    const set = globalThis.setTimeout;
    const clear = globalThis.clearTimeout;
    vi.spyOn(globalThis, "setTimeout").mockImplementation(((
      fn: () => void,
      ms?: number,
      ...args: unknown[]
    ) => {
      const timer = set(fn, ms, ...args);
      if (ms === TIMEOUT || ms === DEADLINE) running.add(timer);
      return timer;
    }) as typeof setTimeout);
    vi.spyOn(globalThis, "clearTimeout").mockImplementation((timer) => {
      running.delete(timer);
      clear(timer);
    });
  };
  afterEach(() => {
    vi.restoreAllMocks();
    running.clear();
  });

  it("lets go of the signal and stops its timers once the body is read, cancelled or broken", async () => {
    const served = await serve((req, res) => {
      res.writeHead(200, { "content-length": String(1024 * 1024) });
      if (req.url === "/whole") res.end(Buffer.alloc(1024 * 1024));
      else if (req.url === "/cancelled") res.write(Buffer.alloc(1024));
      else {
        res.write(Buffer.alloc(1024));
        setTimeout(() => res.destroy(), 20);
      }
    });
    const transport = new HttpTransport({ ...options, timeout: TIMEOUT, deadline: DEADLINE });
    const signal = new AbortController().signal;
    watchTimers();
    for (const path of ["/whole", "/cancelled", "/broken"]) {
      const answer = await download(transport, `${served.origin}${path}`, { signal });
      expect(getEventListeners(signal, "abort")).toHaveLength(1);
      expect(running.size).toBe(2);
      if (path === "/whole") await readAll(answer.body);
      else if (path === "/cancelled") {
        await answer.body.read();
        await answer.body.cancel();
      } else await expect(readAll(answer.body)).rejects.toBeDefined();
      expect(getEventListeners(signal, "abort")).toHaveLength(0);
      expect(running.size).toBe(0);
    }
  });

  it("lets go of the signal when the call fails before its headers", async () => {
    const served = await serve(() => {});
    await served.close();
    const signal = new AbortController().signal;
    const transport = new HttpTransport({ ...options, retry: { maxRetries: 0 } });
    await expect(download(transport, served.origin, { signal })).rejects.toBeDefined();
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });
});
