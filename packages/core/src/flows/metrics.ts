import { z } from "zod";
import type { FlowMetricGranularity, FlowMetricName } from "./enums.js";
import { graphDateString, parseGraphDate, toGraphDay } from "./graph-date.js";
import type { FlowMetric } from "./types.js";

/** What `getFlowMetrics` asks for. */
export interface FlowMetricQuery {
  /** The metric, such as `FlowMetricName.ENDPOINT_REQUEST_COUNT`. */
  name: FlowMetricName;
  /** The time step: `DAY`, `HOUR` or `LIFETIME`. */
  granularity: FlowMetricGranularity;
  /** The first day (a `Date` counts by its UTC day). Default: the oldest Graph allows. */
  since?: Date | string | undefined;
  /** The last day. Default: today. */
  until?: Date | string | undefined;
}

const WORD = /^\w+$/;

/**
 * The field expansion that asks Graph for one metric, such as
 * `metric.name(ENDPOINT_REQUEST_COUNT).granularity(DAY).since(2024-01-01).until(2024-01-31)`.
 */
export function flowMetricField(query: FlowMetricQuery): string {
  // The values go inside Graph's expansion syntax: a `)` or `,` would change the request.
  if (!WORD.test(query.name)) throw new TypeError(`metric name "${query.name}" is not a word`);
  if (!WORD.test(query.granularity)) {
    throw new TypeError(`metric granularity "${query.granularity}" is not a word`);
  }
  let field = `metric.name(${query.name}).granularity(${query.granularity})`;
  if (query.since !== undefined) field += `.since(${toGraphDay(query.since, "since")})`;
  if (query.until !== undefined) field += `.until(${toGraphDay(query.until, "until")})`;
  return field;
}

/** The answer to a metric request: `{"id", "metric": {...}}`. */
export const flowMetricSchema = z
  .looseObject({
    metric: z.looseObject({
      name: z.string(),
      granularity: z.string(),
      data_points: z
        .array(
          z.looseObject({
            timestamp: graphDateString,
            data: z.array(z.looseObject({ key: z.string(), value: z.number() })),
          }),
        )
        .optional(),
    }),
  })
  .transform(
    ({ metric }): FlowMetric => ({
      name: metric.name,
      granularity: metric.granularity,
      dataPoints: (metric.data_points ?? []).map((point) => ({
        timestamp: parseGraphDate(point.timestamp),
        data: point.data.map(({ key, value }) => ({ key, value })),
      })),
    }),
  );
