/** The version of the tswa packages, sent in every request's `User-Agent`. */
export const VERSION = "0.1.0";

/** The Graph API version tswa targets by default (Graph v26.0, released 2026-07-29). */
export const DEFAULT_GRAPH_API_VERSION = "v26.0";
