import { isPlainObject } from "../../codec.js";
import { COMPONENT_MIN_VERSION, type KnownComponentType } from "../../version-table.js";
import { COMPONENT_RULES, DATA_SOURCE_RULE } from "../component-rules.js";
import type { ValidationContext } from "../context.js";
import { join } from "../walk.js";
import { checkProperties } from "./properties.js";

/**
 * Each component: a known type, available in the flow's version, with its required properties,
 * no unknown ones, and values of the right type, length and enum. Data-source items likewise.
 */
export function checkComponents(ctx: ValidationContext): void {
  for (const [component] of ctx.components()) {
    const { node, type, path } = component;
    if (type === "") {
      ctx.schema("MISSING_REQUIRED_PROPERTY", join(path, "type"), 'a component needs a "type"');
      continue;
    }
    const rule = COMPONENT_RULES[type];
    if (!rule) {
      if (ctx.knownVersion) {
        ctx.schema(
          "INVALID_PROPERTY_VALUE",
          join(path, "type"),
          `"${type}" is not a component of Flow JSON ${ctx.version}`,
        );
      }
      continue;
    }
    const since = COMPONENT_MIN_VERSION[type as KnownComponentType];
    if (!ctx.atLeast(since)) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        join(path, "type"),
        `${type} needs Flow JSON ${since} or newer; this flow is ${ctx.version}: raise "version" to ${since}`,
      );
    }
    checkProperties(ctx, node, path, type, rule);
    const items = node["data-source"];
    if (Array.isArray(items)) {
      items.forEach((item, index) => {
        const at = join(join(path, "data-source"), index);
        if (isPlainObject(item)) {
          checkProperties(ctx, item, at, `a data-source item of ${type}`, DATA_SOURCE_RULE);
        } else {
          ctx.schema(
            "INVALID_PROPERTY_TYPE",
            at,
            `a data-source item of ${type} must be an object`,
          );
        }
      });
    }
  }
}
