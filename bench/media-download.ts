/**
 * `npx tsx bench/media-download.ts`: a Cloud API media file downloaded from a CDN on 127.0.0.1,
 * with tswa's checks, beside a bare undici stream of the same bytes to a file, in the same run.
 *
 *   bare         undici.stream() of the URL into the final file: no hash, no size check, no
 *                temporary file (a broken download would leave a broken file behind)
 *   tswa file    downloadMedia(answer, { path }): the same bytes through tswa's transport,
 *                SHA-256 and the file_size check on the way, into `.name.part`, renamed after
 *                the checks
 *   tswa buffer  getMediaBytes(answer): into one Buffer of the declared size, returned after the
 *                checks (its RSS grows with the file: the form for small media)
 *   tswa stream  streamMedia(answer): spooled to a temporary file, handed over once checked,
 *                read to the end
 *
 * Each case runs in its own process, so its peak RSS is its own: one warm-up download, then
 * BENCH_RUNS timed ones. Rounds repeat the cases so drift in the machine's speed hits all of
 * them; ratios are per round, then the median. Then a 1 GiB file, once per case, for peak RSS:
 * tswa's must stay within 32 MiB of bare's and flat from 100 MB to 1 GiB.
 *
 *   npx tsx bench/media-download.ts     BENCH_MEDIA_MB=100 BENCH_ROUNDS=3 BENCH_RUNS=3 BENCH_MEDIA_GB=1
 */
import { createHash, randomFillSync } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat, unlink } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import {
  BENCH_RUNS,
  BENCH_SIZE,
  benchRounds,
  bundleWorker,
  type CaseResult,
  compareInRounds,
  MiB,
  row,
  runWorker as runWorkerProcess,
  serveWorker,
} from "./worker-process.js";

type CaseName = "idle" | "bare" | "bare+sha256" | "tswa file" | "tswa buffer" | "tswa stream";
interface Job {
  kind: CaseName;
  url: string;
  sha256: string;
  size: number;
  out: string;
  runs: number;
}
type Result = CaseResult;

const SIZE = BENCH_SIZE;
const ROUNDS = benchRounds(3);
const RUNS = BENCH_RUNS;
const GB = process.env.BENCH_MEDIA_GB !== "0";
const SPEED_TARGET = 0.9;
const RSS_MARGIN_MIB = 32;
const TOKEN = "bench-token";

async function runCase(job: Job): Promise<void> {
  if (job.kind === "bare") return bare(job);
  if (job.kind === "bare+sha256") return bareHashed(job);
  const { MediaDownloader } = await import("@tswa/media");
  const media = new MediaDownloader({
    token: TOKEN,
    allowUrl: (url) => url.hostname === "127.0.0.1",
    maxSize: job.size,
    timeout: 600_000,
    tempDir: join(job.out, ".."),
  });
  // A getMediaUrl answer: the URL, Meta's hex SHA-256 and the file size.
  const answer = { id: "1", url: job.url, sha256: job.sha256, fileSize: job.size };
  if (job.kind === "tswa file") {
    await media.downloadMedia(answer, { path: job.out });
  } else if (job.kind === "tswa buffer") {
    await media.getMediaBytes(answer);
  } else if (job.kind === "tswa stream") {
    for await (const _ of await media.streamMedia(answer)); // the caller pipes it elsewhere
  }
}

/** The baseline: undici's fastest API straight into the file. */
async function bare(job: Job): Promise<void> {
  const { Agent, stream } = await import("undici");
  bareAgent ??= new Agent({ keepAliveTimeout: 60_000 });
  await stream(
    job.url,
    { method: "GET", headers: { authorization: `Bearer ${TOKEN}` }, dispatcher: bareAgent },
    () => createWriteStream(job.out, { highWaterMark: MiB }),
  );
}
let bareAgent: import("undici").Agent | undefined;

/**
 * The baseline with the one check no verified download can skip: the same undici stream into
 * the file, each piece hashed on the way (as a user would write it by hand), the digest compared
 * at the end. No size check, no temporary file.
 */
async function bareHashed(job: Job): Promise<void> {
  const { Agent, stream } = await import("undici");
  bareAgent ??= new Agent({ keepAliveTimeout: 60_000 });
  const hash = createHash("sha256");
  await stream(
    job.url,
    { method: "GET", headers: { authorization: `Bearer ${TOKEN}` }, dispatcher: bareAgent },
    () => {
      const file = createWriteStream(job.out, { highWaterMark: MiB });
      return new Writable({
        highWaterMark: MiB,
        write(piece: Buffer, _encoding, done) {
          hash.update(piece);
          if (file.write(piece)) done();
          else file.once("drain", done);
        },
        final(done) {
          file.end(done);
        },
      });
    },
  );
  if (hash.digest("hex") !== job.sha256) throw new Error("bare+sha256: the hash does not match");
}

/** SHA-256 alone over `size` bytes already in memory, in MB/s: what bounds any checked download. */
function hashSpeed(size: number): number {
  const piece = randomFillSync(Buffer.alloc(MiB));
  const hash = createHash("sha256");
  const started = performance.now();
  for (let done = 0; done < size; done += MiB) hash.update(piece);
  hash.digest();
  return size / 1e6 / ((performance.now() - started) / 1000);
}

