import { isPlainObject } from "../../codec.js";
import { findRefs } from "../../refs.js";
import type { ScreenInfo, ValidationContext } from "../context.js";
import { join, walkStrings } from "../walk.js";

const PICKERS = new Set(["PhotoPicker", "DocumentPicker"]);

function pickerNames(screen: ScreenInfo): Set<string> {
  return new Set(
    screen.components
      .filter((c) => PICKERS.has(c.type) && typeof c.node.name === "string")
      .map((c) => c.node.name as string),
  );
}

/**
 * Media pickers (spec 2): their values never go in a navigate payload or in init-values, and in
 * data_exchange and complete payloads only as the whole value of a top-level key.
 */
export function checkMediaPickers(ctx: ValidationContext): void {
  const pickers = new Map(ctx.screens.map((screen) => [screen.id, pickerNames(screen)]));
  for (const screen of ctx.screens) {
    const isPicker = (text: string) =>
      findRefs(text).some(
        (ref) =>
          ref.scope === "form" && (pickers.get(ref.screen ?? screen.id)?.has(ref.name) ?? false),
      );
    for (const { action, path } of screen.actions) {
      if (!isPlainObject(action.payload)) continue;
      for (const [key, value] of Object.entries(action.payload)) {
        const at = join(join(path, "payload"), key);
        const whole =
          typeof value === "string" && findRefs(value).length === 1 && /^\$\{[^}]+\}$/.test(value);
        for (const [text, where] of walkStrings(value, at)) {
          if (!isPicker(text)) continue;
          if (action.name === "navigate") {
            ctx.report(
              "INVALID_PROPERTY_VALUE",
              where,
              "media picker values cannot be sent in a navigate payload: use data_exchange or complete",
            );
          } else if (!whole) {
            ctx.report(
              "INVALID_PROPERTY_VALUE",
              where,
              "a media picker value must be the whole value of a top-level payload key",
            );
          }
        }
      }
    }
    const names = pickers.get(screen.id) ?? new Set<string>();
    for (const component of screen.components) {
      const initValues = component.node["init-values"];
      if (component.type !== "Form" || !isPlainObject(initValues)) continue;
      for (const key of Object.keys(initValues)) {
        if (names.has(key)) {
          ctx.report(
            "INVALID_PROPERTY_VALUE",
            join(join(component.path, "init-values"), key),
            `"${key}" is a media picker, which cannot have an initial value`,
          );
        }
      }
    }
  }
}
