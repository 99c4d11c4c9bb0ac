import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { WorkspacePackage } from "./packages.js";

/**
 * Packs a built workspace package as users get it (`pnpm pack`, which turns `workspace:*` into
 * versions) into its own folder under `destination`, and returns the tarball's path.
 */
export function packPackage(root: string, pkg: WorkspacePackage, destination: string): string {
  const folder = join(destination, pkg.json.name.replace("/", "+"));
  mkdirSync(folder, { recursive: true });
  execFileSync("pnpm", ["pack", "--pack-destination", folder], {
    cwd: join(root, pkg.dir),
    stdio: "ignore",
  });
  const tarball = readdirSync(folder).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack made no tarball for ${pkg.json.name}`);
  return join(folder, tarball);
}
