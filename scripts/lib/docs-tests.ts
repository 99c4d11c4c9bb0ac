import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { startVitest } from "vitest/node";

/**
 * Runs the test files a guide shows (blocks named `*.test.ts` with `check-docs: file`) with
 * vitest, against the sources: `tswa` and `@tswa/*` resolve through the same `paths` map as the
 * repository's own tests. `files` maps each test file to how failures name it (the guide and
 * line). Returns one message per failing file; vitest prints the details above.
 */
export async function runDocTests(
  root: string,
  files: ReadonlyMap<string, string>,
): Promise<string[]> {
  if (files.size === 0) return [];
  const base = JSON.parse(readFileSync(join(root, "tsconfig.base.json"), "utf8")) as {
    compilerOptions: { paths: Record<string, [string]> };
  };
  const alias = Object.entries(base.compilerOptions.paths)
    .sort(([a], [b]) => b.length - a.length)
    .map(([find, [target]]) => ({
      find: new RegExp(`^${find}$`),
      replacement: join(root, target),
    }));
  const vitest = await startVitest(
    "test",
    [...files.keys()].map((file) => relative(root, file)),
    {
      root,
      config: false,
      run: true,
      watch: false,
      include: [".docs-check/blocks/**/*.test.ts"],
      // Not the repository's JSON reporter: .ci/run reads its file for the test suite's counts.
      reporters: ["default"],
      pool: "forks",
      testTimeout: 20_000,
    },
    { resolve: { alias } },
  );
  const failed = vitest.state
    .getFiles()
    .filter((file) => file.result?.state === "fail")
    .map((file) => `${files.get(file.filepath) ?? file.filepath}: a test failed (see above)`);
  const errors = vitest.state.getUnhandledErrors().map((error) => `vitest: ${String(error)}`);
  await vitest.close();
  return [...failed, ...errors];
}
