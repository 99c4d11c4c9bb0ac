import { FlowMetricGranularity, FlowMetricName, flowMetricField } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { FLOW_ID, flowsApi, useGraph } from "./graph-handlers.js";

const { seen } = useGraph();

describe("getFlowMetrics", () => {
  it("asks with Graph's field expansion and returns typed data points", async () => {
    const metric = await flowsApi().getFlowMetrics({
      flowId: FLOW_ID,
      name: FlowMetricName.ENDPOINT_REQUEST_ERROR,
      granularity: FlowMetricGranularity.DAY,
      since: "2024-01-28",
      until: new Date(Date.UTC(2024, 0, 29, 23, 59)),
    });
    expect(seen.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
      [
        "GET",
        `/v26.0/${FLOW_ID}`,
        {
          fields:
            "metric.name(ENDPOINT_REQUEST_ERROR).granularity(DAY).since(2024-01-28).until(2024-01-29)",
        },
        undefined,
      ],
    ]);
    expect(metric).toEqual({
      name: "ENDPOINT_REQUEST_ERROR",
      granularity: "DAY",
      dataPoints: [
        {
          timestamp: new Date("2024-01-28T08:00:00Z"),
          data: [
            { key: "timeout_error", value: 4 },
            { key: "unexpected_http_status_code", value: 2 },
          ],
        },
        { timestamp: new Date("2024-01-29T08:00:00Z"), data: [{ key: "timeout_error", value: 0 }] },
      ],
    });
  });

  it("leaves since and until to Graph when not given", () => {
    expect(flowMetricField({ name: "ENDPOINT_AVAILABILITY", granularity: "LIFETIME" })).toBe(
      "metric.name(ENDPOINT_AVAILABILITY).granularity(LIFETIME)",
    );
  });

  it("refuses values that would break out of the expansion syntax, before any request", async () => {
    expect(() => flowMetricField({ name: "X).other(1", granularity: "DAY" })).toThrow(
      'metric name "X).other(1" is not a word',
    );
    await expect(
      flowsApi().getFlowMetrics({
        flowId: FLOW_ID,
        name: "ENDPOINT_REQUEST_COUNT",
        granularity: "DAY",
        since: "28/01/2024",
      }),
    ).rejects.toThrow('since must be a Date or a YYYY-MM-DD string, got "28/01/2024"');
    expect(seen).toHaveLength(0);
  });
});
