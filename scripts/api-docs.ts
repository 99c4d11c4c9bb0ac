/**
 * Builds the API reference with TypeDoc from the TSDoc comments of every public entry point (each
 * package's `exports` subpaths), into docs/api/ (gitignored; open docs/api/index.html).
 *
 *   pnpm docs:api
 *
 * Validation is strict, so CI fails on what a reader would trip over: an exported symbol without
 * a comment (`notDocumented`), a `{@link}` or `{@inheritDoc}` that leads nowhere (`invalidLink`),
 * a public signature naming a type that no entry point exports (`notExported`). Every warning is
 * an error. Modules are named by their import specifier (`@tswa/flows/express`), so comments can
 * write `{@link @tswa/core!FlowsApi}`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Application, Converter, ReflectionKind, type TypeDocOptions } from "typedoc";
import { exempted } from "./lib/api-exemptions.js";
import { workspacePackages } from "./lib/packages.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const packages = workspacePackages(root);
const entries = packages.flatMap((pkg) => pkg.entries);

/** The module name TypeDoc derives from a file path (relative, `/index.ts` or `.ts` dropped). */
const typedocName = (source: string) => source.replace(/(\/index)?\.ts$/, "");
const moduleNames = new Map(entries.map((e) => [typedocName(e.source), e.specifier]));

// The program holds the entry points and what they import, not the tests and examples of the
// root tsconfig.json (they are type-checked by `pnpm typecheck`).
const tsconfig = ".docs-check/tsconfig.api.json";
mkdirSync(`${root}.docs-check`, { recursive: true });
writeFileSync(
  `${root}${tsconfig}`,
  `${JSON.stringify({ extends: "../tsconfig.base.json", files: entries.map((e) => `../${e.source}`) }, null, 2)}\n`,
);

const options: TypeDocOptions = {
  name: "tswa",
  entryPoints: entries.map((e) => e.source),
  entryPointStrategy: "resolve",
  displayBasePath: root,
  tsconfig,
  out: "docs/api",
  readme: "none",
  includeVersion: false,
  excludePrivate: true,
  // Protected members serve the client's own class chain (WhatsApp extends its bases); users
  // call the public API and do not subclass it.
  excludeProtected: true,
  excludeInternal: true,
  excludeExternals: true,
  disableSources: true,
  sort: ["kind", "alphabetical"],
  validation: {
    notExported: true,
    invalidLink: true,
    notDocumented: true,
    rewrittenLink: true,
    invalidPath: true,
    unusedMergeModuleWith: true,
  },
  // Without this, TypeDoc checks only the root package.json's name (tswa-monorepo): nothing.
  packagesRequiringDocumentation: packages.map((pkg) => pkg.json.name),
  treatWarningsAsErrors: true,
};

/**
 * Types that signatures name without exporting them, on purpose:
 * - `Narrowed<A, S>` is `FlowRequest<A, S>` narrowed for a route; inlining it (`@inline`) would
 *   spell out the whole FlowRequest class in every handler signature.
 */
const NOT_EXPORTED = ["@tswa/flows/src/router.ts:Narrowed"];
const started = performance.now();
const app = await Application.bootstrapWithPlugins(options);
app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
  if (!reflection.kindOf(ReflectionKind.Module)) return;
  const specifier = moduleNames.get(reflection.name);
  if (specifier) reflection.name = specifier;
});
const project = await app.convert();
if (!project) {
  console.error("api-docs: TypeDoc could not convert the entry points (see the errors above)");
  process.exit(1);
}
app.options.setValue("intentionallyNotDocumented", exempted(project));
const checks = app.options.getValue("validation");
app.options.setValue("validation", { ...checks, notExported: false });
app.validate(project);
// TypeDoc checks exports only for types of the project's own package (`project.packageName`,
// here the root's name): run that check once per package of the workspace.
const projectPackage = project.packageName;
const none = Object.fromEntries(Object.keys(checks).map((check) => [check, false]));
app.options.setValue("validation", { ...none, notExported: true });
for (const pkg of packages) {
  project.packageName = pkg.json.name;
  const own = NOT_EXPORTED.filter((name) => name.startsWith(`${pkg.json.name}/`));
  app.options.setValue("intentionallyNotExported", own);
  app.validate(project);
}
project.packageName = projectPackage;
app.options.setValue("validation", checks);
// treatWarningsAsErrors is applied by TypeDoc's CLI, not by the API: count warnings here.
const problems = app.logger.errorCount + app.logger.warningCount;
// Written either way, so the pages can be looked at while the problems are fixed.
await app.generateDocs(project, options.out ?? "docs/api");
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const modules = project.children?.map((c) => c.name).join(", ");
console.log(
  `api-docs: ${entries.length} entry points (${modules}) -> docs/api/index.html, ${seconds} s`,
);
if (problems > 0) {
  console.error(
    `api-docs: ${problems} problem(s) above; every export needs a TSDoc comment and every link a target`,
  );
  process.exitCode = 1;
}
