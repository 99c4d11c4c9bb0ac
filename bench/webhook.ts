/**
 * `npx tsx bench/webhook.ts`: webhook throughput of tswa beside the floor any receiver pays,
 * measured in the same run on the same bytes.
 *
 *   floor   HMAC-SHA256 of the body (hex) + JSON.parse: what checking and reading a webhook
 *           costs at the least
 *   tswa    wa.handle() on the minimal HTTP shape: signature check (constant time), parse of
 *           the envelope into a typed Message, duplicate check (the default in-memory store),
 *           and dispatch to an onMessage handler (awaitHandlers, so the handler ran before the
 *           answer), then the 200 answer
 *
 * Each body is a one-message `messages` webhook as WhatsApp sends it, with its own message id
 * (so the duplicate check lets each one through). Rounds interleave the variants, each round
 * in the other order, so drift in the machine's speed hits both; the ratio is tswa's
 * webhooks/s over the floor's in the same round, and the verdict is the median over the rounds
 * (their spread is printed too: on a shared machine single rounds swing by ±0.1). Each round
 * also reports CPU time (this process's user + system), which equals wall time on a quiet
 * machine and does not count time other processes took.
 *
 *   npx tsx bench/webhook.ts        BENCH_WEBHOOKS=20000 BENCH_ROUNDS=21 npx tsx bench/webhook.ts
 */
import { createHmac } from "node:crypto";
import { signPayload, WhatsApp } from "tswa";
import { type Cost, costPerItem, median } from "./timing.js";

const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const APP_SECRET = "bench-app-secret";

const body = (i: number) =>
  Buffer.from(
    JSON.stringify({
      object: "whatsapp_business_account",
      entry: [
        {
          id: "102290129340398",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: {
                  display_phone_number: "15550783881",
                  phone_number_id: "106540352242922",
                },
                contacts: [
                  {
                    profile: { name: "Ada" },
                    wa_id: "16505551234",
                    user_id: "US.13491208655302741918",
                  },
                ],
                messages: [
                  {
                    from: "16505551234",
                    id: `wamid.HBgLMTY1MDUwNzY1MjAVAgASGBQzQTY2NDk2NDU2RjE0${i.toString(36).padStart(8, "0")}`,
                    timestamp: "1732000000",
                    type: "text",
                    text: { body: "Hi! I'd like to book a table for two tonight." },
                  },
                ],
              },
            },
          ],
        },
      ],
    }),
  );

let handled = 0;
const wa = new WhatsApp({ appSecret: APP_SECRET, awaitHandlers: true, phoneId: "106540352242922" });
wa.onMessage("text", () => {
  handled++;
});

let seq = 0;
const batch = () =>
  Array.from({ length: WEBHOOKS }, () => {
    const bytes = body(seq++);
    return { bytes, signature: signPayload(bytes.toString("utf8"), APP_SECRET) };
  });

let sink = 0;
const floor = (items: ReturnType<typeof batch>) =>
  costPerItem(items.length, () => {
    for (const { bytes } of items) {
      const mac = createHmac("sha256", APP_SECRET).update(bytes).digest("hex");
      const json = JSON.parse(bytes.toString("utf8")) as { entry: unknown[] };
      sink += mac.length + json.entry.length;
    }
  });

const tswa = (items: ReturnType<typeof batch>) =>
  costPerItem(items.length, async () => {
    for (const { bytes, signature } of items) {
      const response = await wa.handle({
        method: "POST",
        path: "/",
        headers: { "x-hub-signature-256": signature, "content-type": "application/json" },
        body: bytes,
      });
      if (response.status !== 200) throw new Error(`status ${response.status}`);
    }
  });

// Warm-up: JIT for both paths.
await floor(batch());
await tswa(batch());

console.log(
  `Webhook benchmark: node ${process.version}, ${ROUNDS} rounds of ${WEBHOOKS} one-message webhooks per variant (${body(0).length} bytes each)\n`,
);
console.log("round  floor µs  tswa µs  floor/s  tswa/s  ratio   CPU: floor µs  tswa µs  ratio");
const rows: { floor: Cost; tswa: Cost }[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const items = batch();
  const row =
    round % 2 === 1
      ? { floor: await floor(items), tswa: await tswa(items) }
      : { tswa: await tswa(items), floor: await floor(items) };
  rows.push(row);
  console.log(
    [
      String(round).padStart(5),
      row.floor.wall.toFixed(2).padStart(9),
      row.tswa.wall.toFixed(2).padStart(8),
      String(Math.round(1e6 / row.floor.wall)).padStart(8),
      String(Math.round(1e6 / row.tswa.wall)).padStart(7),
      (row.floor.wall / row.tswa.wall).toFixed(2).padStart(6),
      row.floor.cpu.toFixed(2).padStart(15),
      row.tswa.cpu.toFixed(2).padStart(8),
      (row.floor.cpu / row.tswa.cpu).toFixed(2).padStart(6),
    ].join(" "),
  );
}
const spread = (values: number[]) =>
  `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
const wallRatios = rows.map((r) => r.floor.wall / r.tswa.wall);
const cpuRatios = rows.map((r) => r.floor.cpu / r.tswa.cpu);
console.log(`
median wall time: floor ${median(rows.map((r) => r.floor.wall)).toFixed(2)} µs/webhook, tswa ${median(rows.map((r) => r.tswa.wall)).toFixed(2)} µs/webhook
tswa runs at ${median(wallRatios).toFixed(2)}x the floor's throughput (target ≥ 0.50; rounds ${spread(wallRatios)})
by CPU time, which other processes on the machine do not inflate: ${median(cpuRatios).toFixed(2)}x (rounds ${spread(cpuRatios)})`);
if (handled !== (ROUNDS + 1) * WEBHOOKS || sink === 0)
  throw new Error(`handled ${handled} webhooks`);
