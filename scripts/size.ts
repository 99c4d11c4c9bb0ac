/**
 * Reports what each package weighs once built (run `pnpm build` first; this script builds
 * nothing), and fails when an entry point or a package passes its budget:
 *
 *   pnpm size
 *
 * An entry point's size is its ESM file plus every chunk it imports, statically or with
 * `import()`, inside its own package's dist (source maps, CJS and declarations are not counted:
 * they are not loaded by an ESM user). gzip is per file, level 9, as each file is read on its
 * own. "with @tswa/*" adds the sibling packages the entry imports, transitively: what a user of
 * `tswa` loads from this repository. zod, undici and eventemitter3 are not counted.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { importsOf } from "./lib/dist-imports.js";
import { workspacePackages } from "./lib/packages.js";

/**
 * Budgets in gzip KiB, about 20% over the sizes measured when they were set: for an entry
 * point, `[own, with @tswa/*]`; for a package, `[own]`. `pnpm size --suggest` prints the
 * table for today's sizes. Raise a budget only with the reason in the pull request.
 */
const BUDGETS: Record<string, readonly [number, number?]> = {
  // HttpTransport.sendStreamed (the direct download path), template header files uploaded at
  // send time and data: URI uploads (issue 15): 78.9 KiB measured when set.
  "@tswa/core": [80.5, 80.5],
  "@tswa/core/errors": [1, 1],
  // With @tswa/*: 99.7 KiB measured before template header files and data: URI uploads (core
  // +2.4 KiB gzip for both), 102.1 after.
  "@tswa/flows": [15, 104],
  "@tswa/flows/node": [4.5, 4.5],
  "@tswa/flows/express": [3, 3],
  "@tswa/flows/fastify": [2, 2],
  "@tswa/flows/hono": [2, 2],
  "@tswa/flows/simulator": [4, 4],
  "@tswa/flows/json": [26, 26.5],
  "@tswa/media": [12.5, 91],
  // Filters (pywa's ~100), CallbackData (7.5 KiB gzip) and listeners (issue 16), received media
  // with download shortcuts (issue 15): 45.1 / 167.1 KiB measured when set; 168.8 with the
  // direct download path, 171.2 with template header files and data: URIs.
  tswa: [47, 173],
  "tswa/node": [0.5, 4.5],
  "tswa/express": [0.5, 3],
  "tswa/fastify": [0.5, 2],
  "tswa/hono": [0.5, 2],
  "tswa/simulator": [2.5, 6.5],
  "tswa (bin tswa)": [61.5],
  "package @tswa/core": [80.5],
  "package @tswa/flows": [49],
  "package @tswa/media": [12.5],
  "package tswa": [50],
};

const root = fileURLToPath(new URL("..", import.meta.url));
const packages = workspacePackages(root);
/** Import specifier (`@tswa/flows/json`) -> its ESM file. */
const entryFiles = new Map(
  packages.flatMap((p) => p.entries.map((e) => [e.specifier, join(root, e.dist)] as const)),
);

/** The ESM files `file` loads within its package, itself included, and the sibling entries it imports. */
function closure(file: string, files = new Set<string>(), siblings = new Set<string>()) {
  if (files.has(file)) return { files, siblings };
  files.add(file);
  for (const specifier of importsOf(readFileSync(file, "utf8"))) {
    if (specifier.startsWith("."))
      closure(normalize(join(dirname(file), specifier)), files, siblings);
    else if (entryFiles.has(specifier)) siblings.add(specifier);
  }
  return { files, siblings };
}

const gzipCache = new Map<string, number>();
function sizes(files: Iterable<string>) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    const zipped = gzipCache.get(file) ?? gzipSync(bytes, { level: 9 }).length;
    gzipCache.set(file, zipped);
    gzip += zipped;
  }
  return { raw, gzip };
}

