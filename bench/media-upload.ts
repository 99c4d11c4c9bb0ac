/**
 * `pnpm bench:media-upload`: a 100 MB file uploaded to a server on 127.0.0.1 that takes
 * Graph's multipart upload and answers `{ id }`; MB/s and peak RSS of tswa beside a bare undici
 * stream of the same bytes, measured in the same run.
 *
 *   undici        `undici.request` POSTing the file's bytes from `fs.createReadStream` (1 MiB
 *                 pieces), no multipart, no type or size checks: the ceiling for speed
 *   fetch         the same bytes through `fetch` (a web stream body, the same keep-alive
 *                 agent tswa's transport uses): what choosing fetch costs, before tswa's work
 *   tswa path     `MediaApi.uploadMedia(path)`: size and type checked, a multipart body streamed
 *                 around the file through the client's transport, straight to its undici Agent
 *   tswa stream   `uploadMedia(fs.createReadStream(path))`: a stream of unknown length,
 *                 counted against the limit as it goes, sent chunked
 *   tswa stream 1MiB  the same from `fs.createReadStream(path, { highWaterMark: 1 MiB })`: the
 *                 default stream reads the disk 64 KiB at a time, 16 times the reads undici's
 *   tswa buffer   `uploadMedia(buffer)`: the file read into memory before the timed runs (its
 *                 100 MB count in the peak RSS)
 *   tswa path via fetch  `uploadMedia(path)` with the client's `fetch` option set to tswa's
 *                 `defaultFetch`: the path msw users and custom fetches get
 *
 * Each case runs in its own process, so its peak RSS is its own: one warm-up upload, then
 * BENCH_RUNS timed ones. Rounds repeat the cases so drift in the machine's speed hits all of
 * them; ratios are per round, then the median. Workers run on plain node from an esbuild bundle
 * of this file (see `worker-process.ts`).
 *
 *   npx tsx bench/media-upload.ts     BENCH_MEDIA_MB=100 BENCH_ROUNDS=5 BENCH_RUNS=3
 */
import { randomFillSync } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { Agent, request } from "undici";
import {
  BENCH_RUNS,
  BENCH_SIZE,
  benchRounds,
  bundleWorker,
  type CaseResult,
  compareInRounds,
  MiB,
  runWorker as runWorker_,
  serveWorker,
} from "./worker-process.js";

type CaseName =
  | "idle"
  | "undici"
  | "fetch"
  | "tswa path"
  | "tswa stream"
  | "tswa stream 1MiB"
  | "tswa buffer"
  | "tswa path via fetch";
interface Job {
  kind: CaseName;
  origin: string;
  path: string;
  size: number;
  runs: number;
}
type Result = CaseResult;

const SIZE = BENCH_SIZE;
const ROUNDS = benchRounds(5);
const RUNS = BENCH_RUNS;
const TARGET = 0.9;
const PHONE_ID = "106540352242922";

let agent: Agent | undefined;
let buffer: Buffer | undefined;

async function runCase(job: Job): Promise<void> {
  if (job.kind === "undici") {
    agent ??= new Agent({ keepAliveTimeout: 60_000 });
    const answer = await request(`${job.origin}/v26.0/${PHONE_ID}/media`, {
      method: "POST",
      dispatcher: agent,
      headers: { "content-type": "application/pdf", "content-length": String(job.size) },
      body: createReadStream(job.path, { highWaterMark: MiB }),
    });
    const { id } = (await answer.body.json()) as { id: string };
    if (id !== String(job.size)) throw new Error(`undici: the server got ${id} bytes`);
    return;
  }
  if (job.kind === "fetch") {
    agent ??= new Agent({ keepAliveTimeout: 60_000 });
    const body = Readable.toWeb(createReadStream(job.path, { highWaterMark: MiB }));
    const answer = await fetch(`${job.origin}/v26.0/${PHONE_ID}/media`, {
      method: "POST",
      dispatcher: agent,
      headers: { "content-type": "application/pdf", "content-length": String(job.size) },
      body,
      duplex: "half",
    } as RequestInit);
    const { id } = (await answer.json()) as { id: string };
    if (id !== String(job.size)) throw new Error(`fetch: the server got ${id} bytes`);
    return;
  }
  const { defaultFetch, GraphClient, MediaApi } = await import("@tswa/core");
  // The last case takes the fetch path, as a client given a `fetch` (or under msw) does.
  const graph = new GraphClient({
    token: "bench-token",
    baseUrl: job.origin,
    fetch: job.kind === "tswa path via fetch" ? defaultFetch : undefined,
  });
  const media = new MediaApi(graph, { phoneId: PHONE_ID });
  if (job.kind === "tswa buffer") buffer ??= readFileSync(job.path);
  const input = job.kind === "tswa stream" ? createReadStream(job.path) : (buffer ?? job.path);
  const uploaded = await media.uploadMedia(input, { mimeType: "application/pdf" });
  // The server answers with the bytes it received: the file plus the multipart framing.
  if (Number(uploaded.id) < job.size) throw new Error(`${job.kind}: the server got too few bytes`);
}

/**
 * A server that takes uploads the way Graph does: it reads the whole body (multipart or not),
 * counts it, and answers `{ id }` with the count.
 */
async function startServer() {
  const server = createServer(async (req, res) => {
    let bytes = 0;
    for await (const chunk of req) bytes += (chunk as Buffer).length;
    const body = JSON.stringify({ id: String(bytes) });
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Writes a file of random bytes, a piece at a time. */
async function makeFile(path: string, size: number) {
  const out = createWriteStream(path, { highWaterMark: 4 * MiB });
  const piece = Buffer.alloc(MiB);
  for (let done = 0; done < size; done += piece.length) {
    const part = piece.subarray(0, Math.min(piece.length, size - done));
    randomFillSync(part);
    if (!out.write(Buffer.from(part))) await once(out, "drain");
  }
  await new Promise((resolve) => out.end(resolve));
}

let workerFile = "";
const runWorker = (job: Job) => runWorker_<Job, Result>(workerFile, job);

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "tswa-bench-upload-"));
  const server = await startServer();
  try {
    const path = join(dir, "file.pdf");
    await makeFile(path, SIZE);
    workerFile = await bundleWorker(import.meta.url, dir, "media-upload-worker");
    const job = (kind: CaseName, runs = RUNS): Job => ({
      kind,
      origin: server.origin,
      path,
      size: SIZE,
      runs,
    });
    const idle = await runWorker(job("idle", 0));
    console.log(
      `media upload benchmark: node ${process.version}, ${availableParallelism()} cores, a ${(SIZE / 1e6).toFixed(0)} MB file, ${ROUNDS} rounds of ${RUNS} timed uploads per case; an idle worker peaks at ${idle.maxRssMiB.toFixed(0)} MiB RSS\n`,
    );
    await compareInRounds({
      kinds: [
        "undici",
        "fetch",
        "tswa path",
        "tswa stream",
        "tswa stream 1MiB",
        "tswa buffer",
        "tswa path via fetch",
      ],
      baseline: "undici",
      judged: [
        "tswa path",
        "tswa stream",
        "tswa stream 1MiB",
        "tswa buffer",
        "tswa path via fetch",
      ],
      target: TARGET,
      rounds: ROUNDS,
      run: (kind) => runWorker(job(kind)),
    });
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "worker") {
  serveWorker(runCase);
} else {
  await main();
}
