/** The global `fetch` when this module loaded: Node's own unless something patched it first. */
const fetchAtLoad: unknown = globalThis.fetch;

/**
 * Whether `fetchAtLoad` is certainly Node's built-in fetch. Node's is a JavaScript function that
 * loads its bundled undici (`internal/deps/undici`); a wrapper (msw's proxy, an APM's, a
 * polyfill) reads differently. Older `@mswjs/interceptors` (up to 0.39) also mark their patched
 * fetch with an own symbol described `isPatchedModule`. When in doubt the answer is no, which
 * only costs speed: Graph calls then go through the global fetch.
 */
const nodeFetchAtLoad =
  typeof fetchAtLoad === "function" &&
  Function.prototype.toString.call(fetchAtLoad).includes("internal/deps/undici") &&
  !Object.getOwnPropertySymbols(fetchAtLoad).some((s) => s.description === "isPatchedModule");

/**
 * Whether the global `fetch` is still Node's own, so a Graph call may skip it and send through
 * undici directly: false once msw (`server.listen()`), `vi.stubGlobal("fetch")`, an APM agent
 * or anything else has replaced it, including before tswa was imported, and true again once
 * the original is restored (msw's `server.close()`).
 */
export function globalFetchIsNative(): boolean {
  return nodeFetchAtLoad && globalThis.fetch === fetchAtLoad;
}
