/**
 * An options object with Graph's snake_case keys (`addTrackPackageLink` →
 * `add_track_package_link`), its `undefined` values left out and each value mapped.
 */
export function snakeCaseFields(
  options: object,
  value: (v: unknown) => unknown = (v) => v,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value(v)]),
  );
}
