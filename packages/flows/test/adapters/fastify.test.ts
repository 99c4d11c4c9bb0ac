import { fastifyFlowEndpoint } from "@tswa/flows/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import {
  adapterEndpoint,
  clientFor,
  expectFullSession,
  expectRejections,
} from "../fixtures/adapter-checks.js";

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(setup: (app: FastifyInstance) => Promise<void>): Promise<string> {
  app = Fastify();
  await setup(app);
  return app.listen({ port: 0, host: "127.0.0.1" });
}

describe("the Fastify adapter", () => {
  it("serves a whole client session while the rest of the app keeps its JSON parser", async () => {
    const base = await start(async (a) => {
      await a.register(fastifyFlowEndpoint(adapterEndpoint()));
      a.post("/orders", async (request) => ({ parsed: request.body }));
    });
    await expectFullSession(`${base}/flow`);
    const other = await fetch(`${base}/orders`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: 7 }),
    });
    expect(await other.json()).toEqual({ parsed: { id: 7 } });
  });

  it("answers 432, 400 and 413 and keeps serving", async () => {
    const base = await start(async (a) => {
      await a.register(fastifyFlowEndpoint(adapterEndpoint()));
    });
    await expectRejections(`${base}/flow`);
  });

  it("serves under a register prefix, and answers 405 to GET", async () => {
    const base = await start(async (a) => {
      await a.register(fastifyFlowEndpoint(adapterEndpoint()), { prefix: "/api" });
    });
    expect((await clientFor(`${base}/api/flow`).init()).response).toMatchObject({
      screen: "DETAILS",
    });
    expect((await fetch(`${base}/api/flow`)).status).toBe(405);
  });
});
