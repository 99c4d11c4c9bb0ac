import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The parts of a package's package.json the scripts read. */
export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly exports: Record<string, { import: { types: string; default: string } }>;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly bin?: Record<string, string>;
}

/** A workspace package and its public entry points, one per `exports` subpath. */
export interface WorkspacePackage {
  /** The folder, relative to the repository root (`packages/flows`). */
  readonly dir: string;
  readonly json: PackageJson;
  readonly entries: readonly PackageEntry[];
}

/** One subpath of a package: `@tswa/flows/express` built from `src/adapters/express.ts`. */
export interface PackageEntry {
  /** The import specifier users write (`@tswa/flows/express`). */
  readonly specifier: string;
  /** The source file, relative to the repository root. */
  readonly source: string;
  /** The built ESM file, relative to the repository root. */
  readonly dist: string;
}

/**
 * The packages of the workspace (`packages/*`) with their entry points, read from each
 * package.json's `exports` map the way the root tsup.config.ts reads it.
 */
export function workspacePackages(root: string): WorkspacePackage[] {
  return readdirSync(join(root, "packages"))
    .sort()
    .map((name) => {
      const dir = `packages/${name}`;
      const json = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as PackageJson;
      const entries = Object.entries(json.exports).map(([subpath, target]) => {
        const dist = target.import.default.replace(/^\.\//, "");
        return {
          specifier: subpath === "." ? json.name : `${json.name}${subpath.slice(1)}`,
          source: `${dir}/${dist.replace(/^dist\//, "src/").replace(/\.js$/, ".ts")}`,
          dist: `${dir}/${dist}`,
        };
      });
      return { dir, json, entries };
    });
}
