import { isPlainObject } from "../codec.js";
import { FLOW_JSON_VERSIONS, isAtLeast, LATEST_FLOW_JSON_VERSION } from "../versions.js";
import type { FlowJsonErrorCode, FlowJsonErrorType, FlowJsonValidationError } from "./errors.js";
import {
  type ActionVisit,
  actionsOf,
  type ComponentVisit,
  join,
  type Node,
  walkComponents,
} from "./walk.js";

/** What the rules know about one screen. */
export interface ScreenInfo {
  /** The screen's JSON. */
  readonly node: Node;
  /** `screens[i]`. */
  readonly path: string;
  /** Its id (`""` when missing). */
  readonly id: string;
  /** Whether it is terminal. */
  readonly terminal: boolean;
  /** All its components, nested ones included, in document order. */
  readonly components: readonly ComponentVisit[];
  /** All actions of its components. */
  readonly actions: readonly ActionVisit[];
  /** The names of its components (what `${form.NAME}` may reference). */
  readonly fieldNames: ReadonlySet<string>;
  /** Its declared data keys (what `${data.KEY}` may reference). */
  readonly dataKeys: ReadonlySet<string>;
}

/** The document being validated, with helpers shared by every rule. */
export class ValidationContext {
  /** The document. */
  readonly doc: Node;
  /** The screens that are objects. */
  readonly screens: readonly ScreenInfo[];
  /** Screens by id. */
  readonly screensById: ReadonlyMap<string, ScreenInfo>;
  /** The errors found so far. */
  readonly errors: FlowJsonValidationError[] = [];
  /**
   * The version rules are checked against: the document's when tswa knows it, else the newest
   * known version (a newer version, or a missing or wrong one whose own error is enough).
   */
  readonly version: string;
  /** Whether the document's version is one tswa knows (unknown keys are only reported then). */
  readonly knownVersion: boolean;

  constructor(doc: Node) {
    this.doc = doc;
    const version = doc.version;
    this.knownVersion =
      typeof version === "string" && (FLOW_JSON_VERSIONS as readonly string[]).includes(version);
    this.version = this.knownVersion ? (version as string) : LATEST_FLOW_JSON_VERSION;
    const screens = Array.isArray(doc.screens) ? doc.screens : [];
    this.screens = screens.flatMap((node, index) =>
      isPlainObject(node) ? [screenInfo(node, `screens[${index}]`)] : [],
    );
    this.screensById = new Map(this.screens.map((screen) => [screen.id, screen]));
  }

  /** Whether the flow's version is `min` or newer. */
  atLeast(min: string): boolean {
    return isAtLeast(this.version, min);
  }

  /** Records an error. */
  report(
    error: FlowJsonErrorCode,
    path: string,
    message: string,
    errorType: FlowJsonErrorType = "FLOW_JSON_ERROR",
  ): void {
    this.errors.push({ error, errorType, message, path });
  }

  /** Records a `JSON_SCHEMA_ERROR`. */
  schema(error: FlowJsonErrorCode, path: string, message: string): void {
    this.report(error, path, message, "JSON_SCHEMA_ERROR");
  }

  /** Every component of every screen, with its screen. */
  *components(): Generator<[ComponentVisit, ScreenInfo]> {
    for (const screen of this.screens) {
      for (const component of screen.components) yield [component, screen];
    }
  }

  /** Every action of every screen, with its screen. */
  *actions(): Generator<[ActionVisit, ScreenInfo]> {
    for (const screen of this.screens) {
      for (const action of screen.actions) yield [action, screen];
    }
  }
}

function screenInfo(node: Node, path: string): ScreenInfo {
  const layout = isPlainObject(node.layout) ? node.layout : {};
  const components = walkComponents(layout.children, join(join(path, "layout"), "children"));
  const fieldNames = new Set<string>();
  for (const { node: component, type } of components) {
    if (type !== "Form" && typeof component.name === "string") fieldNames.add(component.name);
  }
  return {
    node,
    path,
    id: typeof node.id === "string" ? node.id : "",
    terminal: node.terminal === true,
    components,
    actions: components.flatMap(actionsOf),
    fieldNames,
    dataKeys: new Set(isPlainObject(node.data) ? Object.keys(node.data) : []),
  };
}

/** A string that is a reference or a nested expression: its length is only known at run time. */
export function isDynamic(value: unknown): boolean {
  return typeof value === "string" && (value.includes("${") || /^`[\s\S]*`$/.test(value));
}

/** `"a", "b" or "c"` for messages. */
export function list(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length < 2
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
