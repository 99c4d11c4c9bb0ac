import { isPlainObject } from "../codec.js";

/** A JSON object of the document being validated. */
export type Node = Readonly<Record<string, unknown>>;

/** One component of a screen, with where it sits. */
export interface ComponentVisit {
  /** The component's JSON. */
  readonly node: Node;
  /** Its `type` (`""` when missing). */
  readonly type: string;
  /** Its path: `screens[0].layout.children[1]`. */
  readonly path: string;
  /** Whether a `Form` encloses it. */
  readonly inForm: boolean;
  /** How many `If` components enclose it. */
  readonly ifDepth: number;
  /** Whether an `If` or a `Switch` encloses it. */
  readonly conditional: boolean;
}

/** `parent.key`, or `parent[index]`. */
export function join(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return parent === "" ? key : `${parent}.${key}`;
}

interface Place {
  readonly inForm: boolean;
  readonly ifDepth: number;
  readonly conditional: boolean;
}

/**
 * Every component of a children list, depth first in document order, through Form children,
 * If branches and Switch cases.
 */
export function walkComponents(children: unknown, path: string): ComponentVisit[] {
  const visits: ComponentVisit[] = [];
  visitList(children, path, { inForm: false, ifDepth: 0, conditional: false }, visits);
  return visits;
}

function visitList(list: unknown, path: string, place: Place, out: ComponentVisit[]): void {
  if (!Array.isArray(list)) return;
  list.forEach((node, index) => {
    if (!isPlainObject(node)) return;
    const here = join(path, index);
    const type = typeof node.type === "string" ? node.type : "";
    out.push({ node, type, path: here, ...place });
    if (type === "Form") {
      visitList(node.children, join(here, "children"), { ...place, inForm: true }, out);
    } else if (type === "If") {
      const inner = { ...place, ifDepth: place.ifDepth + 1, conditional: true };
      visitList(node.then, join(here, "then"), inner, out);
      visitList(node.else, join(here, "else"), inner, out);
    } else if (type === "Switch" && isPlainObject(node.cases)) {
      for (const [key, branch] of Object.entries(node.cases)) {
        visitList(branch, join(join(here, "cases"), key), { ...place, conditional: true }, out);
      }
    }
  });
}

/** Every string inside a JSON value, with its path. */
export function* walkStrings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === "string") {
    yield [value, path];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walkStrings(item, join(path, index));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) yield* walkStrings(item, join(path, key));
  }
}

/** One action found in a component (or in one of its data-source or list items). */
export interface ActionVisit {
  /** The action's JSON. */
  readonly action: Node;
  /** Its path. */
  readonly path: string;
  /** The property holding it: `on-click-action`, `on-select-action`, `on-unselect-action`. */
  readonly property: string;
  /** What holds it: the component type, `DataSource` or `NavigationItem`. */
  readonly owner: string;
  /** The component it belongs to. */
  readonly component: ComponentVisit;
}

const ACTION_PROPERTIES = ["on-click-action", "on-select-action", "on-unselect-action"] as const;

/** The actions of a component, its data-source items and its navigation items. */
export function actionsOf(component: ComponentVisit): ActionVisit[] {
  const found: ActionVisit[] = [];
  const collect = (holder: Node, path: string, owner: string) => {
    for (const property of ACTION_PROPERTIES) {
      const value = holder[property];
      const at = join(path, property);
      if (isPlainObject(value) && "name" in value) {
        found.push({ action: value, path: at, property, owner, component });
      } else if (isPlainObject(value)) {
        // CalendarPicker in range mode: one action per end.
        for (const [end, action] of Object.entries(value)) {
          if (isPlainObject(action)) {
            found.push({ action, path: join(at, end), property, owner, component });
          }
        }
      }
    }
  };
  collect(component.node, component.path, component.type);
  const items: [string, string][] = [
    ["data-source", "DataSource"],
    ["list-items", "NavigationItem"],
  ];
  for (const [key, owner] of items) {
    const list = component.node[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (isPlainObject(item)) collect(item, join(join(component.path, key), index), owner);
    });
  }
  return found;
}
