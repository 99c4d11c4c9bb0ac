import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { signPayload } from "@tswa/flows";
import type { RunningServer } from "@tswa/flows/node";
import { encryptFlowRequest } from "@tswa/flows/simulator";
import { type FlowRequestHandler, memoryLogger, WhatsApp } from "tswa";
import { afterEach, describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey, publicKey } from "./fixtures/keys.js";
import { envelope, messagesValue, textMessage } from "./fixtures/webhooks.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
let running: RunningServer | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  await running?.close({ timeout: 0 });
  running = undefined;
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
});

const flowBody = () =>
  JSON.stringify(
    encryptFlowRequest(
      { version: "3.0", action: "data_exchange", screen: "S", data: {}, flow_token: "t" },
      publicKey,
    ).envelope,
  );

function webhookBody(text: string): string {
  return JSON.stringify(
    envelope([{ field: "messages", value: messagesValue({ messages: [textMessage(text)] }) }]),
  );
}

function flowClient(handler: FlowRequestHandler): WhatsApp {
  const wa = new WhatsApp({
    businessPrivateKey: privateKey,
    businessPrivateKeyPassword: PASSPHRASE,
  });
  wa.on("error", () => undefined);
  wa.onFlowRequest("/flow", handler);
  return wa;
}

/** A promise that resolves once a handler was entered: the request is in flight for sure. */
function handlerEntry(): { entered: () => void; inHandler: Promise<void> } {
  let entered: () => void = () => undefined;
  const inHandler = new Promise<void>((resolve) => {
    entered = resolve;
  });
  return { entered, inHandler };
}

describe("wa.close()", () => {
  it("lets a request in flight finish before the deadline, then stops accepting connections", async () => {
    const { entered, inHandler } = handlerEntry();
    const wa = flowClient(async () => {
      entered();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { screen: "DONE", data: {} };
    });
    running = await wa.listen();
    const answer = fetch(`${running.url}/flow`, { method: "POST", body: flowBody() });
    await inHandler;
    await wa.close({ timeout: 5_000 });
    expect((await answer).status).toBe(200);
    // No longer listening (a new connection to the port would be refused).
    expect(running.server.listening).toBe(false);
  });

  it("answers a request still in flight at the deadline with 503 and resolves", async () => {
    const { entered, inHandler } = handlerEntry();
    const wa = flowClient(() => {
      entered();
      return new Promise(() => undefined);
    });
    running = await wa.listen();
    const answer = fetch(`${running.url}/flow`, { method: "POST", body: flowBody() });
    await inHandler;
    await wa.close({ timeout: 100 });
    const response = await answer;
    expect(response.status).toBe(503);
    expect(response.headers.get("connection")).toBe("close");
  });

  it("waits for webhook handlers still running after the 200, and refuses webhooks after", async () => {
    const wa = new WhatsApp({ appSecret: "s", webhookEndpoint: "/webhook" });
    const handled: string[] = [];
    wa.onMessage(async (msg) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      handled.push(msg.text ?? "");
    });
    running = await wa.listen();
    const body = webhookBody("late");
    const response = await fetch(`${running.url}/webhook`, {
      method: "POST",
      headers: { "x-hub-signature-256": signPayload(body, "s") },
      body,
    });
    expect(response.status).toBe(200);
    await wa.close({ timeout: 5_000 });
    expect(handled).toEqual(["late"]);
    // Behind a framework adapter the client itself refuses: WhatsApp sends the webhook again later.
    const after = await wa.fetch(
      new Request("http://127.0.0.1/webhook", {
        method: "POST",
        headers: { "x-hub-signature-256": signPayload(body, "s") },
        body,
      }),
    );
    expect(after.status).toBe(503);
  });
});

describe("wa.close() and handlers that never finish", () => {
  it("resolves at the deadline and logs how many updates were left", async () => {
    const logger = memoryLogger();
    const wa = new WhatsApp({ appSecret: "s", webhookEndpoint: "/webhook", logger });
    wa.onMessage(() => new Promise(() => undefined));
    running = await wa.listen();
    const body = webhookBody("stuck");
    await fetch(`${running.url}/webhook`, {
      method: "POST",
      headers: { "x-hub-signature-256": signPayload(body, "s") },
      body,
    });
    await wa.close({ timeout: 100 });
    const warning = logger.lines.find((line) => line.level === "warn");
    expect(warning?.message).toBe("shutdown: webhook handlers still running");
    // The message and its raw update.
    expect(warning?.fields).toEqual({ pendingUpdates: 2, timeoutMs: 100 });
  });
});

describe("wa.listen({ gracefulShutdown: true })", () => {
  it("on SIGTERM answers the request in flight, lets its handler finish, and ends the process", async () => {
    child = spawn(
      process.execPath,
      ["--import", "tsx", "packages/whatsapp/test/fixtures/graceful-child.ts"],
      { cwd: root, env: { PATH: process.env.PATH ?? "" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    child.stdout?.on("data", (data: Buffer) => (output += data.toString()));
    while (!output.includes("\n")) await once(child.stdout as NodeJS.ReadableStream, "data");
    const url = output.split("\n")[0] as string;
    const body = webhookBody("in flight");
    const answer = fetch(`${url}/webhook`, {
      method: "POST",
      headers: { "x-hub-signature-256": signPayload(body, "graceful-secret") },
      body,
    });
    // SIGTERM while the request is in flight: its handler has started, its answer is not sent.
    while (!output.includes("started in flight")) {
      await once(child.stdout as NodeJS.ReadableStream, "data");
    }
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    expect((await answer).status).toBe(200);
    const [code, signal] = await exited;
    expect(output).toContain("handled in flight");
    // The signal ends the process as it would have, after the shutdown.
    expect({ code, signal }).toEqual({ code: null, signal: "SIGTERM" });
  });
});
