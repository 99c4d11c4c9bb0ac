import { z } from "zod";
import { lenientNumber } from "./common.js";
import { FlowsEvent } from "./flows-event.js";
import { reason, type UnreadableItem } from "./parse-messages.js";

const optionalNumber = lenientNumber.optional();

const flowsValueSchema = z.looseObject({
  event: z.string(),
  flow_id: z.union([z.string(), z.number()]).transform(String).optional(),
  message: z.string().optional(),
  old_status: z.string().optional(),
  new_status: z.string().optional(),
  alert_state: z.string().optional(),
  threshold: optionalNumber,
  error_rate: optionalNumber,
  errors: z
    .array(
      z.looseObject({
        error_type: z.string(),
        error_rate: optionalNumber,
        error_count: optionalNumber,
      }),
    )
    .optional(),
  p50_latency: optionalNumber,
  p90_latency: optionalNumber,
  requests_count: optionalNumber,
  availability: optionalNumber,
  warning: z.string().optional(),
});

/** The typed event of one `flows` change, or why it could not be read. */
export function parseFlowsChange(
  value: Record<string, unknown>,
  wabaId: string,
  timestamp: Date | undefined,
): { event: FlowsEvent | undefined; unreadable: UnreadableItem[] } {
  const parsed = flowsValueSchema.safeParse(value);
  if (!parsed.success) {
    return { event: undefined, unreadable: [{ path: "value", reason: reason(parsed.error) }] };
  }
  const v = parsed.data;
  return {
    unreadable: [],
    event: new FlowsEvent({
      event: v.event,
      flowId: v.flow_id,
      message: v.message,
      timestamp,
      oldStatus: v.old_status,
      newStatus: v.new_status,
      alertState: v.alert_state,
      threshold: v.threshold,
      errorRate: v.error_rate,
      errors: (v.errors ?? []).map((e) => ({
        errorType: e.error_type,
        errorRate: e.error_rate,
        errorCount: e.error_count,
      })),
      p50Latency: v.p50_latency,
      p90Latency: v.p90_latency,
      requestsCount: v.requests_count,
      availability: v.availability,
      warning: v.warning,
      wabaId,
      raw: value,
    }),
  };
}
