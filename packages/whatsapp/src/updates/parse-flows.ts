import { FlowsEvent } from "./flows-event.js";
import type { ChangeContext } from "./parse-context.js";
import { listOf, optNum, optStr, str } from "./read.js";

/** The event of a `flows` change. */
export function parseFlowsChange(context: ChangeContext): void {
  const v = context.value;
  context.updates.push(
    new FlowsEvent({
      wabaId: context.wabaId,
      raw: v,
      timestamp: context.timestamp,
      event: str(v, "event", ""),
      flowId: optStr(v, "flow_id", ""),
      message: optStr(v, "message", ""),
      oldStatus: optStr(v, "old_status", ""),
      newStatus: optStr(v, "new_status", ""),
      alertState: optStr(v, "alert_state", ""),
      threshold: optNum(v, "threshold", ""),
      errorRate: optNum(v, "error_rate", ""),
      errors: listOf(v, "errors", "", (e, p) => ({
        errorType: str(e, "error_type", p),
        errorRate: optNum(e, "error_rate", p),
        errorCount: optNum(e, "error_count", p),
      })),
      p50Latency: optNum(v, "p50_latency", ""),
      p90Latency: optNum(v, "p90_latency", ""),
      requestsCount: optNum(v, "requests_count", ""),
      availability: optNum(v, "availability", ""),
      warning: optStr(v, "warning", ""),
    }),
  );
}
