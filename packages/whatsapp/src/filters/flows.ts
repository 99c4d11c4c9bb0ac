import { type Guard, guard } from "./filter.js";

/**
 * Passes completions of flows sent with one of the flow tokens (`flowToken` of the flow
 * button), so each flow you send can have its own handler.
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onFlowCompletion(filters.flowToken("signup-2026"), (flow) => console.log(flow.response));
 * ```
 */
export function flowToken(
  ...tokens: readonly string[]
): Guard<{ readonly kind: "flowCompletion"; readonly flowToken: string }> {
  if (tokens.length === 0) throw new TypeError("filters.flowToken: give one or more tokens");
  const wanted = new Set(tokens);
  return guard(
    (u) => u.kind === "flowCompletion" && u.flowToken !== undefined && wanted.has(u.flowToken),
  );
}
