import { isPlainObject } from "../../codec.js";
import { findRefs, type ParsedRef } from "../../refs.js";
import {
  GLOBAL_REFERENCES_MIN_VERSION,
  NESTED_EXPRESSIONS_MIN_VERSION,
} from "../../version-table.js";
import type { ScreenInfo, ValidationContext } from "../context.js";
import { join, walkStrings } from "../walk.js";

const EXPRESSION = /^\s*`[\s\S]*`\s*$/;

/**
 * References and expressions (spec 6.2): `${data.x}` needs a declared data `x`, `${form.x}` an
 * input `x` on the same screen, `${screen.ID.…}` (4.0+) an existing screen with that data or
 * input; nested expressions need 6.0. An update_data payload only sets declared data, and a
 * navigate payload gives the target exactly the data it declares.
 */
export function checkReferences(ctx: ValidationContext): void {
  for (const screen of ctx.screens) {
    for (const [text, path] of walkStrings(screen.node.layout, join(screen.path, "layout"))) {
      if (EXPRESSION.test(text) && !ctx.atLeast(NESTED_EXPRESSIONS_MIN_VERSION)) {
        ctx.report(
          "INVALID_PROPERTY_VALUE",
          path,
          `nested expressions (in backticks) need Flow JSON ${NESTED_EXPRESSIONS_MIN_VERSION} or newer; this flow is ${ctx.version}`,
        );
      }
      for (const ref of findRefs(text)) checkRef(ctx, screen, ref, path);
    }
    for (const visit of screen.actions) {
      const { action, path } = visit;
      if (!isPlainObject(action.payload)) continue;
      if (action.name === "update_data") {
        for (const key of Object.keys(action.payload)) {
          if (!screen.dataKeys.has(key)) {
            ctx.report(
              "INVALID_PROPERTY_VALUE",
              join(join(path, "payload"), key),
              `update_data sets "${key}", which screen ${screen.id} does not declare in its data`,
            );
          }
        }
      }
      const next = action.next;
      const target =
        action.name === "navigate" && isPlainObject(next) && typeof next.name === "string"
          ? ctx.screensById.get(next.name)
          : undefined;
      if (target) checkNavigatePayload(ctx, action.payload, join(path, "payload"), target);
    }
  }
}

function checkRef(ctx: ValidationContext, screen: ScreenInfo, ref: ParsedRef, path: string): void {
  let owner = screen;
  if (ref.screen !== undefined) {
    if (!ctx.atLeast(GLOBAL_REFERENCES_MIN_VERSION)) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        path,
        `${ref.raw}: references to other screens need Flow JSON ${GLOBAL_REFERENCES_MIN_VERSION} or newer; this flow is ${ctx.version}`,
      );
      return;
    }
    const other = ctx.screensById.get(ref.screen);
    if (!other) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        path,
        `${ref.raw} refers to screen "${ref.screen}", which is not in this flow`,
      );
      return;
    }
    owner = other;
  }
  const where = owner === screen ? "this screen" : `screen ${owner.id}`;
  if (ref.scope === "form") {
    if (!owner.fieldNames.has(ref.name)) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        path,
        `${ref.raw} refers to input "${ref.name}", which ${where} does not have`,
      );
    }
  } else if (ref.scope === "data") {
    if (!owner.dataKeys.has(ref.name)) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        path,
        `${ref.raw} refers to data "${ref.name}", which ${where} does not declare: add it to the screen's "data"`,
      );
    }
  } else {
    ctx.report(
      "INVALID_PROPERTY_VALUE",
      path,
      `${ref.raw} is not a reference: use \${data.KEY}, \${form.NAME} or \${screen.ID.data|form.NAME}`,
    );
  }
}

function checkNavigatePayload(
  ctx: ValidationContext,
  payload: Readonly<Record<string, unknown>>,
  path: string,
  target: ScreenInfo,
): void {
  for (const key of Object.keys(payload)) {
    if (!target.dataKeys.has(key)) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        join(path, key),
        `navigate sends "${key}", which screen ${target.id} does not declare in its data`,
      );
    }
  }
  for (const key of target.dataKeys) {
    if (!(key in payload)) {
      ctx.report(
        "MISSING_REQUIRED_PROPERTY",
        path,
        `navigate to ${target.id} must send its data "${key}" in the payload`,
      );
    }
  }
}
