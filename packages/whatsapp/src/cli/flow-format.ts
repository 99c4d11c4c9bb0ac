import type { FlowDetails, FlowHealthStatus, FlowValidationError } from "@tswa/core";
import { alignTable } from "./table.js";

/** A flow as one JSON line: tswa's camelCase fields (not Graph's raw body), dates in ISO 8601. */
export function flowJson(flow: FlowDetails): string {
  return JSON.stringify({
    id: flow.id,
    name: flow.name,
    status: flow.status,
    categories: flow.categories,
    validationErrors: flow.validationErrors,
    jsonVersion: flow.jsonVersion,
    dataApiVersion: flow.dataApiVersion,
    endpointUri: flow.endpointUri,
    preview: flow.preview && { url: flow.preview.url, expiresAt: flow.preview.expiresAt },
    whatsappBusinessAccount: flow.whatsappBusinessAccount,
    application: flow.application,
    healthStatus: flow.healthStatus,
    updatedAt: flow.updatedAt,
  });
}

/** Flows as an aligned table: id, status, validation error count, last update, name. */
export function flowTable(flows: readonly FlowDetails[]): string[] {
  const rows = [
    ["ID", "STATUS", "ERRORS", "UPDATED", "NAME"],
    ...flows.map((flow) => [
      flow.id,
      flow.status,
      String(flow.validationErrors.length),
      flow.updatedAt ? shortDate(flow.updatedAt) : "-",
      flow.name,
    ]),
  ];
  return alignTable(rows);
}

/** A flow's details, then its validation errors. */
export function flowDetails(flow: FlowDetails): string[] {
  const fields: [string, string | undefined][] = [
    ["id", flow.id],
    ["status", flow.status],
    ["categories", flow.categories.join(", ")],
    ["Flow JSON", flow.jsonVersion],
    ["Data API", flow.dataApiVersion],
    ["endpoint", flow.endpointUri],
    ["updated", flow.updatedAt && shortDate(flow.updatedAt)],
    ["preview", flow.preview && `${flow.preview.url} (until ${shortDate(flow.preview.expiresAt)})`],
    ["account", flow.whatsappBusinessAccount && named(flow.whatsappBusinessAccount)],
    ["app", flow.application && named(flow.application)],
    ["can send", flow.healthStatus?.canSendMessage],
  ];
  return [
    flow.name,
    ...fields
      .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== "")
      .map(([label, value]) => `  ${`${label}:`.padEnd(12)}${value}`),
    ...healthLines(flow.healthStatus),
    "",
    ...validationErrorLines(flow.validationErrors),
  ];
}

/** Validation errors with their positions and the JSON paths (pointers) they point at. */
export function validationErrorLines(errors: readonly FlowValidationError[]): string[] {
  if (errors.length === 0) return ["no validation errors"];
  return [
    `validation errors (${errors.length}):`,
    ...errors.flatMap((error, index) => [
      `  ${index + 1}. ${error.error} (${error.errorType})${at(position(error))}: ${error.message}`,
      ...error.pointers.map((pointer) => {
        const where = position(pointer);
        return `     at ${pointer.path}${where ? ` (${where})` : ""}`;
      }),
    ]),
  ];
}

/** The entities of a health status that cannot send freely, with Graph's reasons. */
function healthLines(health: FlowHealthStatus | undefined): string[] {
  return (health?.entities ?? [])
    .filter((entity) => entity.canSendMessage !== "AVAILABLE")
    .flatMap((entity) => [
      `    ${entity.entityType} ${entity.id}: ${entity.canSendMessage}`,
      ...entity.errors.map(
        (e) =>
          `      ${e.errorCode} ${e.errorDescription ?? ""}${e.possibleSolution ? ` (${e.possibleSolution})` : ""}`,
      ),
    ]);
}

/** `line 5, column 10` in the uploaded Flow JSON, or "" when Graph gave no position. */
function position(of: { lineStart: number | undefined; columnStart: number | undefined }) {
  if (of.lineStart === undefined) return "";
  return of.columnStart === undefined
    ? `line ${of.lineStart}`
    : `line ${of.lineStart}, column ${of.columnStart}`;
}

const at = (where: string) => (where ? ` at ${where}` : "");

function named(entity: { id: string; name: string | undefined }): string {
  return entity.name ? `${entity.name} (${entity.id})` : entity.id;
}

/** `2026-11-24 10:00Z`: minutes are enough for a human, and UTC says so. */
function shortDate(date: Date): string {
  return date
    .toISOString()
    .replace("T", " ")
    .replace(/:\d\d\.\d{3}Z$/, "Z");
}
