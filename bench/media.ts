/**
 * `npx tsx bench/media.ts`: encrypted flow media downloaded from a CDN on 127.0.0.1, checked and
 * decrypted; MB/s and peak RSS of tswa beside a raw node:crypto pipeline measured in the same run.
 *
 *   raw          fetch body -> SHA-256(file) + HMAC + AES-256-CBC + SHA-256(plaintext) -> the final
 *                file, written as it comes (nothing deferred: a tampered file would already be on
 *                disk when the checks fail). The same fetch and undici Agent as tswa's transport.
 *   fetch only   the download alone, no crypto: the ceiling for speed, the floor for memory
 *   tswa file    decryptFlowMediaToFile: the same work into `.name.part`, renamed after the checks
 *   tswa stream  decryptFlowMediaStream: spooled to a temp file, then read back by the caller
 *   tswa buffer  flowRequestMediaDecryptor: the whole plaintext in memory (grows with the file)
 *
 * Each case runs in its own process, so its peak RSS is its own: one warm-up download, then
 * BENCH_RUNS timed ones. Rounds repeat the cases so drift in the machine's speed hits all of them;
 * ratios are per round, then the median. The CDN (the parent process) serves from a file on disk.
 * Workers run on plain node from an esbuild bundle of this file (see `worker-process.ts`).
 *
 *   npx tsx bench/media.ts                    BENCH_MEDIA_MB=100 BENCH_ROUNDS=3 BENCH_RUNS=3
 *   BENCH_MEDIA_GB=1 npx tsx bench/media.ts   adds a 1 GiB file (file and stream forms, RSS target)
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  randomFillSync,
  timingSafeEqual,
} from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdtemp, rm, stat, unlink } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Agent } from "undici";
import {
  BENCH_RUNS,
  BENCH_SIZE,
  benchRounds,
  bundleWorker,
  type CaseResult,
  compareInRounds,
  MiB,
  row,
  runWorker as runWorker_,
  serveWorker,
} from "./worker-process.js";

type CaseName = "idle" | "fetch only" | "raw" | "tswa file" | "tswa stream" | "tswa buffer";
interface Job {
  kind: CaseName;
  url: string;
  media: Record<string, unknown>;
  size: number;
  out: string;
  runs: number;
}
type Result = CaseResult;

const SIZE = BENCH_SIZE;
const ROUNDS = benchRounds(3);
const RUNS = BENCH_RUNS;
const GB = process.env.BENCH_MEDIA_GB === "1";
const TARGET = 0.8;
const RSS_TARGET_MIB = 128;

async function runCase(job: Job): Promise<void> {
  if (job.kind === "raw") return rawPipeline(job);
  if (job.kind === "fetch only") return fetchOnly(job);
  const media = await import("@tswa/media");
  // The CDN here is on 127.0.0.1 over http: allow it, as a test CDN must be.
  const options = { maxSize: job.size, timeout: 600_000, allowUrl: () => true };
  if (job.kind === "tswa file") {
    await media.decryptFlowMediaToFile(job.media, job.out, options);
  } else if (job.kind === "tswa stream") {
    const { stream } = await media.decryptFlowMediaStream(job.media, {
      ...options,
      tempDir: join(job.out, ".."),
    });
    for await (const _ of stream); // the caller pipes it elsewhere; here, nowhere
  } else if (job.kind === "tswa buffer") {
    const { data } = await media.flowRequestMediaDecryptor(job.media, options);
    if (data.length !== job.size) throw new Error("wrong size");
  }
}

let agent: Agent | undefined;

/** The download alone: the ceiling for speed and the floor for memory. */
async function fetchOnly(job: Job): Promise<void> {
  agent ??= new Agent({ keepAliveTimeout: 60_000 });
  const response = await fetch(job.url, { dispatcher: agent } as RequestInit);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  while (!(await reader.read()).done);
}

/** The same work written by hand with node:crypto, as fast as it goes. */
async function rawPipeline(job: Job): Promise<void> {
  const keys = decodeKeys(job.media.encryption_metadata as Record<string, string>);
  agent ??= new Agent({ keepAliveTimeout: 60_000 });
  const response = await fetch(job.url, { dispatcher: agent } as RequestInit);
  if (!response.ok) throw new Error(`raw pipeline: HTTP ${response.status}`);
  const fileHash = createHash("sha256");
  const plainHash = createHash("sha256");
  const hmac = createHmac("sha256", keys.hmac_key).update(keys.iv);
  const decipher = createDecipheriv("aes-256-cbc", keys.encryption_key, keys.iv);
  const out = createWriteStream(job.out, { highWaterMark: MiB });
  /** Hashes and writes plaintext; false when the file's buffer is full. */
  const write = (plaintext: Buffer) => {
    plainHash.update(plaintext);
    return out.write(plaintext);
  };
  const ciphertext = (bytes: Uint8Array) => {
    hmac.update(bytes);
    return write(decipher.update(bytes));
  };
  // The last 10 bytes are the MAC: hold back the last 10 seen until the next piece comes.
  let tail = Buffer.alloc(0);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    fileHash.update(value);
    const joined = value.length >= 10 ? value : Buffer.concat([tail, value]);
    let room = true;
    if (joined === value && tail.length > 0) room = ciphertext(tail);
    if (joined.length > 10) room = ciphertext(joined.subarray(0, joined.length - 10)) && room;
    tail = Buffer.from(joined.subarray(Math.max(0, joined.length - 10)));
    if (!room) await once(out, "drain");
  }
  write(decipher.final());
  const ok =
    timingSafeEqual(fileHash.digest(), keys.encrypted_hash) &&
    timingSafeEqual(hmac.digest().subarray(0, 10), tail) &&
    timingSafeEqual(plainHash.digest(), keys.plaintext_hash);
  await new Promise((resolve) => out.end(resolve));
  if (!ok) throw new Error("raw pipeline: a check failed");
}

