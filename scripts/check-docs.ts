/**
 * Checks the documentation: every ```ts block of README.md, CONTRIBUTING.md, docs/*.md and
 * packages/*\/README.md is type-checked as its own module, and every relative link must reach a
 * file (and heading) that exists.
 *
 *   pnpm check:docs
 *
 * The blocks are written to `.docs-check/blocks/<markdown file>/` (gitignored) with a tsconfig
 * that extends tsconfig.base.json, so `tswa` and `@tswa/*` resolve to the sources, as in the
 * tests. Relative imports reach the blocks of the same file named with `file` (below), or else
 * are read from the markdown file's folder (`../examples/flows/sign-up.js` in docs/).
 *
 * HTML comments above a block change how it is checked:
 * - `<!-- check-docs: file app.ts -->`: the block is the file `app.ts` of the guide, which its
 *   other blocks import as `./app.js` (say so in the text, too). A `*.test.ts` file is also run,
 *   with vitest, so the tests a guide shows pass.
 * - `<!-- check-docs: prelude … -->`: lines compiled before the block but not shown, for the
 *   context a guide set up earlier (`declare const flows: FlowsApi;`). Prefer this to skipping.
 * - `<!-- check-docs: skip -->`: not compiled, for a block that cannot be (keep them rare).
 *
 * Failures print as `docs/file.md:line: message`; the exit code is 1 when there is any.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { runDocTests } from "./lib/docs-tests.js";
import { checkLinks } from "./lib/links.js";
import { type CodeBlock, codeBlocks, docFiles } from "./lib/markdown.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, ".docs-check");
const blocksDir = join(outDir, "blocks");

/** A generated module: where its lines come from. */
interface Generated {
  readonly block: CodeBlock;
  /** How many hidden prelude lines come before the block's first line. */
  readonly offset: number;
}

const TS_LANGS = new Set(["ts", "typescript"]);
const RELATIVE_IMPORT = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(["'])(\.\.?\/[^"']*)\2/g;

/**
 * Rewrites `./x.js` specifiers so they resolve as a reader expects: to a named block of the same
 * guide when there is one, else from the markdown file's folder.
 */
function rewriteImports(code: string, markdownFile: string, names: ReadonlySet<string>): string {
  const folder = join(blocksDir, slug(markdownFile));
  return code.replace(RELATIVE_IMPORT, (match, keyword: string, quote: string, spec: string) => {
    if (spec.startsWith("./") && names.has(spec.slice(2).replace(/\.js$/, ".ts"))) return match;
    const target = resolve(root, dirname(markdownFile), spec);
    const fromBlock = relative(folder, target).split("\\").join("/");
    return `${keyword}${quote}${fromBlock.startsWith(".") ? fromBlock : `./${fromBlock}`}${quote}`;
  });
}

/** `docs/flow-endpoint.md` -> `docs_flow-endpoint_md`. */
const slug = (file: string) => file.replace(/[/.]/g, "_");

function writeBlocks(): Map<string, Generated> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(blocksDir, { recursive: true });
  const generated = new Map<string, Generated>();
  for (const file of docFiles(root)) {
    const blocks = codeBlocks(root, file).filter((b) => TS_LANGS.has(b.lang) && !b.skip);
    const names = new Set(blocks.flatMap((b) => (b.fileName ? [b.fileName] : [])));
    const folder = join(blocksDir, slug(file));
    mkdirSync(folder, { recursive: true });
    for (const block of blocks) {
      const path = resolve(folder, block.fileName ?? `L${block.line}.ts`);
      if (generated.has(path))
        throw new Error(`${file}:${block.line}: a second block named ${block.fileName}`);
      const source = [...block.prelude, block.code].join("\n");
      writeFileSync(path, `${rewriteImports(source, file, names)}\n`);
      generated.set(path, { block, offset: block.prelude.length });
    }
  }
  writeFileSync(
    join(outDir, "tsconfig.json"),
    `${JSON.stringify(
      {
        extends: "../tsconfig.base.json",
        compilerOptions: { noEmit: true, declaration: false, sourceMap: false },
        include: ["blocks/*/*.ts"],
      },
      null,
      2,
    )}\n`,
  );
  return generated;
}

function typeCheck(generated: Map<string, Generated>): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(outDir, "tsconfig.json"), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!config) throw new Error("cannot read .docs-check/tsconfig.json");
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const failures = [...program.getGlobalDiagnostics(), ...program.getOptionsDiagnostics()].map(
    (d) => `.docs-check/tsconfig.json: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
  );
  for (const [fileName, origin] of generated) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile) throw new Error(`${fileName} is not in the docs program`);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile),
    ];
    for (const d of diagnostics) {
      const { line } = sourceFile.getLineAndCharacterOfPosition(d.start ?? 0);
      const where =
        line < origin.offset
          ? `${origin.block.file}:${origin.block.line} (prelude line ${line + 1})`
          : `${origin.block.file}:${origin.block.line + line - origin.offset}`;
      failures.push(`${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    }
  }
  return failures;
}

const started = performance.now();
const generated = writeBlocks();
const failures = [...typeCheck(generated), ...checkLinks(root, docFiles(root))];
const tests = [...generated].filter(([, g]) => g.block.fileName?.endsWith(".test.ts"));
const labels = new Map(
  tests.map(([path, g]) => [path, `${g.block.file}:${g.block.line} (${g.block.fileName})`]),
);
failures.push(...(await runDocTests(root, labels)));
const skipped = docFiles(root)
  .flatMap((file) => codeBlocks(root, file))
  .filter((b) => TS_LANGS.has(b.lang) && b.skip);
for (const failure of failures) console.error(failure);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `check-docs: ${generated.size} TypeScript blocks type-checked (${skipped.length} skipped: ${
    skipped.map((b) => `${b.file}:${b.line}`).join(", ") || "none"
  }), ${tests.length} test file(s) run, links checked in ${docFiles(root).length} files, ${failures.length} problem(s), ${seconds} s`,
);
process.exitCode = failures.length > 0 ? 1 : 0;
