/**
 * `pnpm bench`: flow endpoint requests/s over real HTTP beside the raw node:crypto work of a
 * request (RSA-OAEP unwrap, AES-GCM decrypt, AES-GCM encrypt), measured in the same run.
 *
 * The endpoint runs in one process (one core); the load comes from another process. The raw
 * loop runs in a process of the same kind, alone. Rounds alternate raw and HTTP so that drift
 * in the machine's speed hits both; the table gives each round and the median ratio.
 *
 *   pnpm bench                 BENCH_SECONDS=5 BENCH_ROUNDS=5 pnpm bench
 */
import { type ChildProcess, fork } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { signPayload } from "@tswa/flows";
import { encryptFlowRequest } from "@tswa/flows/simulator";
import type { LoadCommand, LoadReply } from "./endpoint-load.js";
import type { WorkerCommand, WorkerReply } from "./endpoint-worker.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const TARGET = 0.9;

const { privateKey, publicKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
});
const appSecret = randomBytes(16).toString("hex");
// Distinct requests, as real clients send (a fresh AES key and IV each). Each is sent once per
// server: the endpoint refuses a repeated AES key (a replay), as it should.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 12_000);
const WARM_UP = 1_000;
const envelopes = Array.from({ length: REQUESTS }, (_, i) =>
  JSON.stringify(
    encryptFlowRequest(
      {
        version: "3.0",
        action: "data_exchange",
        screen: "APPOINTMENT",
        data: { date: "2026-12-01", department: "shopping", i },
        flow_token: `token-${i}`,
      },
      publicKey,
    ).envelope,
  ),
);
const bodies = envelopes.map((body) => ({ body, signature: signPayload(body, appSecret) }));

const child = (file: string): ChildProcess =>
  fork(new URL(file, import.meta.url), [], { execArgv: ["--import", "tsx"] });
const reply = <T>(proc: ChildProcess) =>
  new Promise<T>((resolve, reject) => {
    proc.once("message", (message) => resolve(message as T));
    proc.once("exit", (code) => reject(new Error(`bench process exited with ${code}`)));
  });

async function rawRound(): Promise<number> {
  const worker = child("./endpoint-worker.ts");
  const result = reply<WorkerReply>(worker);
  worker.send({
    cmd: "raw",
    seconds: SECONDS,
    envelopes: envelopes.slice(0, 256),
    privateKey,
  } satisfies WorkerCommand);
  const done = (await result) as Extract<WorkerReply, { kind: "raw" }>;
  worker.send({ cmd: "stop" } satisfies WorkerCommand);
  return done.ops / done.seconds;
}

async function httpRound(serve: Extract<WorkerCommand, { cmd: "serve" | "serve-bare" }>) {
  const worker = child("./endpoint-worker.ts");
  const serving = reply<WorkerReply>(worker);
  worker.send(serve);
  const { url } = (await serving) as Extract<WorkerReply, { kind: "serving" }>;
  const load = async (seconds: number, some: typeof bodies) => {
    const proc = child("./endpoint-load.ts");
    const result = reply<LoadReply>(proc);
    proc.send({ url, bodies: some, seconds, connections: CONNECTIONS } satisfies LoadCommand);
    return result;
  };
  await load(0.5, bodies.slice(0, WARM_UP)); // warm-up: JIT, keep-alive connections
  const { requests, failures, seconds } = await load(SECONDS, bodies.slice(WARM_UP));
  worker.send({ cmd: "stop" } satisfies WorkerCommand);
  if (failures > 0) throw new Error(`${failures} requests did not get a 200`);
  return requests / seconds;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const cell = (value: string, width: number) => value.padStart(width);

console.log(
  `flow endpoint benchmark: node ${process.version}, ${availableParallelism()} cores, ${ROUNDS} rounds of ${SECONDS}s, ${CONNECTIONS} connections
  raw        node:crypto decrypt + encrypt of one request, tight loop in one process (the ceiling)
  bare http  the same crypto behind a bare node:http server (no signature, no routing, no tswa)
  tswa       the tswa endpoint (signature, envelope check, routing, handler) on node:http
`,
);
console.log("round   raw ops/s  bare http req/s  tswa req/s  tswa/raw  tswa/bare");
const rows: { raw: number; bare: number; tswa: number }[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const raw = await rawRound();
  const bare = await httpRound({ cmd: "serve-bare", privateKey });
  const tswa = await httpRound({ cmd: "serve", privateKey, appSecret });
  rows.push({ raw, bare, tswa });
  console.log(
    [
      cell(String(round), 5),
      cell(raw.toFixed(0), 11),
      cell(bare.toFixed(0), 16),
      cell(tswa.toFixed(0), 11),
      cell((tswa / raw).toFixed(3), 9),
      cell((tswa / bare).toFixed(3), 10),
    ].join(" "),
  );
}
const vsRaw = median(rows.map((row) => row.tswa / row.raw));
const vsBare = median(rows.map((row) => row.tswa / row.bare));
const bareVsRaw = median(rows.map((row) => row.bare / row.raw));
console.log(`
median tswa/raw ${vsRaw.toFixed(3)} (target >= ${TARGET}: ${vsRaw >= TARGET ? "met" : "not met"})
median tswa/bare http ${vsBare.toFixed(3)}; a bare node:http server reaches ${bareVsRaw.toFixed(3)} of raw on this machine`);