/** Writes `size` random bytes to `path` and returns their hex SHA-256. */
async function makeFile(path: string, size: number): Promise<string> {
  const hash = createHash("sha256");
  const out = createWriteStream(path, { highWaterMark: 4 * MiB });
  for (let done = 0; done < size; done += MiB) {
    const piece = randomFillSync(Buffer.alloc(Math.min(MiB, size - done)));
    hash.update(piece);
    if (!out.write(piece)) await once(out, "drain");
  }
  await new Promise((resolve) => out.end(resolve));
  return hash.digest("hex");
}

let workerFile = "";

const runWorker = (job: Job) => runWorkerProcess<Job, Result>(workerFile, job);

/** A CDN on 127.0.0.1 serving files from disk to requests with the bearer token. */
async function startCdn(dir: string) {
  const files = new Map<string, string>();
  const server = createServer(async (req, res) => {
    const path = files.get(new URL(req.url ?? "/", "http://cdn").pathname);
    if (!path || req.headers.authorization !== `Bearer ${TOKEN}`)
      return void res.writeHead(404).end();
    res.writeHead(200, {
      "content-type": "video/mp4",
      "content-length": String((await stat(path)).size),
    });
    createReadStream(path, { highWaterMark: MiB }).pipe(res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const publish = async (name: string, size: number) => {
    const path = join(dir, `${name}.bin`);
    const sha256 = await makeFile(path, size);
    files.set(`/v/${name}`, path);
    const url = `${origin}/v/${name}?ext=1&hash=bench`;
    const out = join(dir, `${name}.out`);
    return {
      remove: () => unlink(path),
      job: (kind: CaseName, runs = RUNS): Job => ({ kind, url, sha256, size, out, runs }),
    };
  };
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  return { publish, close };
}

const KINDS = ["bare", "bare+sha256", "tswa file", "tswa buffer", "tswa stream"] as const;

async function gigabyte(
  job: (kind: CaseName, runs?: number) => Job,
  peaks100: Map<CaseName, number>,
) {
  console.log("\n1 GiB file, one timed download per case (peak RSS of its own process):");
  const peaks = new Map<CaseName, number>();
  let base = 0;
  // Not the buffer form: it holds the whole file by design.
  for (const kind of ["bare", "tswa file", "tswa stream"] as const) {
    const result = await runWorker(job(kind, 1));
    const mbps = result.mbps[0] ?? 0;
    if (kind === "bare") base = mbps;
    peaks.set(kind, result.maxRssMiB);
    console.log(
      row([
        ["", 5],
        [kind, -12],
        [mbps.toFixed(0), 6],
        [result.maxRssMiB.toFixed(0), 13],
        [(mbps / base).toFixed(3), 8],
      ]),
    );
  }
  const bareRss = peaks.get("bare") ?? 0;
  for (const kind of ["tswa file", "tswa stream"] as const) {
    const rss = peaks.get(kind) ?? 0;
    const growth = rss - (peaks100.get(kind) ?? 0);
    console.log(
      `${kind}: ${(rss - bareRss).toFixed(0)} MiB over bare's peak (target <= ${RSS_MARGIN_MIB}: ${rss - bareRss <= RSS_MARGIN_MIB ? "met" : "not met"}); ${growth.toFixed(0)} MiB more than at ${(SIZE / 1e6).toFixed(0)} MB (flat: ${Math.abs(growth) <= 8 ? "yes" : "no"})`,
    );
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "tswa-bench-media-download-"));
  const cdn = await startCdn(dir);
  try {
    workerFile = await bundleWorker(import.meta.url, dir, "media-download-worker");
    const idle = await runWorker({
      kind: "idle",
      url: "",
      sha256: "",
      size: 1,
      out: join(dir, "idle"),
      runs: 0,
    });
    console.log(
      `Cloud API media download benchmark: node ${process.version}, ${availableParallelism()} cores, a ${(SIZE / 1e6).toFixed(0)} MB file, ${ROUNDS} rounds of ${RUNS} timed downloads per case; an idle worker peaks at ${idle.maxRssMiB.toFixed(0)} MiB RSS\n`,
    );
    const file = await cdn.publish("file", SIZE);
    const peaks100 = await compareInRounds({
      kinds: KINDS,
      baseline: "bare",
      judged: ["tswa file"],
      target: SPEED_TARGET,
      rounds: ROUNDS,
      run: (kind) => runWorker(file.job(kind)),
      alsoAgainst: "bare+sha256",
    });
    console.log(
      `SHA-256 alone on this CPU: ${hashSpeed(SIZE).toFixed(0)} MB/s, one core (no checked download is faster)`,
    );
    if (GB) {
      await file.remove();
      const big = await cdn.publish("gigabyte", 1024 * MiB);
      await gigabyte(big.job, peaks100);
    }
  } finally {
    cdn.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "worker") {
  serveWorker(runCase, (job) => unlink(job.out).catch(() => undefined));
} else {
  await main();
}