/** Every file an entry loads from this repository, following sibling packages' entries too. */
function withSiblings(specifier: string, seen = new Set<string>(), files = new Set<string>()) {
  if (seen.has(specifier)) return files;
  seen.add(specifier);
  const entry = entryFiles.get(specifier);
  if (!entry) return files;
  const own = closure(entry);
  for (const f of own.files) files.add(f);
  for (const s of own.siblings) withSiblings(s, seen, files);
  return files;
}

interface Row {
  name: string;
  files: number;
  raw: number;
  gzip: number;
  total?: number;
}

const rows: Row[] = [];
const missing: string[] = [];
for (const pkg of packages) {
  const packageFiles = new Set<string>();
  const bins = Object.entries(pkg.json.bin ?? {}).map(([name, path]) => ({
    specifier: `${pkg.json.name} (bin ${name})`,
    dist: `${pkg.dir}/${path.replace(/^\.\//, "")}`,
  }));
  for (const entry of [...pkg.entries, ...bins]) {
    const file = join(root, entry.dist);
    if (!existsSync(file)) {
      missing.push(entry.dist);
      continue;
    }
    const { files } = closure(file);
    if (!entry.specifier.includes("(bin")) for (const f of files) packageFiles.add(f);
    const own = sizes(files);
    const total = entryFiles.has(entry.specifier)
      ? sizes(withSiblings(entry.specifier)).gzip
      : undefined;
    rows.push({ name: entry.specifier, files: files.size, ...own, total });
  }
  rows.push({ name: `package ${pkg.json.name}`, files: packageFiles.size, ...sizes(packageFiles) });
}

if (missing.length > 0) {
  console.error(`size: not built: ${missing.join(", ")} (run pnpm build)`);
  process.exit(1);
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
/** Measured size plus 20%, rounded up to half a KiB. */
const suggest = (bytes: number) => Math.ceil(((bytes / 1024) * 1.2) / 0.5) * 0.5;
if (process.argv.includes("--suggest")) {
  for (const r of rows) {
    const sizes = r.total === undefined ? [r.gzip] : [r.gzip, r.total];
    console.log(`  ${JSON.stringify(r.name)}: [${sizes.map(suggest).join(", ")}],`);
  }
  process.exit(0);
}

const problems: string[] = [];
const table = rows.map((r) => {
  const [own, total] = BUDGETS[r.name] ?? [];
  const overOwn = own !== undefined && r.gzip / 1024 > own;
  const overTotal = total !== undefined && r.total !== undefined && r.total / 1024 > total;
  if (own === undefined)
    problems.push(`${r.name}: no budget (add one to BUDGETS in scripts/size.ts)`);
  if (overOwn) problems.push(`${r.name}: ${kib(r.gzip)} KiB gzip, over its budget of ${own}`);
  if (overTotal) {
    problems.push(
      `${r.name}: ${kib(r.total ?? 0)} KiB gzip with @tswa/*, over its budget of ${total}`,
    );
  }
  const budget = (value: number | undefined) => (value === undefined ? "" : `/${value}`);
  return [
    r.name,
    String(r.files),
    kib(r.raw),
    `${kib(r.gzip)}${budget(own)}`,
    r.total === undefined ? "" : `${kib(r.total)}${budget(total)}`,
    own === undefined ? "no budget" : overOwn || overTotal ? "OVER" : "ok",
  ];
});
const header = ["entry point", "files", "raw KiB", "gzip KiB/budget", "with @tswa/*", ""];
const widths = header.map((h, i) =>
  Math.max(h.length, ...table.map((row) => (row[i] ?? "").length)),
);
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
console.log(line(header));
for (const row of table) console.log(line(row));
for (const name of Object.keys(BUDGETS)) {
  if (!rows.some((r) => r.name === name))
    problems.push(`${name}: in BUDGETS but not built any more`);
}
if (problems.length > 0) {
  console.error(`\nsize: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  process.exitCode = 1;
} else {
  console.log("\nsize: every entry point and package is within its gzip budget");
}
