import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expressFlowEndpoint } from "@tswa/flows/express";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import {
  adapterEndpoint,
  clientFor,
  expectFullSession,
  expectRejections,
  postSigned,
} from "../fixtures/adapter-checks.js";

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

async function start(app: express.Express): Promise<string> {
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server?.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the Express adapter", () => {
  it("serves a whole client session and passes other paths to the next route", async () => {
    const app = express();
    app.use(expressFlowEndpoint(adapterEndpoint()));
    app.use(express.json());
    app.post("/orders", (req, res) => {
      res.json({ parsed: req.body });
    });
    const base = await start(app);
    await expectFullSession(`${base}/flow`);
    const other = await fetch(`${base}/orders`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: 7 }),
    });
    expect(await other.json()).toEqual({ parsed: { id: 7 } });
  });

  it("answers 432, 400 and 413 and keeps serving", async () => {
    const app = express();
    app.use(expressFlowEndpoint(adapterEndpoint()));
    await expectRejections(`${await start(app)}/flow`);
  });

  it("works on a route with express.raw()", async () => {
    const app = express();
    app.post("/flow", express.raw({ type: "*/*" }), expressFlowEndpoint(adapterEndpoint()));
    const base = await start(app);
    expect((await clientFor(`${base}/flow`).init()).response).toMatchObject({ screen: "DETAILS" });
  });

  it("matches the full URL path inside a router mounted on a prefix", async () => {
    const app = express();
    const router = express.Router();
    router.use(expressFlowEndpoint(adapterEndpoint("/api/flow")));
    router.post("/other", (_req, res) => {
      res.status(204).end();
    });
    app.use("/api", router);
    const base = await start(app);
    expect((await clientFor(`${base}/api/flow`).init()).response).toMatchObject({
      screen: "DETAILS",
    });
    expect((await fetch(`${base}/api/other`, { method: "POST" })).status).toBe(204);
  });

  it("accepts the bytes kept by express.json({ verify })", async () => {
    const app = express();
    app.use(
      express.json({
        verify: (req, _res, buf) => {
          (req as { rawBody?: Buffer }).rawBody = buf;
        },
      }),
    );
    app.use(expressFlowEndpoint(adapterEndpoint()));
    const base = await start(app);
    expect((await clientFor(`${base}/flow`).init()).status).toBe(200);
  });

  it("reports a body that express.json() consumed instead of failing the signature", async () => {
    const app = express();
    app.use(express.json());
    app.use(expressFlowEndpoint(adapterEndpoint()));
    let reported: unknown;
    app.use((error: unknown, _req: express.Request, res: express.Response, _next: unknown) => {
      reported = error;
      res.status(500).end();
    });
    const base = await start(app);
    const response = await postSigned(`${base}/flow`, JSON.stringify({ a: 1 }));
    expect(response.status).toBe(500);
    expect(String(reported)).toMatch(/before the body parser/);
  });
});
