/**
 * `HttpTransport.sendStreamed` mid-body, on both paths (straight to the undici Agent, and
 * through fetch): a reader that falls behind holds the server back, and every way a download
 * can end early (reset, refused, timeout, the caller's abort, cancel) settles the reader's
 * pending and later reads instead of leaving them hanging. Real servers on 127.0.0.1.
 */
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { HttpTransport, WhatsAppNetworkError, WhatsAppTimeoutError } from "@tswa/core";
import { describe, expect, it, vi } from "vitest";
import { serve } from "./local-server.js";
import {
  download,
  PATHS,
  readAll,
  readAtLeast,
  rootCause,
  watchConnection,
} from "./streamed-helpers.js";

const MiB = 1024 * 1024;

/** A server that writes `total` bytes of a repeated random block, as fast as the socket takes. */
async function firehose(total: number) {
  const block = Buffer.alloc(64 * 1024, 0).map(() => Math.floor(Math.random() * 256));
  const state = { written: 0, blocked: false, sha256: "", connection: { closed: false } };
  const hash = createHash("sha256");
  for (let at = 0; at < total; at += block.length) hash.update(block.subarray(0, total - at));
  state.sha256 = hash.digest("hex");
  const served = await serve((_, res) => {
    state.connection = watchConnection(res);
    res.writeHead(200, { "content-length": String(total) });
    const pump = () => {
      state.blocked = false;
      while (state.written < total) {
        const piece = block.subarray(0, total - state.written);
        state.written += piece.length;
        if (!res.write(piece)) {
          state.blocked = true;
          return void res.once("drain", pump);
        }
      }
      res.end();
    };
    pump();
  });
  return { served, state };
}

describe.each(Object.entries(PATHS))("a streamed download on the %s path", (_, options) => {
  it("holds the server back while the reader does not read, then reads to the end", async () => {
    const total = 64 * MiB;
    const { served, state } = await firehose(total);
    const before = process.memoryUsage().arrayBuffers;
    const answer = await download(new HttpTransport(options), served.origin);
    // Wait until the server has written all it can: the socket buffers on both sides are full.
    let seen = -1;
    while (state.written !== seen) {
      seen = state.written;
      await sleep(150);
    }
    expect(state.blocked).toBe(true);
    // Socket buffers on both sides plus the reader's 1 MiB: far less than the body.
    expect(state.written).toBeLessThan(total / 4);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(total / 4);

    const hash = createHash("sha256");
    let size = 0;
    for (let piece = await answer.body.read(); !piece.done; piece = await answer.body.read()) {
      hash.update(piece.value);
      size += piece.value.byteLength;
    }
    expect(size).toBe(total);
    expect(hash.digest("hex")).toBe(state.sha256);
  });
});

/** What `promise` settled with (a value, or the error it rejected with) within a second. */
async function settledWithin(promise: Promise<unknown>): Promise<unknown> {
  const caught = promise.catch((error: unknown) => error);
  return Promise.race([caught, sleep(1000).then(() => "still pending after 1 s")]);
}

const DONE = { done: true, value: undefined };

/** A server that sends headers and `bytes` of a 10 MiB body, then does what `then` says. */
const halfway = (bytes: number, then: (res: ServerResponse) => void = () => {}) =>
  serve((_, res) => {
    res.writeHead(200, { "content-length": String(10 * MiB) });
    res.write(Buffer.alloc(bytes, 1));
    then(res);
  });

