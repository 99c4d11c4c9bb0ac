import { isPlainObject } from "../../codec.js";
import type { ValidationContext } from "../context.js";
import { join } from "../walk.js";

const SCREEN_KEYS = [
  "id",
  "title",
  "terminal",
  "success",
  "refresh_on_back",
  "data",
  "layout",
  "sensitive",
];
const BOOLEAN_KEYS = ["terminal", "success", "refresh_on_back"];
const RESERVED_ID = "SUCCESS";

/**
 * Screens (spec 6.2): a unique id that is not the reserved `SUCCESS`, a SingleColumnLayout with
 * children, boolean flags, data declarations with `type` and `__example__`, and `sensitive`
 * (5.1+) naming inputs of the screen.
 */
export function checkScreens(ctx: ValidationContext): void {
  const screens = ctx.doc.screens;
  if (Array.isArray(screens)) {
    screens.forEach((screen, index) => {
      if (!isPlainObject(screen)) {
        ctx.schema("INVALID_PROPERTY_TYPE", `screens[${index}]`, "a screen must be an object");
      }
    });
  }
  const seen = new Set<string>();
  for (const screen of ctx.screens) {
    const { node, path } = screen;
    if (!("id" in node)) {
      ctx.schema("MISSING_REQUIRED_PROPERTY", join(path, "id"), 'a screen needs an "id"');
    } else if (typeof node.id !== "string") {
      ctx.schema("INVALID_PROPERTY_TYPE", join(path, "id"), "a screen id must be a string");
    } else if (node.id === RESERVED_ID) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        join(path, "id"),
        `"${RESERVED_ID}" is reserved (it closes the flow): give the screen another id`,
      );
    } else if (seen.has(node.id)) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        join(path, "id"),
        `two screens have the id "${node.id}"`,
      );
    }
    if (typeof node.id === "string") seen.add(node.id);
    for (const key of Object.keys(node)) {
      if (!SCREEN_KEYS.includes(key) && ctx.knownVersion) {
        ctx.schema("INVALID_PROPERTY_KEY", join(path, key), `a screen has no property "${key}"`);
      }
    }
    if ("title" in node && typeof node.title !== "string") {
      ctx.schema("INVALID_PROPERTY_TYPE", join(path, "title"), "a screen title must be a string");
    }
    for (const key of BOOLEAN_KEYS) {
      if (key in node && typeof node[key] !== "boolean") {
        ctx.schema("INVALID_PROPERTY_TYPE", join(path, key), `"${key}" must be true or false`);
      }
    }
    if ("success" in node && !screen.terminal) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        join(path, "success"),
        `"success" only applies to terminal screens; screen ${screen.id} is not terminal`,
      );
    }
    checkLayout(ctx, node.layout, join(path, "layout"));
    checkData(ctx, node.data, join(path, "data"));
    if ("sensitive" in node)
      checkSensitive(ctx, node.sensitive, join(path, "sensitive"), screen.fieldNames);
  }
}

function checkLayout(ctx: ValidationContext, layout: unknown, path: string): void {
  if (layout === undefined) {
    ctx.schema("MISSING_REQUIRED_PROPERTY", path, `a screen needs a "layout"`);
    return;
  }
  if (!isPlainObject(layout)) {
    ctx.schema("INVALID_PROPERTY_TYPE", path, "a layout must be an object");
    return;
  }
  if (!("type" in layout)) {
    ctx.schema(
      "MISSING_REQUIRED_PROPERTY",
      join(path, "type"),
      `a layout needs "type": "SingleColumnLayout"`,
    );
  } else if (layout.type !== "SingleColumnLayout") {
    ctx.schema(
      "INVALID_ENUM_VALUE",
      join(path, "type"),
      `the layout type must be "SingleColumnLayout"`,
    );
  }
  if (!("children" in layout)) {
    ctx.schema("MISSING_REQUIRED_PROPERTY", join(path, "children"), `a layout needs "children"`);
  } else if (!Array.isArray(layout.children)) {
    ctx.schema(
      "INVALID_PROPERTY_TYPE",
      join(path, "children"),
      "layout children must be a list of components",
    );
  }
  for (const key of Object.keys(layout)) {
    if (key !== "type" && key !== "children" && ctx.knownVersion) {
      ctx.schema("INVALID_PROPERTY_KEY", join(path, key), `a layout has no property "${key}"`);
    }
  }
}

function checkData(ctx: ValidationContext, data: unknown, path: string): void {
  if (data === undefined) return;
  if (!isPlainObject(data)) {
    ctx.schema("INVALID_PROPERTY_TYPE", path, `a screen's "data" must map keys to declarations`);
    return;
  }
  for (const [key, declaration] of Object.entries(data)) {
    const at = join(path, key);
    if (!isPlainObject(declaration)) {
      ctx.schema("INVALID_PROPERTY_TYPE", at, `data "${key}" must be a declaration object`);
      continue;
    }
    if (!("type" in declaration)) {
      ctx.schema(
        "MISSING_REQUIRED_PROPERTY",
        join(at, "type"),
        `data "${key}" needs a JSON Schema "type"`,
      );
    }
    if (!("__example__" in declaration)) {
      ctx.schema(
        "MISSING_REQUIRED_PROPERTY",
        join(at, "__example__"),
        `data "${key}" needs an "__example__" value (ScreenData takes it as \`example\`)`,
      );
    }
  }
}

function checkSensitive(
  ctx: ValidationContext,
  sensitive: unknown,
  path: string,
  fields: ReadonlySet<string>,
): void {
  if (!ctx.atLeast("5.1")) {
    ctx.report(
      "INVALID_PROPERTY_KEY",
      path,
      `"sensitive" needs Flow JSON 5.1 or newer; this flow is ${ctx.version}`,
    );
  }
  if (!Array.isArray(sensitive)) {
    ctx.schema("INVALID_PROPERTY_TYPE", path, `"sensitive" must be a list of input names`);
    return;
  }
  sensitive.forEach((name, index) => {
    if (typeof name !== "string" || !fields.has(name)) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        join(path, index),
        `"sensitive" names ${JSON.stringify(name)}, which is not an input of this screen`,
      );
    }
  });
}
