import { createServer, type Server } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import type { RunningServer } from "@tswa/flows/node";
import { encryptFlowRequest } from "@tswa/flows/simulator";
import { FlowHandlerTimeout, WhatsApp, type WhatsAppError, WhatsAppTimeoutError } from "tswa";
import { afterEach, describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey, publicKey } from "./fixtures/keys.js";
import { PHONE_ID } from "./fixtures/webhooks.js";

let running: RunningServer | undefined;
let silentGraph: Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await running?.close({ timeout: 0 });
  running = undefined;
  silentGraph?.closeAllConnections();
  await new Promise((resolve) => (silentGraph ? silentGraph.close(resolve) : resolve(undefined)));
  silentGraph = undefined;
});

const flowRequest = () =>
  JSON.stringify(
    encryptFlowRequest(
      { version: "3.0", action: "data_exchange", screen: "SLOW", data: {}, flow_token: "t" },
      publicKey,
    ).envelope,
  );

function flowClient(): { wa: WhatsApp; errors: WhatsAppError[] } {
  const wa = new WhatsApp({
    businessPrivateKey: privateKey,
    businessPrivateKeyPassword: PASSPHRASE,
  });
  const errors: WhatsAppError[] = [];
  wa.on("error", (error) => errors.push(error));
  return { wa, errors };
}

/** Connects to the server and resolves when the server closes the connection, with what it sent. */
function connection(port: number, write: string | Buffer, read = true): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    sockets.push(socket);
    let received = "";
    if (read) socket.on("data", (data) => (received += data.toString("latin1")));
    else socket.pause();
    socket.on("close", () => resolve(received));
    socket.on("error", () => undefined);
    socket.write(write);
  });
}

describe("deadlines", () => {
  it("answers 500 and reports FlowHandlerTimeout when a flow handler never answers", async () => {
    const { wa, errors } = flowClient();
    const endpoint = wa.onFlowRequest("/flow", () => new Promise(() => undefined), {
      handlerTimeout: 200,
    });
    expect(endpoint.handlerTimeout).toBe(200);
    running = await wa.listen();
    const response = await fetch(`${running.url}/flow`, { method: "POST", body: flowRequest() });
    expect(response.status).toBe(500);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(FlowHandlerTimeout);
    expect(errors[0]?.message).toBe(
      "the flow handler for data_exchange did not answer within 200 ms",
    );
  });

  it("gives flow handlers 8 s by default, less than WhatsApp's 10 s", () => {
    const { wa } = flowClient();
    expect(wa.onFlowRequest("/flow").handlerTimeout).toBe(8_000);
  });

  it("enforces the header window to the second, not on node's 30 s sweep", async () => {
    const { wa } = flowClient();
    running = await wa.listen({ headersTimeout: 300, requestTimeout: 600 });
    // Headers begun and never finished: a slow client holding the socket.
    const received = await connection(running.port, "POST /flow HTTP/1.1\r\nhost: 127.0.0.1\r\n");
    expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
  });

  it("enforces the request window on a body that never finishes", async () => {
    const { wa } = flowClient();
    wa.onFlowRequest("/flow");
    running = await wa.listen({ headersTimeout: 300, requestTimeout: 600 });
    const received = await connection(
      running.port,
      "POST /flow HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 100\r\n\r\n{",
    );
    expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
  });

  it("drops a client that never reads a large answer", async () => {
    const { wa } = flowClient();
    const big = "x".repeat(24 * 1024 * 1024);
    wa.onFlowRequest("/flow", (req) => req.respond({ screen: "BIG", data: { big } }));
    running = await wa.listen({ socketTimeout: 300 });
    const serverSideClosed = new Promise<void>((resolve) =>
      running?.server.once("connection", (socket) => socket.once("close", () => resolve())),
    );
    const body = flowRequest();
    void connection(
      running.port,
      `POST /flow HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      false,
    );
    await serverSideClosed;
    expect(running.server.listening).toBe(true);
  });

  it("gives a Graph call an overall deadline across its attempts", async () => {
    silentGraph = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => silentGraph?.listen(0, "127.0.0.1", resolve));
    const baseUrl = `http://127.0.0.1:${(silentGraph.address() as AddressInfo).port}`;
    const wa = new WhatsApp({
      phoneId: PHONE_ID,
      token: "token-1234567",
      baseUrl,
      timeout: 20_000,
      deadline: 300,
    });
    const error = await wa.getFlow("123").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhatsAppTimeoutError);
    expect((error as WhatsAppTimeoutError).timeout).toBe(300);
  });

  it("aborts a send with the caller's signal", async () => {
    silentGraph = createServer(() => undefined);
    await new Promise<void>((resolve) => silentGraph?.listen(0, "127.0.0.1", resolve));
    const baseUrl = `http://127.0.0.1:${(silentGraph.address() as AddressInfo).port}`;
    const wa = new WhatsApp({ phoneId: PHONE_ID, token: "token-1234567", baseUrl });
    const controller = new AbortController();
    const sending = wa.sendMessage({ to: "16505551234", text: "hi", signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user went away")), 100);
    await expect(sending).rejects.toThrow("user went away");
  });
});
