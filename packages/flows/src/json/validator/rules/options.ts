import { isPlainObject } from "../../codec.js";
import { isDynamic, type ValidationContext } from "../context.js";
import type { ComponentVisit, Node } from "../walk.js";
import { join } from "../walk.js";

const OPTION_COUNTS: Readonly<Record<string, readonly [min: number, max: number]>> = {
  CheckboxGroup: [1, 20],
  RadioButtonsGroup: [1, 20],
  Dropdown: [1, 200],
  ChipsSelector: [2, 20],
};

/**
 * Component-specific rules: how many options, items and images; picker ranges; properties that
 * need or exclude each other; date formats; how deep `If` nests.
 */
export function checkComponentOptions(ctx: ValidationContext): void {
  for (const [component] of ctx.components()) {
    const { node, type, path } = component;
    const counts = OPTION_COUNTS[type];
    if (counts) {
      const withImages =
        type === "Dropdown" &&
        Array.isArray(node["data-source"]) &&
        node["data-source"].some((item) => isPlainObject(item) && "image" in item);
      const max = withImages ? 100 : counts[1];
      const what = `${type} options${withImages ? " (with images)" : ""}`;
      checkCount(ctx, node["data-source"], join(path, "data-source"), what, counts[0], max);
    }
    if (type === "TextInput" && "pattern" in node && !("helper-text" in node)) {
      ctx.schema(
        "INVALID_DEPENDENCIES",
        join(path, "pattern"),
        `a TextInput with "pattern" needs "helper-text" describing the expected format`,
      );
    }
    if (type === "Footer") checkCaptions(ctx, node, path);
    if (type === "CalendarPicker") checkCalendar(ctx, node, path);
    if (type === "DatePicker" || type === "CalendarPicker") checkDates(ctx, component);
    if (type === "PhotoPicker") checkPicker(ctx, node, path, "photos");
    if (type === "DocumentPicker") checkPicker(ctx, node, path, "documents");
    if (type === "ImageCarousel") checkCarousel(ctx, node, path);
    if (type === "NavigationList") checkNavigationList(ctx, node, path);
    if (type === "If" && component.ifDepth >= 3) {
      ctx.report("INVALID_PROPERTY_VALUE", path, "If components nest at most 3 deep");
    }
  }
}

function checkCount(
  ctx: ValidationContext,
  items: unknown,
  path: string,
  what: string,
  min: number,
  max: number,
): void {
  if (!Array.isArray(items)) return;
  if (items.length < min) {
    ctx.schema(
      "MIN_ITEMS_REQUIRED",
      path,
      `${what}: ${items.length} given, at least ${min} needed`,
    );
  } else if (items.length > max) {
    ctx.schema("INVALID_PROPERTY_VALUE", path, `${what}: ${items.length} given, at most ${max}`);
  }
}

function checkCaptions(ctx: ValidationContext, node: Node, path: string): void {
  const has = (key: string) => key in node;
  if (has("center-caption") && (has("left-caption") || has("right-caption"))) {
    ctx.schema(
      "INVALID_DEPENDENCIES",
      join(path, "center-caption"),
      `a Footer takes "center-caption" alone, or "left-caption" with "right-caption"`,
    );
  } else if (has("left-caption") !== has("right-caption")) {
    const given = has("left-caption") ? "left-caption" : "right-caption";
    ctx.schema(
      "INVALID_DEPENDENCIES",
      join(path, given),
      `a Footer's "left-caption" and "right-caption" go together (or use "center-caption" alone)`,
    );
  }
}

const RANGE_ONLY = ["title", "description"];

