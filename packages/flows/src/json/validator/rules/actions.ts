import { isPlainObject } from "../../codec.js";
import { ACTION_MIN_VERSION, type KnownActionName } from "../../version-table.js";
import { COMPONENT_RULES, DATA_SOURCE_RULE } from "../component-rules.js";
import { list, type ValidationContext } from "../context.js";
import type { ActionVisit } from "../walk.js";
import { join } from "../walk.js";

const ACTION_KEYS: Readonly<Record<KnownActionName, readonly string[]>> = {
  navigate: ["name", "next", "payload"],
  data_exchange: ["name", "payload"],
  complete: ["name", "payload"],
  update_data: ["name", "payload"],
  open_url: ["name", "url"],
};

function allowedActions(visit: ActionVisit): readonly string[] | undefined {
  if (visit.owner === "NavigationItem") return ["navigate", "data_exchange"];
  const rule = visit.owner === "DataSource" ? DATA_SOURCE_RULE : COMPONENT_RULES[visit.owner];
  return rule?.properties[visit.property]?.actions;
}

/**
 * Each action: a known name, available in the flow's version and allowed where it is used, with
 * its required properties; navigate targets an existing screen and is not on a terminal Footer.
 */
export function checkActions(ctx: ValidationContext): void {
  for (const [visit, screen] of ctx.actions()) {
    const { action, path } = visit;
    const name = action.name;
    const namePath = join(path, "name");
    if (typeof name !== "string") {
      ctx.schema("MISSING_REQUIRED_PROPERTY", namePath, `an action needs a "name"`);
      continue;
    }
    if (!(name in ACTION_MIN_VERSION)) {
      if (ctx.knownVersion) {
        ctx.schema(
          "INVALID_PROPERTY_VALUE",
          namePath,
          `"${name}" is not an action of Flow JSON ${ctx.version}`,
        );
      }
      continue;
    }
    const known = name as KnownActionName;
    const since = ACTION_MIN_VERSION[known];
    if (!ctx.atLeast(since)) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        namePath,
        `the ${name} action needs Flow JSON ${since} or newer; this flow is ${ctx.version}`,
      );
    }
    const allowed = allowedActions(visit);
    const where = `${visit.property} of ${visit.owner === "DataSource" || visit.owner === "NavigationItem" ? `a ${visit.owner} item` : visit.owner}`;
    if (allowed && !allowed.includes(name)) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        namePath,
        `${where} takes ${list(allowed)}, not ${name}`,
      );
    }
    if (visit.owner === "ChipsSelector" && name === "update_data" && !ctx.atLeast("7.1")) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        namePath,
        "update_data on a ChipsSelector needs Flow JSON 7.1 or newer",
      );
    }
    if (ctx.knownVersion) {
      for (const key of Object.keys(action)) {
        if (!ACTION_KEYS[known].includes(key)) {
          ctx.schema(
            "INVALID_PROPERTY_KEY",
            join(path, key),
            `the ${name} action has no property "${key}"`,
          );
        }
      }
    }
    if ("payload" in action && !isPlainObject(action.payload)) {
      ctx.schema(
        "INVALID_PROPERTY_TYPE",
        join(path, "payload"),
        "an action's payload must be an object",
      );
    }
    if (known === "update_data" && !("payload" in action)) {
      ctx.schema(
        "MISSING_REQUIRED_PROPERTY",
        join(path, "payload"),
        `update_data needs a "payload"`,
      );
    }
    if (known === "open_url" && typeof action.url !== "string") {
      ctx.schema("MISSING_REQUIRED_PROPERTY", join(path, "url"), `open_url needs a "url"`);
    }
    if (known === "navigate") {
      const next = action.next;
      const target = isPlainObject(next) ? next.name : undefined;
      if (typeof target !== "string") {
        ctx.schema(
          "MISSING_REQUIRED_PROPERTY",
          join(path, "next"),
          `navigate needs "next": {"type": "screen", "name": "<screen id>"}`,
        );
      } else if (
        (isPlainObject(next) ? (next.type ?? "screen") : "screen") === "screen" &&
        !ctx.screensById.has(target)
      ) {
        ctx.report(
          "INVALID_PROPERTY_VALUE",
          join(join(path, "next"), "name"),
          `navigate goes to "${target}", which is not a screen of this flow`,
        );
      }
      if (visit.owner === "Footer" && screen.terminal) {
        ctx.report(
          "INVALID_PROPERTY_VALUE",
          namePath,
          `the Footer of terminal screen ${screen.id} cannot navigate: use complete (or data_exchange)`,
        );
      }
    }
  }
}
