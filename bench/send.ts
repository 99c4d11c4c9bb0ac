/**
 * `npx tsx bench/send.ts`: the cost of sending a message with `wa.sendMessage` beside a bare
 * keep-alive undici request posting the same JSON body to the same local Graph stand-in,
 * measured in the same run; then 200 sends at once, which must all succeed.
 *
 * A child process plays graph.facebook.com on 127.0.0.1 (it reads each body and answers with
 * Graph's sent-message JSON), so its work does not share the measured thread. Each round runs
 * N sequential sends of each variant, interleaved, so drift in the machine's speed hits both:
 *   bare undici      undici.request on a keep-alive Agent: JSON.stringify of the body, POST,
 *                    JSON.parse of the answer, nothing else
 *   bare fetch       the same through tswa's default fetch (the global fetch on its keep-alive
 *                    undici Agent), to tell the cost of fetch itself from the cost of tswa
 *   wa.sendMessage   the facade on its default transport, which sends JSON calls straight to
 *                    its undici Agent: validation against Meta's limits, the body, URL,
 *                    headers, timeout and deadline, retry bookkeeping, error check, zod
 *                    check, SentMessage
 *   via fetch        the same facade given `fetch: defaultFetch`: what a call costs through
 *                    a fetch (a custom one, or the global one while msw or an APM patched it)
 *
 * Each round runs the variants in the other order; the verdict is the median of the rounds'
 * ratios, with their spread (on a shared machine single rounds swing by ±0.1). Beside wall
 * time, each round reports this process's CPU time per send (the client's work, without the
 * stand-in's), which holds when other processes make wall times swing.
 *
 *   npx tsx bench/send.ts        BENCH_CALLS=5000 BENCH_ROUNDS=11 npx tsx bench/send.ts
 */
import { type ChildProcess, fork } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { defaultFetch, WhatsApp } from "tswa";
import { Agent, request } from "undici";
import { type Cost, costPerItem, median } from "./timing.js";

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CONCURRENT = 200;
const PHONE_ID = "106540352242922";
const TOKEN = "EAAJB-bench-token";
const TO = "16505551234";
const TEXT = "Your table for two is booked for 8pm. Reply here if anything changes.";

if (process.argv[2] === "serve") {
  const answer = JSON.stringify({
    messaging_product: "whatsapp",
    contacts: [{ input: TO, wa_id: TO }],
    messages: [{ id: "wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA" }],
  });
  let sockets = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(answer);
    });
  });
  server.on("connection", () => sockets++);
  server.keepAliveTimeout = 30_000;
  server.listen(0, "127.0.0.1", () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
  process.on("message", (m) => {
    if (m === "sockets") process.send?.({ sockets });
    else process.exit(0);
  });
} else {
  await main();
}