function checkCalendar(ctx: ValidationContext, node: Node, path: string): void {
  if (node.mode === "range" || isDynamic(node.mode)) return;
  for (const [key, value] of Object.entries(node)) {
    const perEnd = isPlainObject(value) && ("start-date" in value || "end-date" in value);
    if (RANGE_ONLY.includes(key) || perEnd) {
      ctx.schema(
        "INVALID_DEPENDENCIES",
        join(path, key),
        `CalendarPicker "${key}"${perEnd ? " per start and end date" : ""} needs "mode": "range"`,
      );
    }
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d+$/;

function checkDates(ctx: ValidationContext, component: ComponentVisit): void {
  const { node, path, type } = component;
  const iso = type === "CalendarPicker" || ctx.atLeast("5.0");
  const check = (value: unknown, at: string) => {
    if (typeof value !== "string" || isDynamic(value)) return;
    if (!(iso ? ISO_DATE : TIMESTAMP).test(value)) {
      ctx.schema(
        "INVALID_PROPERTY_VALUE_FORMAT",
        at,
        iso
          ? `"${value}" is not a "YYYY-MM-DD" date`
          : `"${value}" is not a millisecond timestamp (dates are "YYYY-MM-DD" only from Flow JSON 5.0)`,
      );
    }
  };
  for (const key of ["min-date", "max-date", "init-value"]) {
    const value = node[key];
    if (isPlainObject(value)) {
      for (const [end, item] of Object.entries(value)) check(item, join(join(path, key), end));
    } else {
      check(value, join(path, key));
    }
  }
  const unavailable = node["unavailable-dates"];
  if (Array.isArray(unavailable)) {
    unavailable.forEach((value, index) => {
      check(value, join(join(path, "unavailable-dates"), index));
    });
  }
}

function checkPicker(ctx: ValidationContext, node: Node, path: string, what: string): void {
  const range = (key: string, min: number, max: number) => {
    const value = node[key];
    if (typeof value === "number" && (value < min || value > max || !Number.isInteger(value))) {
      ctx.schema(
        "INVALID_PROPERTY_VALUE",
        join(path, key),
        `"${key}" must be a whole number from ${min} to ${max}`,
      );
    }
  };
  range("max-file-size-kb", 1, 25600);
  range(`min-uploaded-${what}`, 0, 30);
  range(`max-uploaded-${what}`, 1, 30);
  const min = node[`min-uploaded-${what}`];
  const max = node[`max-uploaded-${what}`];
  if (typeof min === "number" && typeof max === "number" && min > max) {
    ctx.schema(
      "INVALID_PROPERTY_VALUE",
      join(path, `min-uploaded-${what}`),
      `"min-uploaded-${what}" (${min}) is above "max-uploaded-${what}" (${max})`,
    );
  }
}

function checkCarousel(ctx: ValidationContext, node: Node, path: string): void {
  const images = node.images;
  checkCount(ctx, images, join(path, "images"), "ImageCarousel images", 1, 3);
  if (!Array.isArray(images)) return;
  images.forEach((image, index) => {
    const at = join(join(path, "images"), index);
    for (const key of ["src", "alt-text"]) {
      if (!isPlainObject(image) || !(key in image)) {
        ctx.schema(
          "MISSING_REQUIRED_PROPERTY",
          join(at, key),
          `an ImageCarousel image needs "${key}"`,
        );
      }
    }
  });
}

const ITEM_LIMITS: readonly [part: string, key: string, max: number][] = [
  ["main-content", "title", 30],
  ["main-content", "description", 20],
  ["main-content", "metadata", 80],
  ["end", "title", 10],
  ["end", "description", 20],
  ["end", "metadata", 80],
];

function checkNavigationList(ctx: ValidationContext, node: Node, path: string): void {
  const items = node["list-items"];
  const itemsPath = join(path, "list-items");
  checkCount(ctx, items, itemsPath, "NavigationList items", 1, 20);
  if (!Array.isArray(items)) return;
  let badges = 0;
  let itemActions = 0;
  items.forEach((item, index) => {
    const at = join(itemsPath, index);
    if (!isPlainObject(item)) {
      ctx.schema("INVALID_PROPERTY_TYPE", at, "a NavigationList item must be an object");
      return;
    }
    for (const key of ["id", "main-content"]) {
      if (!(key in item)) {
        ctx.schema(
          "MISSING_REQUIRED_PROPERTY",
          join(at, key),
          `a NavigationList item needs "${key}"`,
        );
      }
    }
    for (const [part, key, max] of ITEM_LIMITS) {
      const section = item[part];
      const value = isPlainObject(section) ? section[key] : undefined;
      if (typeof value === "string" && !isDynamic(value) && [...value].length > max) {
        ctx.schema(
          "INVALID_PROPERTY_VALUE",
          join(join(at, part), key),
          `a NavigationList item's ${part} ${key} has ${[...value].length} characters; the limit is ${max}`,
        );
      }
    }
    if ("badge" in item) badges += 1;
    if (typeof item.badge === "string" && [...item.badge].length > 15) {
      ctx.schema("INVALID_PROPERTY_VALUE", join(at, "badge"), "a badge has at most 15 characters");
    }
    if (Array.isArray(item.tags)) {
      if (item.tags.length > 3) {
        ctx.schema("INVALID_PROPERTY_VALUE", join(at, "tags"), "an item has at most 3 tags");
      }
      item.tags.forEach((tag, t) => {
        if (typeof tag === "string" && [...tag].length > 15) {
          ctx.schema(
            "INVALID_PROPERTY_VALUE",
            join(join(at, "tags"), t),
            "a tag has at most 15 characters",
          );
        }
      });
    }
    if ("end" in item && node["media-size"] === "large") {
      ctx.schema(
        "INVALID_DEPENDENCIES",
        join(at, "end"),
        `a NavigationList item cannot have "end" when the list's "media-size" is "large"`,
      );
    }
    if ("on-click-action" in item) itemActions += 1;
  });
  if (badges > 1) {
    ctx.schema(
      "INVALID_PROPERTY_VALUE",
      itemsPath,
      `only one NavigationList item may have a badge; ${badges} do`,
    );
  }
  const listAction = "on-click-action" in node;
  if (listAction && itemActions > 0) {
    ctx.schema(
      "INVALID_DEPENDENCIES",
      join(path, "on-click-action"),
      "set on-click-action on the NavigationList or on its items, not both",
    );
  } else if (!listAction && itemActions < items.length) {
    ctx.schema(
      "MISSING_REQUIRED_PROPERTY",
      join(path, "on-click-action"),
      "a NavigationList needs an on-click-action, on the list or on every item",
    );
  }
}
