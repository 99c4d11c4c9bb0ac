import type { TemplateDetails } from "@tswa/core";

/** A template as one JSON line: tswa's camelCase fields and Graph's components as sent. */
export function templateJson(template: TemplateDetails): string {
  return JSON.stringify({
    id: template.id,
    name: template.name,
    language: template.language,
    category: template.category,
    status: template.status,
    parameterFormat: template.parameterFormat,
    qualityScore: template.qualityScore,
    rejectedReason: template.rejectedReason,
    components: template.raw.components,
  });
}

/** Templates as an aligned table: id, status, category, language, quality, name. */
export function templateTable(templates: readonly TemplateDetails[]): string[] {
  const rows = [
    ["ID", "STATUS", "CATEGORY", "LANGUAGE", "QUALITY", "NAME"],
    ...templates.map((t) => [
      t.id,
      t.status,
      t.category,
      t.language,
      t.qualityScore?.score ?? "-",
      t.name,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join("  "),
  );
}

/** A template's details and its components, one per line. */
export function templateDetails(template: TemplateDetails): string[] {
  const lines = [
    template.name,
    `  id:        ${template.id}`,
    `  status:    ${template.status}${template.rejectedReason && template.rejectedReason !== "NONE" ? ` (${template.rejectedReason})` : ""}`,
    `  category:  ${template.category}`,
    `  language:  ${template.language}`,
  ];
  if (template.parameterFormat) lines.push(`  params:    ${template.parameterFormat}`);
  if (template.qualityScore) lines.push(`  quality:   ${template.qualityScore.score}`);
  lines.push("", `components (${template.raw.components.length}):`);
  for (const component of template.raw.components) {
    const c = component as Record<string, unknown>;
    const kind = [c.type, c.format].filter(Boolean).join(" ");
    const text = typeof c.text === "string" ? `: ${c.text}` : "";
    lines.push(`  ${kind}${text}`);
    for (const button of (c.buttons as Record<string, unknown>[] | undefined) ?? []) {
      lines.push(`    ${button.type}${typeof button.text === "string" ? `: ${button.text}` : ""}`);
    }
  }
  return lines;
}
