import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

/**
 * The anchors GitHub gives a markdown file's headings: lower case, punctuation dropped, spaces
 * turned into hyphens, a repeated slug suffixed `-1`, `-2`…; plus explicit `<a id>`/`<a name>`.
 */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutCode(markdown, true).split("\n")) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      // HTML tags are dropped, but not inside code spans, where `<url>` is text.
      const base = heading
        .split(/(`+[^`]*`+)/)
        .map((part) =>
          part.startsWith("`") ? part.replace(/`/g, "") : part.replace(/<[^>]+>/g, ""),
        )
        .join("")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, "")
        .replace(/ /g, "-");
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const match of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1] ?? "");
  }
  return anchors;
}

/**
 * The text with fenced blocks blanked (lines kept, so line numbers hold) and, unless
 * `keepSpans`, code spans removed.
 */
function withoutCode(markdown: string, keepSpans = false): string {
  let fence: string | undefined;
  return markdown
    .split("\n")
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined && marker) {
        fence = marker;
        return "";
      }
      if (fence !== undefined) {
        if (marker?.startsWith(fence)) fence = undefined;
        return "";
      }
      return keepSpans ? line : line.replace(/(`+)[\s\S]*?\1/g, "");
    })
    .join("\n");
}

const LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|^\s*\[[^\]]+\]:\s*(\S+)|href="([^"]+)"/g;

/**
 * Checks the relative links of markdown files: the target file or folder must exist in the
 * repository, and a `#fragment` must be a heading (or `<a id>`) of the target markdown file.
 * Returns one `file:line: message` per broken link.
 */
export function checkLinks(root: string, files: readonly string[]): string[] {
  const failures: string[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    const cached = anchorCache.get(file);
    if (cached) return cached;
    const found = anchorsOf(readFileSync(file, "utf8"));
    anchorCache.set(file, found);
    return found;
  };
  for (const file of files) {
    const lines = withoutCode(readFileSync(join(root, file), "utf8")).split("\n");
    lines.forEach((line, index) => {
      for (const match of line.matchAll(LINK)) {
        const target = match[1] ?? match[2] ?? match[3] ?? "";
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …
        const [pathPart = "", fragment] = target.split("#", 2);
        const path =
          pathPart === ""
            ? join(root, file)
            : normalize(join(root, dirname(file), decodeURI(pathPart)));
        const where = `${file}:${index + 1}`;
        if (!path.startsWith(root) || !existsSync(path)) {
          failures.push(`${where}: broken link ${target}: no such file`);
          continue;
        }
        if (fragment === undefined || fragment === "") continue;
        if (statSync(path).isFile() && path.endsWith(".md") && !anchors(path).has(fragment)) {
          failures.push(`${where}: broken link ${target}: no heading #${fragment} in that file`);
        }
      }
    });
  }
  return failures;
}
