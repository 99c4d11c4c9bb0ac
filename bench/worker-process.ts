/**
 * Running a benchmark case in its own process, so that its peak RSS is its own: the benchmark
 * file is bundled with esbuild and forked on plain node (under `--import tsx` every process would
 * also carry tsx's loader thread, about 50 MiB of RSS, which an application built to JavaScript
 * does not). The bundle runs the file's worker branch when its first argument is `worker`.
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { median } from "./timing.js";

/** One mebibyte. */
export const MiB = 1024 * 1024;
/** The media benchmarks' file size in bytes: `BENCH_MEDIA_MB` megabytes (default 100). */
export const BENCH_SIZE = Number(process.env.BENCH_MEDIA_MB ?? 100) * 1_000_000;
/** Timed runs per case in each round: `BENCH_RUNS` (default 3). */
export const BENCH_RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Rounds of every case: `BENCH_ROUNDS`, else the benchmark's own default. */
export const benchRounds = (fallback: number): number =>
  Number(process.env.BENCH_ROUNDS ?? fallback);

/** Bundles the benchmark `entry` (its `import.meta.url`) into `dir` as `name`.mjs. */
export async function bundleWorker(entry: string, dir: string, name: string): Promise<string> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)),
    logLevel: "error",
    // undici is CommonJS and requires node built-ins: give the ESM bundle a `require`.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  });
  return outfile;
}

/** Forks the bundle, sends it `job`, and resolves with the one message it answers. */
export async function runWorker<J extends object, R>(file: string, job: J): Promise<R> {
  const child = fork(file, ["worker"], { execArgv: [] });
  const result = once(child, "message") as Promise<[R]>;
  child.send(job);
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`worker ${JSON.stringify(job).slice(0, 40)} exited with ${code}`);
  });
  return (await Promise.race([result, exited]))[0];
}

/** A table row: each cell padded to its width (negative: left-aligned). */
export const row = (cells: [string, number][]): string =>
  cells
    .map(([value, width]) => (width < 0 ? value.padEnd(-width) : value.padStart(width)))
    .join(" ");

/** What a case's worker reports: MB/s of each timed run, and the process's peak RSS. */
export interface CaseResult {
  mbps: number[];
  maxRssMiB: number;
}

/** How {@link compareInRounds} runs and judges the cases. */
export interface RoundsOptions<K extends string> {
  /** The cases, in the order of the table. */
  kinds: readonly K[];
  /** The case every other is divided by. */
  baseline: K;
  /** The cases held to `target`. */
  judged: readonly K[];
  /** The least ratio to the baseline a judged case must reach. */
  target: number;
  /** How many rounds. */
  rounds: number;
  /** Runs one case (in its own process) and reports it. */
  run: (kind: K) => Promise<CaseResult>;
  /** A second case to divide the judged ones by, reported after the medians (no verdict). */
  alsoAgainst?: K | undefined;
}

/**
 * Runs every case once per round, each round starting with another case so that a slow spell
 * does not always hit the same one; prints each round's MB/s, peak RSS and ratio to the
 * baseline, then the medians, with the verdict of the judged cases. Returns each case's median
 * peak RSS.
 */
export async function compareInRounds<K extends string>(
  options: RoundsOptions<K>,
): Promise<Map<K, number>> {
  const { kinds, baseline, judged, target } = options;
  const width = Math.max(12, ...kinds.map((kind) => kind.length));
  const ratioHeader = `vs ${baseline}`;
  const ratioWidth = Math.max(7, ratioHeader.length);
  const table = new Map(
    kinds.map((kind) => [
      kind,
      { mbps: [] as number[], rss: [] as number[], ratio: [] as number[] },
    ]),
  );
  const line = (round: string, kind: string, mbps: number, rss: number, ratio: number) =>
    row([
      [round, 5],
      [kind, -width],
      [mbps.toFixed(0), 6],
      [rss.toFixed(0), 13],
      [ratio.toFixed(3), ratioWidth],
    ]);
  console.log(
    row([
      ["round", 5],
      ["case", -width],
      ["MB/s", 6],
      ["peak RSS MiB", 13],
      [ratioHeader, ratioWidth],
    ]),
  );
  for (let round = 1; round <= options.rounds; round++) {
    const order = kinds.map((_, i) => kinds[(i + round - 1) % kinds.length] as K);
    const results = new Map<K, CaseResult>();
    for (const kind of order) results.set(kind, await options.run(kind));
    const base = median(results.get(baseline)?.mbps ?? []);
    for (const kind of kinds) {
      const result = results.get(kind) as CaseResult;
      const mbps = median(result.mbps);
      const entry = table.get(kind);
      entry?.mbps.push(mbps);
      entry?.rss.push(result.maxRssMiB);
      entry?.ratio.push(mbps / base);
      console.log(line(String(round), kind, mbps, result.maxRssMiB, mbps / base));
    }
  }
  console.log("\nmedians:");
  const peaks = new Map<K, number>();
  for (const [kind, { mbps, rss, ratio }] of table) {
    peaks.set(kind, median(rss));
    const met = median(ratio) >= target ? "met" : "not met";
    const verdict = judged.includes(kind) ? `  (target >= ${target}: ${met})` : "";
    console.log(line("", kind, median(mbps), median(rss), median(ratio)) + verdict);
  }
  const second = options.alsoAgainst && table.get(options.alsoAgainst)?.mbps;
  if (second) {
    for (const kind of judged) {
      const own = table.get(kind)?.mbps ?? [];
      const ratios = own.map((mbps, round) => mbps / (second[round] ?? Number.NaN));
      console.log(
        `${kind} vs ${options.alsoAgainst}: ${median(ratios).toFixed(3)} (median of the rounds' ratios)`,
      );
    }
  }
  return peaks;
}

/** What every worker job carries: its case, the bytes one run moves, and the timed runs. */
export interface WorkerJob {
  kind: string;
  size: number;
  runs: number;
}

/**
 * In a worker: takes the one job it is sent, runs it once to warm up and `runs` times timed
 * (`cleanUp` after each), reports MB/s and peak RSS, and exits. An `idle` job runs nothing.
 */
export function serveWorker<J extends WorkerJob>(
  runCase: (job: J) => Promise<void>,
  cleanUp: (job: J) => Promise<void> = async () => {},
): void {
  process.once("message", async (job: J) => {
    const mbps: number[] = [];
    for (let run = 0; run <= job.runs && job.kind !== "idle"; run++) {
      const started = performance.now();
      await runCase(job);
      const seconds = (performance.now() - started) / 1000;
      if (run > 0) mbps.push(job.size / 1e6 / seconds); // run 0 warms up
      await cleanUp(job);
    }
    const maxRssMiB = process.resourceUsage().maxRSS / 1024;
    process.send?.({ mbps, maxRssMiB } satisfies CaseResult, () => process.exit(0));
  });
}