async function main() {
  const child: ChildProcess = fork(new URL(import.meta.url), ["serve"], {
    execArgv: ["--import", "tsx"],
  });
  const ask = <T>(message: string) =>
    new Promise<T>((resolve) => {
      child.once("message", (m) => resolve(m as T));
      child.send(message);
    });
  const { port } = await new Promise<{ port: number }>((resolve) =>
    child.once("message", (m) => resolve(m as { port: number })),
  );
  const origin = `http://127.0.0.1:${port}`;
  const wa = new WhatsApp({ phoneId: PHONE_ID, token: TOKEN, baseUrl: origin });
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const url = `${origin}/v26.0/${PHONE_ID}/messages`;
  const viaFetch = new WhatsApp({
    phoneId: PHONE_ID,
    token: TOKEN,
    baseUrl: origin,
    fetch: defaultFetch,
  });

  const headers = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
  const body = () =>
    JSON.stringify({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: TO,
      type: "text",
      text: { body: TEXT },
    });
  const variants = {
    bare: async () => {
      const response = await request(url, {
        method: "POST",
        dispatcher: agent,
        headers,
        body: body(),
      });
      return JSON.parse(await response.body.text());
    },
    fetch: async () => {
      const response = await defaultFetch(url, { method: "POST", headers, body: body() });
      return JSON.parse(await response.text());
    },
    tswa: () => wa.sendMessage({ to: TO, text: TEXT }),
    viaFetch: () => viaFetch.sendMessage({ to: TO, text: TEXT }),
  };

  const perCall = (run: () => Promise<unknown>) =>
    costPerItem(CALLS, async () => {
      for (let i = 0; i < CALLS; i++) await run();
    });

  for (const run of Object.values(variants)) await perCall(run); // warm-up: JIT, sockets

  console.log(
    `Send benchmark: node ${process.version}, ${ROUNDS} rounds of ${CALLS} sequential sends per variant, Graph stand-in in a child process on 127.0.0.1\n`,
  );
  console.log(
    "round  bare undici µs  bare fetch µs  wa.sendMessage µs  vs undici  via fetch µs  vs fetch  CPU vs undici",
  );
  type Variant = keyof typeof variants;
  const rows: Record<Variant, Cost>[] = [];
  const names = Object.keys(variants) as Variant[];
  for (let round = 1; round <= ROUNDS; round++) {
    const row = {} as Record<Variant, Cost>;
    for (const name of round % 2 === 1 ? names : [...names].reverse()) {
      row[name] = await perCall(variants[name]);
    }
    rows.push(row);
    console.log(
      [
        String(round).padStart(5),
        row.bare.wall.toFixed(1).padStart(14),
        row.fetch.wall.toFixed(1).padStart(13),
        row.tswa.wall.toFixed(1).padStart(18),
        `x${(row.tswa.wall / row.bare.wall).toFixed(2)}`.padStart(10),
        row.viaFetch.wall.toFixed(1).padStart(12),
        `x${(row.viaFetch.wall / row.fetch.wall).toFixed(2)}`.padStart(9),
        `x${(row.tswa.cpu / row.bare.cpu).toFixed(2)}`.padStart(14),
      ].join(" "),
    );
  }
  const bare = median(rows.map((r) => r.bare.wall));
  const bareFetch = median(rows.map((r) => r.fetch.wall));
  const tswa = median(rows.map((r) => r.tswa.wall));
  const ratios = rows.map((r) => r.tswa.wall / r.bare.wall);
  const cpuRatios = rows.map((r) => r.tswa.cpu / r.bare.cpu);
  const fetchRatio = median(rows.map((r) => r.viaFetch.wall / r.fetch.wall));
  const spread = (values: number[]) =>
    `x${Math.min(...values).toFixed(2)}–x${Math.max(...values).toFixed(2)}`;
  console.log(`
median per send: bare undici ${bare.toFixed(1)} µs, bare fetch ${bareFetch.toFixed(1)} µs, wa.sendMessage ${tswa.toFixed(1)} µs
wa.sendMessage costs x${median(ratios).toFixed(2)} the bare undici request's time (target: at most x1.15; rounds ${spread(ratios)})
and x${median(cpuRatios).toFixed(2)} its CPU time in this process, which other processes on the machine do not inflate (rounds ${spread(cpuRatios)})
through a fetch (custom, or patched by msw), wa.sendMessage costs x${fetchRatio.toFixed(2)} the bare fetch's time`);

  const before = (await ask<{ sockets: number }>("sockets")).sockets;
  const started = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: CONCURRENT }, (_, i) => wa.sendMessage({ to: TO, text: `${TEXT} #${i}` })),
  );
  const ms = performance.now() - started;
  const failed = results.filter((r) => r.status === "rejected");
  const opened = (await ask<{ sockets: number }>("sockets")).sockets - before;
  console.log(
    `\n${CONCURRENT} concurrent sends: ${CONCURRENT - failed.length} succeeded, ${failed.length} failed, in ${ms.toFixed(0)} ms; ${opened} new sockets opened`,
  );
  if (failed.length > 0) {
    console.error((failed[0] as PromiseRejectedResult).reason);
    process.exitCode = 1;
  }
  await agent.close();
  child.send("stop");
}
