import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// One build recipe for every package. Entries come from the package's own `exports` map:
// "./dist/adapters/express.js" is built from "src/adapters/express.ts". Bin scripts likewise.
type ExportTarget = { import: { default: string } };
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  exports: Record<string, ExportTarget>;
  bin?: Record<string, string>;
};
const toSource = (dist: string) => dist.replace(/^\.\/dist\//, "src/").replace(/\.(c?js)$/, ".ts");
const entry = [
  ...Object.values(pkg.exports).map((target) => toSource(target.import.default)),
  ...Object.values(pkg.bin ?? {}).map(toSource),
];

export default defineConfig({
  entry,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  splitting: true,
  treeshake: true,
  // Keep `node:crypto` as written: Deno, Bun and Cloudflare Workers (nodejs_compat) resolve
  // built-ins by their `node:` names, and it says plainly that they are not npm packages.
  removeNodeProtocol: false,
});
