/**
 * Flow JSON versions known to tswa, oldest first (spec 6.1). Versions Meta adds later are plain
 * strings: the builder accepts them, and the validator treats them as the newest known version.
 */
export const FLOW_JSON_VERSIONS = [
  "2.1",
  "3.0",
  "3.1",
  "4.0",
  "5.0",
  "5.1",
  "6.0",
  "6.1",
  "6.2",
  "6.3",
  "7.0",
  "7.1",
  "7.2",
  "7.3",
] as const;

/** A Flow JSON version tswa knows the features of. */
export type KnownFlowJSONVersion = (typeof FLOW_JSON_VERSIONS)[number];

/**
 * The `version` of a Flow JSON: a known version, or any `"{major}.{minor}"` Meta releases later.
 * (`string & {}` keeps editor completion for the known values.)
 */
export type FlowJSONVersion = KnownFlowJSONVersion | (string & {});

/** The newest Flow JSON version tswa knows (pywa's `Version.FLOW_JSON`). */
export const LATEST_FLOW_JSON_VERSION = "7.3" satisfies KnownFlowJSONVersion;

/** Data API versions of flow endpoints (`data_api_version`); 4.0 needs Flow JSON 7.3 or newer. */
export const FLOW_DATA_API_VERSIONS = ["3.0", "4.0"] as const;

/** The `data_api_version` of an endpoint flow. */
export type FlowDataApiVersion = (typeof FLOW_DATA_API_VERSIONS)[number] | (string & {});

/**
 * The known versions from `Min` on: `VersionsFrom<"6.3">` is `"6.3" | "7.0" | … | "7.3"`.
 * Used to check at compile time that a component fits the flow's version.
 */
export type VersionsFrom<
  Min extends string,
  List extends readonly string[] = typeof FLOW_JSON_VERSIONS,
> = List extends readonly [infer Head, ...infer Rest extends readonly string[]]
  ? Head extends Min
    ? List[number]
    : VersionsFrom<Min, Rest>
  : never;

const VERSION_FORMAT = /^(\d+)\.(\d+)$/;

/** Whether `value` has the `"{major}.{minor}"` form of a Flow JSON or Data API version. */
export function isVersionString(value: unknown): value is string {
  return typeof value === "string" && VERSION_FORMAT.test(value);
}

/**
 * Compares two `"{major}.{minor}"` versions numerically: negative when `a` is older, 0 when equal,
 * positive when newer (`"6.10"` is newer than `"6.9"`).
 *
 * @throws TypeError when a version does not have the `"{major}.{minor}"` form.
 */
export function compareVersions(a: string, b: string): number {
  const [, aMajor, aMinor] = VERSION_FORMAT.exec(a) ?? [];
  const [, bMajor, bMinor] = VERSION_FORMAT.exec(b) ?? [];
  if (aMajor === undefined || bMajor === undefined) {
    throw new TypeError(`cannot compare versions "${a}" and "${b}": expected "major.minor"`);
  }
  return Number(aMajor) - Number(bMajor) || Number(aMinor) - Number(bMinor);
}

/** Whether `version` is `min` or newer. */
export function isAtLeast(version: string, min: string): boolean {
  return compareVersions(version, min) >= 0;
}
