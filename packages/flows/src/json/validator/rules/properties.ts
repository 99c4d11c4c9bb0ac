import { isPlainObject } from "../../codec.js";
import type { ComponentRule, PropertyRule } from "../component-rules.js";
import { isDynamic, list, type ValidationContext } from "../context.js";
import type { Node } from "../walk.js";
import { join } from "../walk.js";

/**
 * Checks the properties of one object against its rule: required keys, unknown keys, keys newer
 * than the flow's version, JSON types, enum values, lengths and empty strings.
 */
export function checkProperties(
  ctx: ValidationContext,
  node: Node,
  path: string,
  owner: string,
  rule: ComponentRule,
): void {
  for (const key of rule.required) {
    if (!(key in node)) {
      ctx.schema("MISSING_REQUIRED_PROPERTY", join(path, key), `${owner} needs "${key}"`);
    }
  }
  for (const [key, since] of Object.entries(rule.requiredSince ?? {})) {
    if (!(key in node) && ctx.atLeast(since)) {
      ctx.schema(
        "MISSING_REQUIRED_PROPERTY",
        join(path, key),
        `${owner} needs "${key}" from Flow JSON ${since}`,
      );
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "type") continue;
    const property = rule.properties[key];
    const at = join(path, key);
    if (!property) {
      if (ctx.knownVersion) {
        ctx.schema("INVALID_PROPERTY_KEY", at, `${owner} has no property "${key}"`);
      }
      continue;
    }
    if (property.since && !ctx.atLeast(property.since)) {
      ctx.report(
        "INVALID_PROPERTY_KEY",
        at,
        `"${key}" of ${owner} needs Flow JSON ${property.since} or newer; this flow is ${ctx.version}: raise "version" or remove "${key}"`,
      );
    }
    checkValue(ctx, value, at, `"${key}" of ${owner}`, property, owner);
  }
}

function checkValue(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  what: string,
  property: PropertyRule,
  owner: string,
): void {
  if (property.perEnd && isPlainObject(value) && !("name" in value)) {
    // CalendarPicker range mode: one value per end.
    for (const [end, item] of Object.entries(value)) {
      if (end !== "start-date" && end !== "end-date") {
        ctx.schema(
          "INVALID_PROPERTY_KEY",
          join(path, end),
          `${what} takes "start-date" and "end-date", not "${end}"`,
        );
      } else {
        checkValue(ctx, item, join(path, end), what, { ...property, perEnd: false }, owner);
      }
    }
    return;
  }
  if (!hasKind(value, property, owner, ctx)) {
    ctx.schema("INVALID_PROPERTY_TYPE", path, `${what} must be ${describe(property)}`);
    return;
  }
  const texts = Array.isArray(value) ? value.entries() : [[undefined, value] as const];
  for (const [index, item] of texts) {
    if (typeof item !== "string" || isDynamic(item)) continue;
    const at = index === undefined ? path : join(path, index);
    if (property.values && !property.values.includes(item)) {
      ctx.schema(
        "INVALID_ENUM_VALUE",
        at,
        `${what} must be ${list(property.values)}, not "${item}"`,
      );
    }
    if (property.maxChars !== undefined && [...item].length > property.maxChars) {
      ctx.schema(
        "INVALID_PROPERTY_VALUE",
        at,
        `${what} has ${[...item].length} characters; the limit is ${property.maxChars}`,
      );
    }
    if (item.trim() === "" && ctx.atLeast("6.0") && property.kind !== "list") {
      ctx.schema(
        "MIN_CHARS_REQUIRED",
        at,
        `${what} is empty; from Flow JSON 6.0 empty strings are not accepted: remove it or give text`,
      );
    }
  }
}

function hasKind(
  value: unknown,
  property: PropertyRule,
  owner: string,
  ctx: ValidationContext,
): boolean {
  const dynamic = isDynamic(value);
  switch (property.kind) {
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean" || dynamic;
    case "number":
      return typeof value === "number" || dynamic;
    case "text":
      if (typeof value === "string") return true;
      if (!Array.isArray(value) || !value.every((line) => typeof line === "string")) return false;
      // A list of lines is Flow JSON 5.1+ for TextBody and TextCaption.
      return owner === "RichText" || ctx.atLeast("5.1");
    case "list":
      return Array.isArray(value) || dynamic;
    case "object":
      return isPlainObject(value) || typeof value === "string";
    case "action":
      return isPlainObject(value);
    case "components":
      return Array.isArray(value);
    case "cases":
      return isPlainObject(value) && Object.values(value).every(Array.isArray);
  }
}

function describe(property: PropertyRule): string {
  switch (property.kind) {
    case "string":
      return "a string";
    case "boolean":
      return "a boolean, a reference or a condition";
    case "number":
      return "a number or a reference";
    case "text":
      return "a string (or, from Flow JSON 5.1, a list of strings)";
    case "list":
      return "a list or a reference";
    case "object":
      return "an object or a reference";
    case "action":
      return "an action object";
    case "components":
      return "a list of components";
    case "cases":
      return "an object whose values are lists of components";
  }
}
