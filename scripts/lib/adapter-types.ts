import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { importsOf } from "./dist-imports.js";
import type { WorkspacePackage } from "./packages.js";

/** A framework adapter's declaration file that reaches another framework. */
export interface AdapterTypeLeak {
  /** The declaration file users' TypeScript reads (`packages/whatsapp/dist/adapters/express.d.ts`). */
  readonly file: string;
  /** The specifier of another framework it reaches, directly or through what it imports. */
  readonly specifier: string;
}

/**
 * Checks that the declarations of each framework adapter (`tswa/express`, `@tswa/flows/fastify`:
 * a subpath named after a peer dependency) reach no other framework: following their relative
 * imports and the workspace's own packages (`@tswa/flows/express` -> its built declarations),
 * no specifier may name another peer or another peer's adapter subpath. A project with only
 * Express installed must type-check `tswa/express` without skipLibCheck.
 */
export function adapterTypeLeaks(root: string, packages: readonly WorkspacePackage[]) {
  const peers = new Set(packages.flatMap((p) => Object.keys(p.json.peerDependencies ?? {})));
  const leaks: AdapterTypeLeak[] = [];
  for (const pkg of packages) {
    for (const peer of Object.keys(pkg.json.peerDependencies ?? {})) {
      const target = pkg.json.exports[`./${peer}`] as ExportTypes | undefined;
      if (!target) continue;
      for (const types of [target.import.types, target.require?.types]) {
        if (types === undefined) continue;
        const file = join(root, pkg.dir, types);
        for (const specifier of reachedSpecifiers(file, packages, root)) {
          const other = [...peers].find(
            (p) =>
              p !== peer &&
              (specifier === p || specifier.startsWith(`${p}/`) || specifier.endsWith(`/${p}`)),
          );
          if (other !== undefined)
            leaks.push({ file: `${pkg.dir}/${types.replace(/^\.\//, "")}`, specifier });
        }
      }
    }
  }
  return leaks;
}

interface ExportTypes {
  import: { types: string };
  require?: { types: string };
}

/** Every bare specifier a declaration file reaches, through relative and workspace imports. */
function reachedSpecifiers(
  entry: string,
  packages: readonly WorkspacePackage[],
  root: string,
): Set<string> {
  const reached = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) {
        queue.push(declarationFile(resolve(dirname(file), specifier), file));
        continue;
      }
      reached.add(specifier);
      const workspace = workspaceTypes(specifier, packages, root, file.endsWith(".d.cts"));
      if (workspace !== undefined) queue.push(workspace);
    }
  }
  return reached;
}

/** `./http-x.js` from a `.d.ts` -> `./http-x.d.ts` (and `.cjs` -> `.d.cts`). */
function declarationFile(path: string, from: string): string {
  const cjs = from.endsWith(".d.cts");
  return path.replace(/\.(c?js)$/, "").replace(/(\.d)?$/, "") + (cjs ? ".d.cts" : ".d.ts");
}

/** The declarations of a workspace package's subpath (`@tswa/flows/express`), if it is one. */
function workspaceTypes(
  specifier: string,
  packages: readonly WorkspacePackage[],
  root: string,
  cjs: boolean,
): string | undefined {
  for (const pkg of packages) {
    if (specifier !== pkg.json.name && !specifier.startsWith(`${pkg.json.name}/`)) continue;
    const subpath = `.${specifier.slice(pkg.json.name.length)}`;
    const target = pkg.json.exports[subpath] as ExportTypes | undefined;
    const types = cjs ? target?.require?.types : target?.import.types;
    return types === undefined ? undefined : join(root, pkg.dir, types);
  }
  return undefined;
}