describe.each(Object.entries(PATHS))("a streamed download on the %s path fails", (_, options) => {
  it("rejects the pending read when the connection is reset mid-body, naming the cause", async () => {
    const served = await halfway(256 * 1024, (res) =>
      setTimeout(() => res.socket?.resetAndDestroy(), 50),
    );
    const answer = await download(new HttpTransport(options), served.origin);
    const error = await readAll(answer.body).catch((e: unknown) => e);
    expect(rootCause(error)).toMatchObject({ code: "ECONNRESET" });
    // The broken body stays broken: a later read neither hangs nor pretends the file ended.
    expect(await settledWithin(answer.body.read())).toBe(error);
  });

  it("rejects, never ends, a body cut short of its content-length", async () => {
    const served = await halfway(64 * 1024, (res) => setTimeout(() => res.destroy(), 50));
    const answer = await download(new HttpTransport(options), served.origin);
    const error = await readAll(answer.body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(rootCause(error)).toMatchObject({ code: "UND_ERR_SOCKET" });
  });

  it("reports a refused connection as a network error that was never sent", async () => {
    const served = await serve(() => {});
    await served.close();
    const transport = new HttpTransport({ ...options, retry: { maxRetries: 0 } });
    const error = await download(transport, `${served.origin}/file`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhatsAppNetworkError);
    expect(error).toMatchObject({ code: "ECONNREFUSED", neverSent: true });
    expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/file failed: /);
  });

  it.each([
    ["the attempt's timeout", { timeout: 300 }],
    ["the call's deadline", { timeout: 10_000, deadline: 300 }],
  ])("rejects the pending read with a TimeoutError when %s passes mid-body", async (_, limits) => {
    const served = await halfway(64 * 1024);
    const transport = new HttpTransport({ ...options, ...limits });
    const answer = await download(transport, served.origin);
    await readAtLeast(answer.body, 64 * 1024);
    await expect(answer.body.read()).rejects.toMatchObject({ name: "TimeoutError" });
    await expect(answer.body.read()).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("sends nothing for a signal aborted before the call", async () => {
    const served = await serve((_, res) => res.end("file"));
    const reason = new Error("too late");
    const call = download(new HttpTransport(options), served.origin, {
      signal: AbortSignal.abort(reason),
    });
    await expect(call).rejects.toBe(reason);
    expect(served.received).toHaveLength(0);
  });

  it("rejects with the caller's reason when aborted before the headers", async () => {
    const served = await serve(() => {});
    const controller = new AbortController();
    const call = download(new HttpTransport(options), served.origin, {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(served.received).toHaveLength(1));
    const reason = new Error("user left");
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });

  it("gives up on a call still waiting for a free connection: aborted or timed out", async () => {
    const held: ServerResponse[] = [];
    const served = await serve((_, res) => held.push(res));
    // tswa's Agent opens at most 128 connections per origin: these take them all.
    const busy = new HttpTransport({ ...options, timeout: Infinity, deadline: Infinity });
    const holding = Array.from({ length: 128 }, () => download(busy, served.origin));
    const released = Promise.all(holding.map((call) => call.catch(() => undefined)));
    await vi.waitFor(() => expect(held).toHaveLength(128));
    const controller = new AbortController();
    const aborted = download(new HttpTransport(options), served.origin, {
      signal: controller.signal,
    });
    const timed = new HttpTransport({ ...options, timeout: 200, retry: { maxRetries: 0 } });
    const timedOut = download(timed, served.origin);
    await sleep(50);
    const reason = new Error("gave up waiting");
    controller.abort(reason);
    expect(await settledWithin(aborted)).toBe(reason);
    expect(await settledWithin(timedOut)).toBeInstanceOf(WhatsAppTimeoutError);

    // A connection frees up: the calls given up on are not sent on it.
    held[0]?.end("done");
    expect((await readAll((await holding[0])!.body)).toString()).toBe("done");
    await sleep(100);
    expect(served.received).toHaveLength(128);
    await served.close();
    await released;
  });

  it("rejects the pending read with the caller's reason when aborted mid-body", async () => {
    let connection = { closed: false };
    const served = await halfway(64 * 1024, (res) => {
      connection = watchConnection(res);
    });
    const controller = new AbortController();
    const answer = await download(new HttpTransport(options), served.origin, {
      signal: controller.signal,
    });
    await readAtLeast(answer.body, 64 * 1024);
    const pending = answer.body.read();
    const reason = new Error("user left");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    await expect(answer.body.read()).rejects.toBe(reason);
    await vi.waitFor(() => expect(connection.closed).toBe(true));
  });

  it("stops downloading on cancel: the server sees the connection close, and reads end", async () => {
    let connection = { closed: false };
    const served = await halfway(64 * 1024, (res) => {
      connection = watchConnection(res);
    });
    const answer = await download(new HttpTransport(options), served.origin);
    await readAtLeast(answer.body, 64 * 1024);
    await answer.body.cancel();
    await vi.waitFor(() => expect(connection.closed).toBe(true));
    expect(await settledWithin(answer.body.read())).toEqual(DONE);
    await answer.body.cancel();
    expect(await settledWithin(answer.body.read())).toEqual(DONE);
  });

  it("ends a read that is pending when the body is cancelled", async () => {
    const served = await halfway(64 * 1024);
    const answer = await download(new HttpTransport(options), served.origin);
    await readAtLeast(answer.body, 64 * 1024);
    const pending = answer.body.read();
    await answer.body.cancel(new Error("enough"));
    expect(await settledWithin(pending)).toEqual(DONE);
  });

  it("cancels a body held back by back-pressure, dropping what waits unread", async () => {
    const { served, state } = await firehose(64 * MiB);
    const answer = await download(new HttpTransport(options), served.origin);
    await vi.waitFor(() => expect(state.blocked).toBe(true));
    await answer.body.cancel();
    expect(await settledWithin(answer.body.read())).toEqual(DONE);
    await vi.waitFor(() => expect(state.connection.closed).toBe(true));
    expect(state.written).toBeLessThan(64 * MiB);
  });
});

describe.each(Object.entries(PATHS))("reads on the %s path", (_, options) => {
  it("answers reads made before the last one settled, in order", async () => {
    const file = Buffer.from("0123456789");
    const served = await serve((_, res) => {
      res.writeHead(200, { "content-length": String(file.length) });
      res.write(file.subarray(0, 4));
      setTimeout(() => res.write(file.subarray(4, 7)), 30);
      setTimeout(() => res.end(file.subarray(7)), 60);
    });
    const answer = await download(new HttpTransport(options), served.origin);
    const reads = Array.from({ length: 6 }, () => answer.body.read());
    const pieces = await Promise.all(reads.map((read) => settledWithin(read)));
    const bytes = pieces.flatMap((piece) => {
      const { done, value } = piece as ReadableStreamReadResult<Uint8Array>;
      return done ? [] : [Buffer.from(value)];
    });
    expect(Buffer.concat(bytes).toString()).toBe("0123456789");
    expect(pieces.at(-1)).toEqual(DONE);
  });
});

describe.each(Object.entries(PATHS))("an abort after the body on the %s path", (_, options) => {
  it("changes nothing once the body was read to its end", async () => {
    const served = await serve((_, res) => res.end("the file"));
    const controller = new AbortController();
    const answer = await download(new HttpTransport({ ...options, timeout: 50 }), served.origin, {
      signal: controller.signal,
    });
    expect((await readAll(answer.body)).toString()).toBe("the file");
    controller.abort(new Error("too late to matter"));
    await sleep(100);
    expect(await answer.body.read()).toEqual(DONE);
    await answer.body.cancel();
  });
});

// Direct path only: fetch's body stream, as the fetch standard says, drops what it holds unread
// when its signal aborts, even once the whole body has arrived.
describe("an abort after the body arrived whole, on the direct path", () => {
  it("is harmless: the timeout or the caller's signal firing before the reader caught up", async () => {
    const file = Buffer.alloc(200 * 1024, 7);
    const served = await serve((_, res) => res.end(file));
    const controller = new AbortController();
    const transport = new HttpTransport({ timeout: 100 });
    const answer = await download(transport, served.origin, { signal: controller.signal });
    await sleep(250);
    controller.abort(new Error("too late to matter"));
    expect(await readAll(answer.body)).toEqual(file);
  });
});
