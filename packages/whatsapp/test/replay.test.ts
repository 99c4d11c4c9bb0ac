import type { RunningServer } from "@tswa/flows/node";
import { encryptFlowRequest } from "@tswa/flows/simulator";
import { FlowRequestReplayed, MemoryReplayStore, WhatsApp, type WhatsAppError } from "tswa";
import { afterEach, describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey, publicKey } from "./fixtures/keys.js";

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close({ timeout: 0 })));
});

const captured = () =>
  JSON.stringify(
    encryptFlowRequest(
      {
        version: "3.0",
        action: "data_exchange",
        screen: "PAY",
        data: { amount: 10 },
        flow_token: "t",
      },
      publicKey,
    ).envelope,
  );

async function serve(options: { replayStore?: MemoryReplayStore | false } = {}) {
  const wa = new WhatsApp({
    businessPrivateKey: privateKey,
    businessPrivateKeyPassword: PASSPHRASE,
  });
  const errors: WhatsAppError[] = [];
  wa.on("error", (error) => errors.push(error));
  let runs = 0;
  wa.onFlowRequest(
    "/flow",
    (req) => {
      runs++;
      return req.respond({ screen: "PAID", data: { receipt: runs } });
    },
    options,
  );
  const running = await wa.listen();
  servers.push(running);
  const post = async (body: string) =>
    (await fetch(`${running.url}/flow`, { method: "POST", body })).status;
  return { post, errors, runs: () => runs };
}

describe("replayed flow requests", () => {
  it("answers the same captured request posted twice with 421, without running the handler again", async () => {
    const { post, errors, runs } = await serve();
    const body = captured();
    expect(await post(body)).toBe(200);
    expect(await post(body)).toBe(421);
    expect(runs()).toBe(1);
    // fetch (undici) itself tries a 421 once more on a new connection: refused again.
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toBeInstanceOf(FlowRequestReplayed);
    // A fresh request (a fresh AES key, as WhatsApp sends) is answered as usual.
    expect(await post(captured())).toBe(200);
    expect(runs()).toBe(2);
  });

  it("refuses a replay in another process that shares the store", async () => {
    const replayStore = new MemoryReplayStore();
    const first = await serve({ replayStore });
    const second = await serve({ replayStore });
    const body = captured();
    expect(await first.post(body)).toBe(200);
    expect(await second.post(body)).toBe(421);
    expect(second.runs()).toBe(0);
  });

  it("can be turned off with replayStore: false", async () => {
    const { post, runs } = await serve({ replayStore: false });
    const body = captured();
    expect(await post(body)).toBe(200);
    expect(await post(body)).toBe(200);
    expect(runs()).toBe(2);
  });
});

describe("MemoryReplayStore", () => {
  it("remembers an id for its window only", async () => {
    const store = new MemoryReplayStore({ window: 50 });
    expect(await store.claim("a")).toBe(true);
    expect(await store.claim("a")).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await store.claim("a")).toBe(true);
  });

  it("forgets the oldest ids first past maxEntries, so memory stays bounded", async () => {
    const store = new MemoryReplayStore({ maxEntries: 3 });
    for (const id of ["a", "b", "c", "d"]) expect(await store.claim(id)).toBe(true);
    expect(store.size).toBe(3);
    expect(await store.claim("d")).toBe(false);
    expect(await store.claim("a")).toBe(true);
  });

  it("keeps exactly the newest maxEntries ids however many came before", async () => {
    const store = new MemoryReplayStore({ maxEntries: 3 });
    const ids = Array.from({ length: 10 }, (_, i) => `id${i}`);
    for (const id of ids) expect(await store.claim(id)).toBe(true);
    expect(store.size).toBe(3);
    for (const id of ["id7", "id8", "id9"]) expect(await store.claim(id)).toBe(false);
    expect(await store.claim("id6")).toBe(true);
  });

  it("rejects a window or size that cannot work", () => {
    expect(() => new MemoryReplayStore({ window: 0 })).toThrow(/window/);
    expect(() => new MemoryReplayStore({ maxEntries: 0 })).toThrow(/maxEntries/);
  });
});
