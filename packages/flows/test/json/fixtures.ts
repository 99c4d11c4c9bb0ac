// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import { validateFlowJson } from "@tswa/flows/json";

/** A JSON object of a test document. */
export type Json = Record<string, unknown>;

/** `{"name":"complete","payload":…}` */
export const complete = (payload: Json = {}): Json => ({ name: "complete", payload });

/** `{"name":"navigate","next":{"type":"screen","name":…},"payload":…}` */
export const navigate = (to: string, payload: Json = {}): Json => ({
  name: "navigate",
  next: { type: "screen", name: to },
  payload,
});

/** `{"name":"data_exchange","payload":…}` */
export const dataExchange = (payload: Json = {}): Json => ({ name: "data_exchange", payload });

/** A Footer. */
export const footer = (action: Json = complete(), label = "Done"): Json => ({
  type: "Footer",
  label,
  "on-click-action": action,
});

/** A screen. */
export const screen = (id: string, children: unknown[], props: Json = {}): Json => ({
  id,
  ...props,
  layout: { type: "SingleColumnLayout", children },
});

/** A terminal screen. */
export const terminal = (id: string, children: unknown[], props: Json = {}): Json =>
  screen(id, children, { terminal: true, ...props });

/** A document. */
export const flow = (screens: Json[], props: Json = {}, version = "7.1"): Json => ({
  version,
  ...props,
  screens,
});

/** A one-screen document: `children` then a completing Footer, on terminal screen START. */
export const single = (children: unknown[], version = "7.1"): Json =>
  flow([terminal("START", [...children, footer()])], {}, version);

/** The path of the n-th child of the first screen. */
export const child = (index: number, rest = ""): string =>
  `screens[0].layout.children[${index}]${rest}`;

/** Validates and returns `[error, path]` pairs, to compare with the exact expected list. */
export function errorsOf(doc: unknown): [string, string][] {
  return validateFlowJson(doc).map((e) => [e.error, e.path]);
}

/** The message of the only error, to check that it explains the fix. */
export function onlyMessage(doc: unknown): string {
  const errors = validateFlowJson(doc);
  if (errors.length !== 1) {
    throw new Error(`expected one error, got ${JSON.stringify(errors, null, 2)}`);
  }
  return (errors[0] as { message: string }).message;
}
