import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import ts from "typescript";
import type { PackageJson } from "./packages.js";

/** An import of a built file that no `dependencies`/`peerDependencies` entry provides. */
export interface UndeclaredImport {
  /** The built file, relative to the package folder (`dist/index.js`). */
  readonly file: string;
  /** The specifier as written (`express`, `@tswa/core/errors`). */
  readonly specifier: string;
  /** Where the package is listed instead: `devDependencies` (its own or the workspace's), or nowhere. */
  readonly listedIn: "devDependencies" | "nowhere";
}

const BUILT = /\.(c?js|d\.c?ts)$/;
const builtins = new Set(builtinModules);

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

function builtFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return builtFiles(dir, path);
    return BUILT.test(entry.name) ? [path] : [];
  });
}

/**
 * The bare specifiers a file imports: static and dynamic `import`, `export … from`, `require()`
 * and type imports, read by TypeScript's pre-processor (so comments and strings, such as the
 * `@example` blocks kept in the builds, do not count).
 */
export function bareImports(source: string): string[] {
  return importsOf(source).filter((name) => !name.startsWith(".") && !name.startsWith("/"));
}

/** Every specifier a file imports, relative ones included (see {@link bareImports}). */
export function importsOf(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return [...info.importedFiles, ...info.typeReferenceDirectives].map((ref) => ref.fileName);
}

/**
 * Scans every built file of a package (`dist/**` JavaScript and declarations) for imports of
 * packages the published package.json does not provide: a devDependency that leaked into the
 * build, or a package not listed at all. Node built-ins (with or without `node:`) and the
 * package itself are fine.
 */
export function undeclaredImports(
  packageDir: string,
  json: PackageJson,
  workspaceDevDependencies: readonly string[] = [],
): UndeclaredImport[] {
  const provided = new Set([
    json.name,
    ...Object.keys(json.dependencies ?? {}),
    ...Object.keys(json.peerDependencies ?? {}),
  ]);
  const dev = new Set([...Object.keys(json.devDependencies ?? {}), ...workspaceDevDependencies]);
  const found: UndeclaredImport[] = [];
  for (const file of builtFiles(join(packageDir, "dist")).map((f) => `dist/${f}`)) {
    for (const specifier of bareImports(readFileSync(join(packageDir, file), "utf8"))) {
      const name = packageNameOf(specifier);
      if (specifier.startsWith("node:") || builtins.has(name) || provided.has(name)) continue;
      found.push({ file, specifier, listedIn: dev.has(name) ? "devDependencies" : "nowhere" });
    }
  }
  return found;
}
