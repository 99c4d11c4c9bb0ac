import {
  FlowBlockedByIntegrity,
  FlowDeletingError,
  FlowDeprecatingError,
  FlowMetricsThresholdNotReached,
  FlowPublishingError,
  type FlowsApi,
  FlowUpdatingError,
  GraphApiError,
  GraphResponseError,
} from "@tswa/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  answerEverything,
  FLOW_ID,
  flowsApi,
  GRAPH,
  graphErrorBody,
  useGraph,
} from "./graph-handlers.js";

const { server, seen } = useGraph();

const cases: [
  string,
  number,
  new (...args: never[]) => GraphApiError,
  (api: FlowsApi) => Promise<unknown>,
][] = [
  [
    "createFlow",
    139000,
    FlowBlockedByIntegrity,
    (api) => api.createFlow({ name: "n", categories: ["OTHER"] }),
  ],
  [
    "updateFlowJson",
    139001,
    FlowUpdatingError,
    (api) => api.updateFlowJson(FLOW_ID, { version: "7.1" }),
  ],
  [
    "updateFlowMetadata",
    139001,
    FlowUpdatingError,
    (api) => api.updateFlowMetadata(FLOW_ID, { name: "n" }),
  ],
  ["publishFlow", 139002, FlowPublishingError, (api) => api.publishFlow(FLOW_ID)],
  ["deprecateFlow", 139003, FlowDeprecatingError, (api) => api.deprecateFlow(FLOW_ID)],
  ["deleteFlow", 139004, FlowDeletingError, (api) => api.deleteFlow(FLOW_ID)],
  [
    "getFlowMetrics",
    139006,
    FlowMetricsThresholdNotReached,
    (api) =>
      api.getFlowMetrics({ flowId: FLOW_ID, name: "ENDPOINT_REQUEST_COUNT", granularity: "DAY" }),
  ],
];

describe("Graph errors of flow calls", () => {
  it.each(cases)("%s turns error %i into its class", async (_, code, Class, run) => {
    server.use(answerEverything(seen, 400, graphErrorBody(code)));
    const error = (await run(flowsApi()).catch((e: unknown) => e)) as GraphApiError;
    expect(error).toBeInstanceOf(Class);
    expect(error.code).toBe(code);
    expect(error.status).toBe(400);
    expect(error.fbtraceId).toBe("AbCdEfGhIjKlMn");
    expect(seen).toHaveLength(1); // a POST that reached Graph is not repeated
  });

  it("turns error 100 of getFlows (flow not found) into a GraphApiError while iterating", async () => {
    server.use(
      answerEverything(
        seen,
        400,
        graphErrorBody(100, { message: "Invalid parameter", error_subcode: 33 }),
      ),
    );
    const iterate = async () => {
      for await (const _ of flowsApi().getFlows()) expect.unreachable();
    };
    const error = await iterate().catch((e) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect([error.code, error.subcode]).toEqual([100, 33]);
  });

  it("reports an error page that is not Graph's as GraphResponseError with its status", async () => {
    server.use(
      http.post(
        `${GRAPH}/:id/publish`,
        () =>
          new HttpResponse("<html>502 Bad Gateway</html>", {
            status: 502,
            headers: { "content-type": "text/html" },
          }),
      ),
    );
    const error = await flowsApi()
      .publishFlow(FLOW_ID)
      .catch((e) => e);
    expect(error).toBeInstanceOf(GraphResponseError);
    expect(error.status).toBe(502);
    expect(error.rawBody).toBe("<html>502 Bad Gateway</html>");
    expect(error.message).toBe(
      `POST /${FLOW_ID}/publish: the answer is not a Graph API error body (HTTP 502)`,
    );
  });
});
