import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import express from "express";
import Fastify from "fastify";
import { Hono } from "hono";
import { signPayload, WhatsApp, type WhatsAppError } from "tswa";
import { expressFlowEndpoint } from "tswa/express";
import { fastifyFlowEndpoint } from "tswa/fastify";
import { honoFlowEndpoint } from "tswa/hono";
import { FlowClientSimulator } from "tswa/simulator";
import { afterEach, describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey, publicKey } from "./fixtures/keys.js";
import { envelope, flowCompletionMessage, messagesValue } from "./fixtures/webhooks.js";

const APP_SECRET = "e2e-app-secret";
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

/** A client with two flow endpoints and a webhook handler, as an app would set it up. */
function app() {
  const wa = new WhatsApp({
    appSecret: APP_SECRET,
    verifyToken: "vt",
    businessPrivateKey: privateKey,
    businessPrivateKeyPassword: PASSPHRASE,
    webhookEndpoint: "/webhook",
  });
  const completions: unknown[] = [];
  const errors: WhatsAppError[] = [];
  wa.on("error", (error) => errors.push(error));
  wa.onFlowRequest("/flows/booking")
    .onInit((req) => req.respond({ screen: "DATE", data: { dates: ["2026-12-01"] } }))
    .onDataExchange("DATE", (req) =>
      req.respond({ closeFlow: true, data: { date: req.data.date } }),
    );
  wa.onFlowRequest("/flows/survey", (req) => req.respond({ screen: "Q1", data: { from: "main" } }));
  wa.onFlowCompletion((flow) => {
    completions.push({ token: flow.flowToken, response: flow.response });
  });
  return { wa, completions, errors };
}

/** Drives both flows, then delivers the completion webhook, through `base`. */
async function drive(base: string, wa: WhatsApp, completions: unknown[]) {
  const booking = new FlowClientSimulator({
    url: `${base}/flows/booking`,
    publicKey,
    appSecret: APP_SECRET,
    flowToken: "bk-1",
  });
  expect((await booking.ping()).response).toEqual({ data: { status: "active" } });
  expect((await booking.init()).response).toEqual({
    version: "3.0",
    screen: "DATE",
    data: { dates: ["2026-12-01"] },
  });
  const done = await booking.dataExchange("DATE", { date: "2026-12-01" });
  expect(done.response).toEqual({
    version: "3.0",
    screen: "SUCCESS",
    data: { extension_message_response: { params: { flow_token: "bk-1", date: "2026-12-01" } } },
  });
  const survey = new FlowClientSimulator({
    url: `${base}/flows/survey`,
    publicKey,
    appSecret: APP_SECRET,
  });
  expect((await survey.dataExchange("ANY", {})).response).toMatchObject({
    screen: "Q1",
    data: { from: "main" },
  });
  const forged = new FlowClientSimulator({
    url: `${base}/flows/survey`,
    publicKey,
    appSecret: "forged",
  });
  expect((await forged.init()).status).toBe(432);

  const params = (
    done.response as { data: { extension_message_response: { params: Record<string, unknown> } } }
  ).data.extension_message_response.params;
  const body = JSON.stringify(
    envelope([
      { field: "messages", value: messagesValue({ messages: [flowCompletionMessage(params)] }) },
    ]),
  );
  const hook = await fetch(`${base}/webhook`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hub-signature-256": signPayload(body, APP_SECRET),
    },
    body,
  });
  expect(hook.status).toBe(200);
  const verify = await fetch(
    `${base}/webhook?hub.mode=subscribe&hub.verify_token=vt&hub.challenge=42`,
  );
  expect(await verify.text()).toBe("42");
  await wa.idle();
  expect(completions).toEqual([{ token: "bk-1", response: { date: "2026-12-01" } }]);
  expect((await fetch(`${base}/elsewhere`, { method: "POST" })).status).toBe(404);
}

describe("one client serves webhooks and flow endpoints", () => {
  it("behind node:http (wa.listen)", async () => {
    const { wa, completions, errors } = app();
    const server = await wa.listen({ port: 0 });
    stop = server.close;
    await drive(server.url, wa, completions);
    expect(errors.map((e) => e.name)).toEqual(["FlowRequestSignatureAuthenticationFailed"]);
  });

  it("through wa.fetch, the web-standard form", async () => {
    const { wa, completions } = app();
    const server = serve({ fetch: wa.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    stop = () => new Promise((resolve) => server.close(() => resolve()));
    await drive(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, wa, completions);
  });

  it("mounted on Express", async () => {
    const { wa, completions } = app();
    const expressApp = express();
    expressApp.use(expressFlowEndpoint(wa));
    const server = expressApp.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    stop = () => new Promise((resolve) => server.close(() => resolve()));
    await drive(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, wa, completions);
  });

  it("registered on Fastify", async () => {
    const { wa, completions } = app();
    const fastify = Fastify();
    await fastify.register(fastifyFlowEndpoint(wa));
    const base = await fastify.listen({ port: 0, host: "127.0.0.1" });
    stop = () => fastify.close();
    await drive(base, wa, completions);
  });

  it("used by Hono", async () => {
    const { wa, completions } = app();
    const hono = new Hono();
    hono.use(honoFlowEndpoint(wa));
    const server = serve({ fetch: hono.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    stop = () => new Promise((resolve) => server.close(() => resolve()));
    await drive(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, wa, completions);
  });
});

describe("flow endpoint configuration", () => {
  it("says businessPrivateKey is missing when a flow endpoint is added", () => {
    const wa = new WhatsApp({ appSecret: APP_SECRET });
    expect(() => wa.onFlowRequest("/flow")).toThrow(/businessPrivateKey/);
  });

  it("refuses a wrong passphrase and a path served twice", () => {
    const wrong = new WhatsApp({
      businessPrivateKey: privateKey,
      businessPrivateKeyPassword: "nope",
    });
    expect(() => wrong.onFlowRequest("/flow")).toThrow(/passphrase/);
    const wa = new WhatsApp({
      businessPrivateKey: privateKey,
      businessPrivateKeyPassword: PASSPHRASE,
    });
    wa.onFlowRequest("/flow");
    expect(() => wa.onFlowRequest("/flow/")).toThrow(/already served/);
    expect(() => wa.onFlowRequest("/")).toThrow(/already served/);
  });
});
