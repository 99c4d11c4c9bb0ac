import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { honoFlowEndpoint } from "@tswa/flows/hono";
import { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import {
  adapterEndpoint,
  clientFor,
  expectFullSession,
  expectRejections,
} from "../fixtures/adapter-checks.js";

let server: ServerType | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

function start(app: Hono): Promise<string> {
  return new Promise((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
  });
}

describe("the Hono adapter", () => {
  it("serves a whole client session and passes other paths on with next()", async () => {
    const app = new Hono();
    app.use(honoFlowEndpoint(adapterEndpoint()));
    app.post("/orders", async (c) => c.json({ parsed: await c.req.json() }));
    const base = await start(app);
    await expectFullSession(`${base}/flow`);
    const other = await fetch(`${base}/orders`, {
      method: "POST",
      body: JSON.stringify({ id: 7 }),
    });
    expect(await other.json()).toEqual({ parsed: { id: 7 } });
  });

  it("answers 432, 400 and 413 and keeps serving", async () => {
    const app = new Hono();
    app.post("/flow", honoFlowEndpoint(adapterEndpoint()));
    await expectRejections(`${await start(app)}/flow`);
  });

  it("uses Hono's cached body when an earlier middleware read it", async () => {
    const app = new Hono();
    let seen: unknown;
    app.use(async (c, next) => {
      seen = await c.req.json();
      await next();
    });
    app.use(honoFlowEndpoint(adapterEndpoint()));
    const base = await start(app);
    expect((await clientFor(`${base}/flow`).init()).response).toMatchObject({ screen: "DETAILS" });
    expect(seen).toHaveProperty("encrypted_aes_key");
  });
});
