import { connect } from "node:net";
import { createFlowEndpoint } from "@tswa/flows";
import { listen } from "@tswa/flows/node";
import { encryptFlowRequest } from "@tswa/flows/simulator";
import { describe, expect, it } from "vitest";
import { privateKeyPem, publicKeyPem } from "./fixtures/index.js";

const ping = () =>
  JSON.stringify(encryptFlowRequest({ version: "3.0", action: "ping" }, publicKeyPem).envelope);

describe("listen() of @tswa/flows/node", () => {
  it("closes at once when nothing is in flight, and a second close gives the same promise", async () => {
    const running = await listen(createFlowEndpoint({ path: "/flow", privateKey: privateKeyPem }));
    const response = await fetch(`${running.url}/flow`, { method: "POST", body: ping() });
    expect(response.status).toBe(200);
    const first = running.close();
    expect(running.close()).toBe(first);
    await first;
    expect(running.server.listening).toBe(false);
  });

  it("refuses windows that are not positive", async () => {
    const endpoint = createFlowEndpoint({ path: "/flow", privateKey: privateKeyPem });
    await expect(listen(endpoint, { headersTimeout: 0 })).rejects.toThrow(/headersTimeout/);
    await expect(listen(endpoint, { socketTimeout: -1 })).rejects.toThrow(/socketTimeout/);
  });

  it("answers 503 to a request that arrives on an open connection while closing", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered: () => void = () => undefined;
    const inHandler = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const endpoint = createFlowEndpoint({
      path: "/flow",
      privateKey: privateKeyPem,
    }).onDataExchange("S", async (req) => {
      entered();
      await gate;
      return req.respond({ screen: "DONE", data: {} });
    });
    const running = await listen(endpoint);
    const slow = JSON.stringify(
      encryptFlowRequest(
        { version: "3.0", action: "data_exchange", screen: "S", data: {} },
        publicKeyPem,
      ).envelope,
    );
    const answer = fetch(`${running.url}/flow`, { method: "POST", body: slow });
    await inHandler;
    // A second client has begun its request (headers in progress) when the close starts.
    const socket = connect(running.port, "127.0.0.1");
    let received = "";
    socket.on("data", (data) => (received += data.toString("latin1")));
    const ended = new Promise((resolve) => socket.on("close", resolve));
    const body = ping();
    const accepted = new Promise((resolve) => running.server.once("connection", resolve));
    socket.write("POST /flow HTTP/1.1\r\nhost: 127.0.0.1\r\n");
    await accepted;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = running.close({ timeout: 5_000 });
    socket.write(`content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await ended;
    release();
    expect((await answer).status).toBe(200);
    await closing;
    const statuses = received.match(/HTTP\/1\.1 \d{3}/g);
    expect(statuses).toEqual(["HTTP/1.1 503"]);
    expect(received).toContain("connection: close");
  });
});
