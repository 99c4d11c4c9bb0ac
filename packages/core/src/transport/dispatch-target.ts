/** Origin and path of the URLs sent recently: most calls repeat a few (`<phone id>/messages`). */
const targets = new Map<string, { origin: string; path: string }>();
const MAX_TARGETS = 256;

/** A URL split as undici's `dispatch` takes it: the origin, and the path with its query. */
export function targetOf(url: string): { origin: string; path: string } {
  let target = targets.get(url);
  if (target === undefined) {
    const parsed = new URL(url);
    target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    if (targets.size >= MAX_TARGETS) targets.clear();
    targets.set(url, target);
  }
  return target;
}