function decodeKeys(metadata: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(metadata).map(([k, v]) => [k, Buffer.from(v, "base64")]),
  ) as Record<"encrypted_hash" | "iv" | "encryption_key" | "hmac_key" | "plaintext_hash", Buffer>;
}

/** Writes a CDN file of `size` plaintext bytes as WhatsApp makes one, streaming (no big buffers). */
async function makeCdnFile(path: string, size: number) {
  const [key, hmacKey, iv] = [randomBytes(32), randomBytes(32), randomBytes(16)];
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  const hmac = createHmac("sha256", hmacKey).update(iv);
  const fileHash = createHash("sha256");
  const plainHash = createHash("sha256");
  const out = createWriteStream(path, { highWaterMark: 4 * MiB });
  const put = async (ciphertext: Buffer) => {
    fileHash.update(ciphertext);
    if (!out.write(ciphertext)) await once(out, "drain");
  };
  const piece = Buffer.alloc(MiB);
  for (let done = 0; done < size; done += piece.length) {
    const plaintext = piece.subarray(0, Math.min(piece.length, size - done));
    randomFillSync(plaintext);
    plainHash.update(plaintext);
    const ciphertext = cipher.update(plaintext);
    hmac.update(ciphertext);
    await put(ciphertext);
  }
  const last = cipher.final();
  hmac.update(last);
  await put(last);
  await put(hmac.digest().subarray(0, 10));
  await new Promise((resolve) => (out as WriteStream).end(resolve));
  return {
    encrypted_hash: fileHash.digest("base64"),
    iv: iv.toString("base64"),
    encryption_key: key.toString("base64"),
    hmac_key: hmacKey.toString("base64"),
    plaintext_hash: plainHash.digest("base64"),
  };
}

let workerFile = "";
const runWorker = (job: Job) => runWorker_<Job, Result>(workerFile, job);

/** A CDN on 127.0.0.1 serving files from disk, and a way to publish one. */
async function startCdn(dir: string) {
  const files = new Map<string, string>();
  const server = createServer(async (req, res) => {
    const path = files.get(new URL(req.url ?? "/", "http://cdn").pathname);
    if (!path) return void res.writeHead(404).end();
    res.writeHead(200, { "content-length": String((await stat(path)).size) });
    createReadStream(path, { highWaterMark: MiB }).pipe(res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** Encrypts a file of `size` bytes and returns how to make a job for it. */
  const publish = async (name: string, size: number) => {
    const path = join(dir, `${name}.enc`);
    const metadata = await makeCdnFile(path, size);
    files.set(`/v/${name}`, path);
    const url = `${origin}/v/${name}?oh=token&oe=1`;
    const media = { media_id: name, cdn_url: url, file_name: name, encryption_metadata: metadata };
    const out = join(dir, `${name}.out`);
    return (kind: CaseName, runs = RUNS): Job => ({ kind, url, media, size, out, runs });
  };
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  return { publish, close };
}

async function gigabyte(job: (kind: CaseName, runs?: number) => Job): Promise<void> {
  console.log("\n1 GiB file, one timed download per case:");
  let raw = 0;
  for (const kind of ["raw", "fetch only", "tswa file", "tswa stream"] as const) {
    const result = await runWorker(job(kind, 1));
    const mbps = result.mbps[0] ?? 0;
    if (kind === "raw") raw = mbps;
    const rss = result.maxRssMiB;
    const verdict = kind.startsWith("tswa")
      ? `  (< ${RSS_TARGET_MIB} MiB: ${rss < RSS_TARGET_MIB ? "met" : "not met"})`
      : "";
    console.log(
      row([
        ["", 5],
        [kind, -12],
        [mbps.toFixed(0), 6],
        [rss.toFixed(0), 13],
        [(mbps / raw).toFixed(3), 7],
      ]) + verdict,
    );
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "tswa-bench-media-"));
  const cdn = await startCdn(dir);
  try {
    workerFile = await bundleWorker(import.meta.url, dir, "media-worker");
    const idle = await runWorker({
      kind: "idle",
      url: "",
      media: {},
      size: 1,
      out: join(dir, "idle"),
      runs: 0,
    });
    console.log(
      `flow media benchmark: node ${process.version}, ${availableParallelism()} cores, a ${(SIZE / 1e6).toFixed(0)} MB file, ${ROUNDS} rounds of ${RUNS} timed downloads per case; an idle worker peaks at ${idle.maxRssMiB.toFixed(0)} MiB RSS\n`,
    );
    const job = await cdn.publish("file", SIZE);
    await compareInRounds({
      kinds: ["raw", "fetch only", "tswa file", "tswa stream", "tswa buffer"],
      baseline: "raw",
      judged: ["tswa file", "tswa stream"],
      target: TARGET,
      rounds: ROUNDS,
      run: (kind) => runWorker(job(kind)),
    });
    if (GB) {
      await unlink(join(dir, "file.enc"));
      await gigabyte(await cdn.publish("gigabyte", 1024 * MiB));
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
