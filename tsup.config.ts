import { readFileSync, rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

// One build recipe for every package. Entries come from the package's own `exports` map:
// "./dist/adapters/express.js" is built from "src/adapters/express.ts". Bin scripts likewise.
type ExportTarget = { import: { default: string } };
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  exports: Record<string, ExportTarget>;
  bin?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const toSource = (dist: string) => dist.replace(/^\.\/dist\//, "src/").replace(/\.(c?js)$/, ".ts");
const entry = [
  ...Object.values(pkg.exports).map((target) => toSource(target.import.default)),
  ...Object.values(pkg.bin ?? {}).map(toSource),
];

// An adapter for an optional peer (src/adapters/express.ts for `express`) gets declarations of
// its own: bundled with the other entries, rollup-plugin-dts hoists the other adapters' imports
// into it (`import '@tswa/flows/fastify'`), and an Express user without Fastify installed gets
// TS2307 from `tswa/express`. Alone, each declaration file names only its own framework.
const peers = Object.keys(pkg.peerDependencies ?? {});
const isPeerAdapter = (source: string) =>
  peers.some((peer) => source === `src/adapters/${peer}.ts`);
const standalone = entry.filter(isPeerAdapter);
const bundled = entry.filter((source) => !isPeerAdapter(source));
const entryName = (source: string) => source.replace(/^src\//, "").replace(/\.ts$/, "");

// The configs below build in parallel, so none of them cleans: the folder is emptied here, once.
rmSync("dist", { recursive: true, force: true });

const common: Options = {
  format: ["esm", "cjs"],
  clean: false,
  target: "node20",
  // Keep `node:crypto` as written: Deno, Bun and Cloudflare Workers (nodejs_compat) resolve
  // built-ins by their `node:` names, and it says plainly that they are not npm packages.
  removeNodeProtocol: false,
};

export default defineConfig([
  // No source maps: they would point at src/, which the packages do not ship.
  { ...common, entry, dts: { entry: bundled }, splitting: true, treeshake: true },
  ...standalone.map(
    (source): Options => ({
      ...common,
      entry: { [entryName(source)]: source },
      dts: { only: true },
    }),
  ),
]);
