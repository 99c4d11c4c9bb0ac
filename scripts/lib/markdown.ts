import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** A fenced code block of a markdown file, with the `check-docs` markers written above it. */
export interface CodeBlock {
  /** The markdown file, relative to the repository root (`docs/webhooks.md`). */
  readonly file: string;
  /** The 1-based line of the block's first code line in the markdown file. */
  readonly line: number;
  /** The info string's first word, lower-cased (`ts`, `sh`, `json`; `""` for none). */
  readonly lang: string;
  /** The code, with the fence's indentation removed. */
  readonly code: string;
  /** `<!-- check-docs: skip -->` stands above the block. */
  readonly skip: boolean;
  /** The lines of a `<!-- check-docs: prelude … -->` comment above the block (hidden context). */
  readonly prelude: readonly string[];
  /** The file name of `<!-- check-docs: file app.ts -->`, which other blocks can import. */
  readonly fileName: string | undefined;
  /**
   * `<!-- newcomer: run -->` or `<!-- newcomer: start -->`: a shell block the newcomer check
   * (scripts/check-newcomer.ts) runs, or starts and leaves running (a server).
   */
  readonly newcomer: "run" | "start" | undefined;
}

const MARKER = /^<!--\s*check-docs:\s*(skip|prelude|file)\b([\s\S]*?)-->$/;
const NEWCOMER = /^<!--\s*newcomer:\s*(run|start)\s*-->$/;

/**
 * The markdown files whose code and links are checked: the README, every guide in `docs/` (not
 * the generated `docs/api/`), CONTRIBUTING.md and each package's README.
 */
export function docFiles(root: string): string[] {
  const docs = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`);
  const packages = readdirSync(join(root, "packages"))
    .map((name) => `packages/${name}/README.md`)
    .filter((file) => existsSync(join(root, file)));
  return ["README.md", "CONTRIBUTING.md", ...docs.sort(), ...packages.sort()].filter((file) =>
    existsSync(join(root, file)),
  );
}

/**
 * Reads the fenced code blocks of a markdown file (backtick and tilde fences, indented ones in
 * lists included), each with the markers of the HTML comments directly above it: blank lines and
 * other comments (such as `<!-- readme-example -->`) may stand between a marker and its block.
 */
export function codeBlocks(root: string, file: string): CodeBlock[] {
  const lines = readFileSync(join(root, file), "utf8").split("\n");
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i] ?? "");
    if (!open) continue;
    const [, indent = "", fence = "", info = ""] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? "";
      if (line.trim().startsWith(fence) && line.trim().replaceAll(fence[0] ?? "", "") === "") break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({
      file,
      line: i + 2,
      lang: info.toLowerCase(),
      code: body.join("\n"),
      ...markersAbove(lines, i),
    });
    i = j;
  }
  return blocks;
}

function markersAbove(lines: string[], fenceIndex: number) {
  let skip = false;
  let prelude: string[] = [];
  let fileName: string | undefined;
  let newcomer: "run" | "start" | undefined;
  let end = fenceIndex - 1;
  while (end >= 0) {
    const text = (lines[end] ?? "").trim();
    if (text === "") {
      end--;
      continue;
    }
    if (!text.endsWith("-->")) break;
    let start = end;
    while (start > 0 && !(lines[start] ?? "").trim().startsWith("<!--")) start--;
    const comment = lines
      .slice(start, end + 1)
      .join("\n")
      .trim();
    const marker = MARKER.exec(comment);
    if (marker?.[1] === "skip") skip = true;
    if (marker?.[1] === "prelude") prelude = (marker[2] ?? "").trim().split("\n");
    if (marker?.[1] === "file") fileName = (marker[2] ?? "").trim();
    const step = NEWCOMER.exec(comment)?.[1];
    if (step === "run" || step === "start") newcomer = step;
    end = start - 1;
  }
  return { skip, prelude, fileName, newcomer };
}

/** A path relative to the repository root, with forward slashes. */
export function repoPath(root: string, path: string): string {
  return relative(root, path).split("\\").join("/");
}
