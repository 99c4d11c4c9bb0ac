import { consoleLogger, FlowPublishingError, GraphClient, memoryLogger } from "@tswa/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const TOKEN = "EAAJB-secret-token-for-logging";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => vi.restoreAllMocks());

describe("Graph client logging", () => {
  it("logs each call, its retries and its failure under one request id, never the token", async () => {
    const logger = memoryLogger();
    const { lines } = logger;
    const answers = [
      json(503, { error: { message: "busy", code: 2, is_transient: true } }),
      json(200, { id: "1" }),
      json(400, { error: { message: "fix the flow", code: 139002, fbtrace_id: "Tr4ce" } }),
    ];
    const graph = new GraphClient({
      token: TOKEN,
      logger,
      retry: { initialDelay: 1, maxDelay: 1 },
      fetch: async () => answers.shift() as Response,
    });
    await graph.request({ method: "GET", path: "1", schema: z.object({ id: z.string() }) });
    await expect(
      graph.request({ method: "POST", path: "1/publish", schema: z.object({}) }),
    ).rejects.toBeInstanceOf(FlowPublishingError);
    expect(lines.map((l) => `${l.level} ${l.message}`)).toEqual([
      "warn retrying",
      "debug graph call",
      "warn graph call failed",
    ]);
    const [retry, call, failed] = lines as [
      (typeof lines)[0],
      (typeof lines)[0],
      (typeof lines)[0],
    ];
    expect(retry.fields).toMatchObject({
      method: "GET",
      url: "https://graph.facebook.com/v26.0/1",
      attempt: 2,
      reason: "HTTP 503",
    });
    expect(call.fields).toMatchObject({ call: "GET /1" });
    expect(retry.fields.requestId).toBe(call.fields.requestId);
    expect(failed.fields).toMatchObject({
      call: "POST /1/publish",
      status: 400,
      code: 139002,
      fbtraceId: "Tr4ce",
    });
    expect(failed.fields.requestId).not.toBe(call.fields.requestId);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it("is silent by default", async () => {
    const log = vi.spyOn(console, "log");
    const error = vi.spyOn(console, "error");
    const graph = new GraphClient({ token: TOKEN, fetch: async () => json(200, {}) });
    await graph.request({ method: "GET", path: "1", schema: z.object({}) });
    expect(log).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});

describe("consoleLogger", () => {
  it("writes one line per event from its level up, warnings and errors to stderr", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const logger = consoleLogger({ level: "info" });
    logger.debug("hidden", { a: 1 });
    logger.info("graph call", { requestId: "r1", call: "GET /1", ms: 12 });
    logger.error("flow request failed", { status: 500, nested: { x: true } });
    expect(log.mock.calls).toEqual([["tswa info graph call requestId=r1 call=GET /1 ms=12"]]);
    expect(error.mock.calls).toEqual([
      ['tswa error flow request failed status=500 nested={"x":true}'],
    ]);
  });
});
