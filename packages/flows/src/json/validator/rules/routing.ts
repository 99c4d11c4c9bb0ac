import { isPlainObject } from "../../codec.js";
import type { ScreenInfo, ValidationContext } from "../context.js";
import { join } from "../walk.js";

const MAX_BRANCHES = 10;

/** One edge of the routing graph, with where it is written. */
interface Edge {
  readonly from: string;
  readonly to: string;
  readonly path: string;
}

/**
 * Routing-model rules (spec 6.2): every id is a screen; no self-loops or cycles; at most 10
 * branches per screen; an entry screen (no inbound edge); routes end at terminal screens; at
 * least one terminal screen ends successfully. Without `routing_model` (flows without an
 * endpoint) the graph is the one Meta derives from navigate actions. With it, every navigate
 * action must follow one of its edges.
 */
export function checkRouting(ctx: ValidationContext): void {
  const model = ctx.doc.routing_model;
  const explicit = model !== undefined;
  let edges: Edge[];
  if (!explicit) {
    edges = navigateEdges(ctx);
  } else if (!isPlainObject(model)) {
    ctx.schema(
      "INVALID_PROPERTY_TYPE",
      "routing_model",
      `"routing_model" must map screen ids to lists of screen ids`,
    );
    return;
  } else {
    edges = modelEdges(ctx, model);
    for (const edge of navigateEdges(ctx)) {
      const targets = model[edge.from];
      if (ctx.screensById.has(edge.to) && !(Array.isArray(targets) && targets.includes(edge.to))) {
        ctx.report(
          "INVALID_ROUTING_MODEL",
          edge.path,
          `screen ${edge.from} navigates to ${edge.to}, but routing_model.${edge.from} does not list ${edge.to}: add it`,
        );
      }
    }
  }
  const where = explicit ? "routing_model" : "the routing derived from navigate actions";
  const outgoing = new Map<string, Edge[]>();
  for (const edge of edges) {
    if (edge.from === edge.to) {
      ctx.report(
        "INVALID_ROUTING_MODEL",
        edge.path,
        `screen ${edge.from} routes to itself in ${where}`,
      );
      continue;
    }
    const list = outgoing.get(edge.from) ?? [];
    if (!list.some((known) => known.to === edge.to)) list.push(edge);
    outgoing.set(edge.from, list);
  }
  const cycle = findCycle(ctx.screens, outgoing);
  if (cycle) {
    ctx.report(
      "INVALID_ROUTING_MODEL",
      cycle.at,
      `${where} has a cycle (${cycle.ids.join(" -> ")}); routes must only go forward`,
    );
  }
  const inbound = new Set(edges.filter((e) => e.from !== e.to).map((e) => e.to));
  if (ctx.screens.length > 0 && ctx.screens.every((screen) => inbound.has(screen.id))) {
    ctx.report(
      "INVALID_ROUTING_MODEL",
      explicit ? "routing_model" : "screens",
      `${where} has no entry screen: every screen has an inbound route`,
    );
  }
  for (const screen of ctx.screens) {
    if (screen.terminal || (outgoing.get(screen.id)?.length ?? 0) > 0) continue;
    // A screen without a Footer is a detail page the user leaves with Back (Meta's own examples
    // have such pages); one with a Footer must lead somewhere or be terminal.
    if (!screen.components.some((c) => c.type === "Footer")) continue;
    if (!explicit && screen.actions.some((a) => a.action.name === "data_exchange")) continue;
    ctx.report(
      "INVALID_ROUTING_MODEL",
      explicit && screen.id in (model as object) ? join("routing_model", screen.id) : screen.path,
      `the route ends at screen ${screen.id}, which is not terminal: mark it terminal or route it to the next screen`,
    );
  }
  if (ctx.screens.length > 0 && !ctx.screens.some((s) => s.terminal && s.node.success !== false)) {
    ctx.report(
      "INVALID_ROUTING_MODEL",
      "screens",
      `a flow needs at least one terminal screen that ends successfully ("terminal": true, "success" not false)`,
    );
  }
}

function modelEdges(ctx: ValidationContext, model: Readonly<Record<string, unknown>>): Edge[] {
  const edges: Edge[] = [];
  for (const [from, targets] of Object.entries(model)) {
    const at = join("routing_model", from);
    if (!ctx.screensById.has(from)) {
      ctx.report(
        "INVALID_ROUTING_MODEL",
        at,
        `routing_model lists "${from}", which is not a screen of this flow`,
      );
    }
    if (!Array.isArray(targets)) {
      ctx.schema("INVALID_PROPERTY_TYPE", at, `routing_model.${from} must be a list of screen ids`);
      continue;
    }
    if (targets.length > MAX_BRANCHES) {
      ctx.report(
        "INVALID_ROUTING_MODEL",
        at,
        `screen ${from} has ${targets.length} branches; the max limit is ${MAX_BRANCHES}`,
      );
    }
    targets.forEach((to, index) => {
      if (typeof to !== "string" || !ctx.screensById.has(to)) {
        ctx.report(
          "INVALID_ROUTING_MODEL",
          join(at, index),
          `routing_model.${from} lists ${JSON.stringify(to)}, which is not a screen of this flow`,
        );
      } else if (ctx.screensById.has(from)) {
        edges.push({ from, to, path: join(at, index) });
      }
    });
  }
  return edges;
}

function navigateEdges(ctx: ValidationContext): Edge[] {
  const edges: Edge[] = [];
  for (const [visit, screen] of ctx.actions()) {
    const next = visit.action.next;
    if (visit.action.name !== "navigate" || !isPlainObject(next)) continue;
    if (typeof next.name === "string" && (next.type ?? "screen") === "screen") {
      edges.push({ from: screen.id, to: next.name, path: join(join(visit.path, "next"), "name") });
    }
  }
  return edges;
}

function findCycle(
  screens: readonly ScreenInfo[],
  outgoing: ReadonlyMap<string, readonly Edge[]>,
): { ids: string[]; at: string } | undefined {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (id: string): { ids: string[]; at: string } | undefined => {
    state.set(id, "visiting");
    stack.push(id);
    for (const edge of outgoing.get(id) ?? []) {
      const seen = state.get(edge.to);
      if (seen === "visiting") {
        return { ids: [...stack.slice(stack.indexOf(edge.to)), edge.to], at: edge.path };
      }
      if (seen === undefined) {
        const found = visit(edge.to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, "done");
    return undefined;
  };
  for (const screen of screens) {
    if (state.has(screen.id)) continue;
    const found = visit(screen.id);
    if (found) return found;
  }
  return undefined;
}
