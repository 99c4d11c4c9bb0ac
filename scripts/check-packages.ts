/**
 * Checks that every package installs cleanly, on the built packages (run `pnpm build` first):
 *
 *   pnpm check:packages
 *
 * For each package it packs the tarball users will get (`pnpm pack`, which turns `workspace:*`
 * into versions) and checks, failing on any error:
 * - the package.json shape: `sideEffects: false`, and every `exports` subpath with ESM, CJS and
 *   types for both (`import` and `require`, each `types` + `default`);
 * - publint (strict: its warnings count as errors) on the tarball;
 * - @arethetypeswrong/cli on the tarball, `strict` profile (node10, node16 from CJS and from
 *   ESM, bundler), offline (`--no-definitely-typed`);
 * - that no built file imports a package the published package.json does not provide (a
 *   devDependency leaking into the build, or an undeclared one);
 * - that the tarball holds no source maps, and the README no relative link (npm shows it alone);
 * - that each framework adapter's declarations reach no other framework (scripts/lib/adapter-types.ts).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { adapterTypeLeaks } from "./lib/adapter-types.js";
import { undeclaredImports } from "./lib/dist-imports.js";
import { packPackage } from "./lib/pack.js";
import { type PackageJson, type WorkspacePackage, workspacePackages } from "./lib/packages.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "tswa-check-packages-"));
const rootDevDependencies = Object.keys(
  (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as PackageJson).devDependencies ??
    {},
);

interface Report {
  readonly name: string;
  readonly tarball: string;
  readonly errors: string[];
  readonly notes: string[];
}

/** ESM + CJS + types for every subpath, and no side effects, as the issue asks. */
function shapeErrors({ json }: WorkspacePackage): string[] {
  const errors: string[] = [];
  const raw = json as unknown as Record<string, unknown>;
  if (raw.sideEffects !== false) errors.push('package.json: "sideEffects" must be false');
  for (const [subpath, target] of Object.entries(raw.exports as Record<string, unknown>)) {
    const t = target as Record<string, Record<string, string> | undefined>;
    const want = [
      ["import", "types", /\.d\.ts$/],
      ["import", "default", /\.js$/],
      ["require", "types", /\.d\.cts$/],
      ["require", "default", /\.cjs$/],
    ] as const;
    for (const [condition, key, extension] of want) {
      const file = t[condition]?.[key];
      if (!file || !extension.test(file)) {
        errors.push(`exports["${subpath}"].${condition}.${key}: want a ${extension.source} file`);
      }
    }
  }
  return errors;
}

async function publintErrors(tarball: string) {
  const bytes = readFileSync(tarball);
  const { messages, pkg: packed } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) },
    strict: true,
  });
  const text = (m: (typeof messages)[number]) =>
    `publint ${m.code}: ${formatMessage(m, packed, { color: false }) ?? m.path.join(".")}`;
  return {
    errors: messages.filter((m) => m.type !== "suggestion").map(text),
    notes: messages.filter((m) => m.type === "suggestion").map(text),
  };
}

/** The tarball ships built code, not source maps pointing at sources it does not ship. */
function contentErrors(tarball: string): string[] {
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n");
  return files
    .filter((file) => file.endsWith(".map"))
    .map((file) => `${file} is a source map: the build must not make them (they point at src/)`);
}

/** npm shows the package's README without the repository around it: links must be absolute. */
function readmeLinkErrors(pkg: WorkspacePackage): string[] {
  const readme = join(root, pkg.dir, "README.md");
  if (!existsSync(readme)) return [`${pkg.dir}/README.md is missing`];
  const links = [...readFileSync(readme, "utf8").matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  return links
    .filter((link) => !/^(https?:|mailto:|#)/.test(link))
    .map(
      (link) => `${pkg.dir}/README.md links to "${link}", which breaks on npm: use an absolute URL`,
    );
}

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

function attwErrors(tarball: string): string[] {
  // attw exits before a pipe is drained: write its JSON to a file, which it writes synchronously.
  const out = join(work, "attw.json");
  const fd = openSync(out, "w");
  const run = spawnSync(
    join(root, "node_modules/.bin/attw"),
    [tarball, "--no-definitely-typed", "--profile", "strict", "--format", "json"],
    { stdio: ["ignore", fd, "pipe"], encoding: "utf8" },
  );
  closeSync(fd);
  const text = readFileSync(out, "utf8");
  if (text.trim() === "") return [`attw did not run: ${run.stderr || `exit ${run.status}`}`];
  const { analysis } = JSON.parse(text) as { analysis: { problems?: AttwProblem[] } };
  return (analysis.problems ?? []).map(
    (p) => `attw ${p.kind}: "${p.entrypoint ?? "."}" under ${p.resolutionKind ?? "any resolution"}`,
  );
}

async function check(pkg: WorkspacePackage): Promise<Report> {
  const errors = shapeErrors(pkg);
  const missing = pkg.entries.filter((e) => !existsSync(join(root, e.dist))).map((e) => e.dist);
  if (missing.length > 0) {
    return {
      name: pkg.json.name,
      tarball: "",
      errors: [...errors, `not built: ${missing.join(", ")} (run pnpm build)`],
      notes: [],
    };
  }
  const tarball = packPackage(root, pkg, work);
  const lint = await publintErrors(tarball);
  errors.push(...lint.errors, ...attwErrors(tarball));
  for (const i of undeclaredImports(join(root, pkg.dir), pkg.json, rootDevDependencies)) {
    errors.push(
      `${i.file} imports "${i.specifier}", which is ${i.listedIn === "nowhere" ? "not a dependency" : "only a devDependency"}`,
    );
  }
  errors.push(...contentErrors(tarball), ...readmeLinkErrors(pkg));
  for (const leak of adapterTypeLeaks(root, workspacePackages(root))) {
    if (leak.file.startsWith(`${pkg.dir}/`)) {
      errors.push(
        `${leak.file} reaches "${leak.specifier}": a project without that framework gets TS2307 (build each adapter's declarations alone)`,
      );
    }
  }
  const size = `${(readFileSync(tarball).length / 1024).toFixed(1)} KiB packed`;
  return { name: pkg.json.name, tarball: size, errors, notes: lint.notes };
}

/** `pnpm -r pack` writes tarballs into the repository: git must ignore them. */
function tarballsIgnored(): boolean {
  const ignored = (path: string) =>
    spawnSync("git", ["check-ignore", "-q", path], { cwd: root }).status === 0;
  return ignored("tswa-0.1.0.tgz") && ignored("packages/core/tswa-core-0.1.0.tgz");
}

const started = performance.now();
try {
  if (!tarballsIgnored()) {
    console.log("FAIL .gitignore: packed tarballs (*.tgz) are not ignored");
    process.exitCode = 1;
  }
  const reports = [];
  for (const pkg of workspacePackages(root)) reports.push(await check(pkg));
  for (const r of reports) {
    console.log(`${r.errors.length === 0 ? "ok  " : "FAIL"} ${r.name.padEnd(12)} ${r.tarball}`);
    for (const e of r.errors) console.log(`       error: ${e}`);
    for (const n of r.notes) console.log(`       note:  ${n}`);
  }
  const failed = reports.filter((r) => r.errors.length > 0).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `check-packages: ${reports.length} packages, publint + attw (strict) + dist imports + contents + README links + adapter types, ${failed} failing, ${seconds} s`,
  );
  if (failed > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
