/** Every typed update of pywa's payload examples, labelled `file/example`, for the filter tests. */
import type { Update } from "tswa";
import {
  PYWA_UPDATE_FILES,
  pywaPayload,
  typedUpdates,
  typedUpdatesOf,
} from "../fixtures/pywa-updates.js";

/** One parsed example. */
export interface Example {
  label: string;
  update: Update;
}

/** Each example of each file; an example with several updates gives each its own entry. */
export const EXAMPLES: readonly Example[] = PYWA_UPDATE_FILES.flatMap((file) =>
  Object.keys(pywaPayload(file)).flatMap((name) =>
    typedUpdates(file, name).map((update) => ({ label: `${file}/${name}`, update })),
  ),
);

/** The labels of the examples a filter passes (awaiting async filters). */
export async function passing(filter: (update: Update) => unknown): Promise<string[]> {
  const labels: string[] = [];
  for (const { label, update } of EXAMPLES) if ((await filter(update)) === true) labels.push(label);
  return labels;
}

/**
 * The only update of a pywa example after setting fields of its change's `value`, by dotted
 * path (`"messages.0.text.body"`); `undefined` deletes the field. A real payload, edited.
 */
export function editedExample(
  file: string,
  name: string,
  edits: Readonly<Record<string, unknown>>,
): Update {
  const body = structuredClone(pywaPayload(file, name)) as {
    entry: { changes: { value: Record<string, unknown> }[] }[];
  };
  const value = body.entry[0]?.changes[0]?.value as Record<string, unknown>;
  for (const [path, to] of Object.entries(edits)) {
    const keys = path.split(".");
    const last = keys.pop() as string;
    let node = value;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    if (to === undefined) delete node[last];
    else node[last] = to;
  }
  const updates = typedUpdatesOf(body);
  if (updates.length !== 1) throw new Error(`expected one update from ${file}/${name}`);
  return updates[0] as Update;
}
