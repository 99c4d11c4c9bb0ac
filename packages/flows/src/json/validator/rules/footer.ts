import { isPlainObject } from "../../codec.js";
import type { ValidationContext } from "../context.js";
import { type ComponentVisit, join, walkComponents } from "../walk.js";

function hasFooter(branch: unknown, path: string): boolean {
  return walkComponents(branch, path).some((c) => c.type === "Footer");
}

/**
 * Footer rules (spec 6.2, 6.4): a terminal screen needs a Footer; one Footer per screen; a Footer
 * inside `If` only at its first level, in both branches, and then none outside.
 */
export function checkFooters(ctx: ValidationContext): void {
  for (const screen of ctx.screens) {
    const footers = screen.components.filter((c) => c.type === "Footer");
    const layout = screen.node.layout;
    const hasChildren = isPlainObject(layout) && Array.isArray(layout.children);
    if (screen.terminal && hasChildren && footers.length === 0) {
      ctx.report(
        "MISSING_REQUIRED_PROPERTY",
        join(screen.path, "layout"),
        `terminal screen ${screen.id} needs a Footer (usually with a complete action)`,
      );
    }
    const outside = footers.filter((c) => !c.conditional);
    if (outside.length > 1) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        (outside[1] as ComponentVisit).path,
        `a screen has one Footer; screen ${screen.id} has ${outside.length}`,
      );
    }
    const inside = footers.filter((c) => c.conditional);
    if (outside.length > 0 && inside.length > 0) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        (inside[0] as ComponentVisit).path,
        "a Footer inside If/Switch cannot be combined with a Footer outside it: a screen has one Footer",
      );
    }
    for (const footer of inside) {
      if (footer.ifDepth > 1) {
        ctx.report(
          "INVALID_PROPERTY_VALUE",
          footer.path,
          "a Footer can only be in the first level of If, not in a nested If",
        );
      }
    }
    for (const component of screen.components) {
      if (component.type !== "If") continue;
      const { node, path } = component;
      const inThen = hasFooter(node.then, join(path, "then"));
      const inElse = hasFooter(node.else, join(path, "else"));
      if (inThen !== inElse) {
        ctx.report(
          inThen && !Array.isArray(node.else)
            ? "MISSING_REQUIRED_PROPERTY"
            : "INVALID_PROPERTY_VALUE",
          join(path, inThen ? "else" : "then"),
          `an If with a Footer in one branch needs a Footer in the other (${inThen ? "else" : "then"}) too`,
        );
      }
    }
  }
}
