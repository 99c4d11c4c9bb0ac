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
