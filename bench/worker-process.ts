/**
 * Runs benchmark cases each in its own process, so each peak RSS is its own. The benchmark file
 * is bundled with esbuild first and the workers run it on plain node: under `--import tsx` every
 * process would also carry tsx's loader thread (about 50 MiB of RSS), which an application built
 * to JavaScript does not. A worker is the same file started with the argument `worker`.
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Bundles the benchmark at `entry` (its `import.meta.url`) into `dir` and returns the bundle. */
export async function bundleWorker(entry: string, dir: string, name: string): Promise<string> {
  const outfile = join(dir, `${name}-worker.mjs`);
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

/** Starts the bundle as a worker, sends it `job`, and resolves with the one message it answers. */
export async function runWorker<R>(bundle: string, job: { kind: string }): Promise<R> {
  const child = fork(bundle, ["worker"], { execArgv: [] });
  const result = once(child, "message") as Promise<[R]>;
  child.send(job);
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`${job.kind} worker exited with ${code}`);
  });
  return (await Promise.race([result, exited]))[0];
}

/** One line of a table: each cell padded to its width, left-aligned when the width is negative. */
export const row = (cells: [string, number][]) =>
  cells
    .map(([value, width]) => (width < 0 ? value.padEnd(-width) : value.padStart(width)))
    .join(" ");
