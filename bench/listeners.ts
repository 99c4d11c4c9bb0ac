/**
 * `pnpm bench:listeners`: what waiting listeners cost, beside no listeners, in one run.
 *
 *   memory    heap growth (after a full GC) of 10,000 listeners waiting at once, each with a
 *             filter, a canceler and a timeout: `wa.waitForUpdate` and `sent.waitForReply()`
 *             (the shortcut adds its own filters). Budget: under 20 MiB.
 *   dispatch  webhooks/s of one client with no listener beside one whose 10,000 listeners wait
 *             for other users (every webhook is offered to the listeners and goes on to the
 *             handler). Rounds interleave the two; the ratio of the medians must stay ≥ 0.90.
 *
 * The webhooks are one-text-message bodies built and signed by the WebhookSimulator, each with
 * its own message id. Needs `--expose-gc` (the script passes it).
 *
 *   pnpm bench:listeners     BENCH_LISTENERS=20000 BENCH_WEBHOOKS=20000 pnpm bench:listeners
 */
import { type Message, SentMessage, WhatsApp } from "tswa";
import { WebhookSimulator } from "tswa/simulator";
import { median } from "./timing.js";

const LISTENERS = Number(process.env.BENCH_LISTENERS ?? 10_000);
const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const APP_SECRET = "bench-app-secret";
const PHONE_ID = "106540352242922";
const MiB = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (pnpm bench:listeners does)");

const client = () => {
  const wa = new WhatsApp({ appSecret: APP_SECRET, awaitHandlers: true, phoneId: PHONE_ID });
  let handled = 0;
  wa.onMessage("text", () => {
    handled++;
  });
  return { wa, handled: () => handled };
};
const user = (i: number) => `9725${String(i).padStart(8, "0")}`;
const filters = (u: { kind: string }): u is Message => u.kind === "message";
const cancelers = (u: { kind: string; text?: unknown }) =>
  u.kind === "message" && u.text === "cancel";

const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** Heap growth of `LISTENERS` listeners made by `listen`, and then stops them. */
async function listenersHeap(
  listen: (wa: WhatsApp, i: number) => Promise<unknown>,
): Promise<number> {
  const { wa } = client();
  const pending: Promise<unknown>[] = [];
  const before = heap();
  for (let i = 0; i < LISTENERS; i++) pending.push(listen(wa, i).catch(() => undefined));
  const after = heap();
  await wa.close({ timeout: 0 });
  await Promise.all(pending);
  return after - before;
}

const raw = { messaging_product: "whatsapp", messages: [{ id: "wamid.question" }] };
const byWaitForUpdate = await listenersHeap((wa, i) =>
  wa.waitForUpdate({ from: user(i), filters, cancelers, timeout: 600_000 }),
);
const byWaitForReply = await listenersHeap((wa, i) =>
  new SentMessage(wa.messages, raw, user(i), PHONE_ID).waitForReply({
    cancelers,
    timeout: 600_000,
  }),
);

console.log(`Listener benchmark: node ${process.version}\n`);
console.log(`memory: ${LISTENERS} listeners waiting at once (heap growth after GC)`);
for (const [name, bytes] of [
  ["wa.waitForUpdate", byWaitForUpdate],
  ["sent.waitForReply", byWaitForReply],
] as const) {
  const verdict = bytes < 20 * MiB * (LISTENERS / 10_000) ? "within" : "OVER";
  console.log(
    `  ${name.padEnd(18)} ${(bytes / MiB).toFixed(2).padStart(6)} MiB  ${Math.round(
      bytes / LISTENERS,
    )
      .toString()
      .padStart(5)} B/listener  (${verdict} the 20 MiB per 10,000 budget)`,
  );
}

// Dispatch: the same signed bodies through a client without listeners and one with many.
const bodies: { body: Buffer; signature: string }[] = [];
const simulator = new WebhookSimulator({
  url: "http://127.0.0.1/",
  appSecret: APP_SECRET,
  phoneId: PHONE_ID,
  fetch: async (_url, init) => {
    const headers = init?.headers as Record<string, string>;
    bodies.push({
      body: Buffer.from(String(init?.body)),
      signature: headers["x-hub-signature-256"] as string,
    });
    return new Response("OK");
  },
});
const batch = async () => {
  bodies.length = 0;
  for (let i = 0; i < WEBHOOKS; i++) await simulator.text("Hi! A table for two tonight?");
  return [...bodies];
};

const none = client();
const many = client();
const waiting = Array.from({ length: LISTENERS }, (_, i) =>
  many.wa
    .waitForUpdate({ from: user(i), filters, cancelers, timeout: 600_000 })
    .catch(() => undefined),
);

/** Total µs `wa` takes to answer `items`. */
const run = async (wa: WhatsApp, items: { body: Buffer; signature: string }[]) => {
  const start = process.hrtime.bigint();
  for (const { body, signature } of items) {
    const response = await wa.handle({
      method: "POST",
      path: "/",
      headers: { "x-hub-signature-256": signature, "content-type": "application/json" },
      body,
    });
    if (response.status !== 200) throw new Error(`status ${response.status}`);
  }
  return Number(process.hrtime.bigint() - start) / 1000;
};

/**
 * µs per webhook of each client over `items`, in chunks of 250 that alternate which client
 * goes first: on a busy machine, a burst of load then hits both alike.
 */
const round = async (items: { body: Buffer; signature: string }[]) => {
  let noneTotal = 0;
  let manyTotal = 0;
  for (let at = 0, chunk = 0; at < items.length; at += 250, chunk++) {
    const part = items.slice(at, at + 250);
    if (chunk % 2) {
      noneTotal += await run(none.wa, part);
      manyTotal += await run(many.wa, part);
    } else {
      manyTotal += await run(many.wa, part);
      noneTotal += await run(none.wa, part);
    }
  }
  return { none: noneTotal / items.length, many: manyTotal / items.length };
};

// Warm-up: JIT for both.
const warm = await batch();
await run(none.wa, warm);
await run(many.wa, warm);

console.log(
  `\ndispatch: ${ROUNDS} rounds of ${WEBHOOKS} one-message webhooks, ${LISTENERS} listeners for other users\n`,
);
console.log("round  none µs  listeners µs  ratio");
const rows: { none: number; many: number }[] = [];
for (let i = 1; i <= ROUNDS; i++) {
  const row = await round(await batch());
  rows.push(row);
  console.log(
    `${String(i).padStart(5)} ${row.none.toFixed(2).padStart(8)} ${row.many.toFixed(2).padStart(13)} ${(row.none / row.many).toFixed(3).padStart(6)}`,
  );
}
const ratio = median(rows.map((r) => r.none / r.many));
console.log(
  `\nmedian: none ${median(rows.map((r) => r.none)).toFixed(2)} µs/webhook, with ${LISTENERS} listeners ${median(rows.map((r) => r.many)).toFixed(2)} µs/webhook; dispatch with listeners runs at ${ratio.toFixed(3)}x the speed without (target ≥ 0.90)`,
);
if (none.handled() !== many.handled() || none.handled() !== (ROUNDS + 1) * WEBHOOKS)
  throw new Error(`handled ${none.handled()} and ${many.handled()} webhooks`);
if (many.wa.listenerCount("error") !== 0) throw new Error("unexpected error listener");
await many.wa.close({ timeout: 0 });
await Promise.all(waiting);
