import { FlowDetails, FlowPublishingError, FlowsApi, GraphClient } from "@tswa/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  FLOW_ID,
  flowBody,
  flowsApi,
  GRAPH,
  graphErrorBody,
  TOKEN,
  useGraph,
} from "./graph-handlers.js";

const { server, seen } = useGraph();

async function fetchedFlow() {
  const flow = await flowsApi().getFlow(FLOW_ID, {
    fields: ["preview", "healthStatus"],
    phoneNumberId: "109876543210",
    invalidatePreview: true,
  });
  seen.length = 0;
  return flow;
}

const calls = () => seen.map((r) => [r.method, r.path, r.body]);

describe("FlowDetails", () => {
  it("publishes, deprecates and deletes itself", async () => {
    const flow = await fetchedFlow();
    expect(await flow.publish()).toBe(true);
    expect(await flow.deprecate()).toBe(true);
    expect(await flow.delete()).toBe(true);
    expect(calls()).toEqual([
      ["POST", `/v26.0/${FLOW_ID}/publish`, undefined],
      ["POST", `/v26.0/${FLOW_ID}/deprecate`, undefined],
      ["DELETE", `/v26.0/${FLOW_ID}`, undefined],
    ]);
  });

  it("updates its metadata and its JSON", async () => {
    const flow = await fetchedFlow();
    await flow.updateMetadata({ endpointUri: "https://example.com/v2" });
    const result = await flow.updateJson({ version: "7.1", screens: [] });
    expect(result.validationErrors).toHaveLength(2);
    expect(seen.map((r) => [r.method, r.path])).toEqual([
      ["POST", `/v26.0/${FLOW_ID}`],
      ["POST", `/v26.0/${FLOW_ID}/assets`],
    ]);
    expect(seen[0]?.body).toEqual({ endpoint_uri: "https://example.com/v2" });
    expect(seen[1]?.body).toMatchObject({ file: { text: '{"version":"7.1","screens":[]}' } });
  });

  it("lists its assets", async () => {
    const flow = await fetchedFlow();
    const assets = await flow.getAssets().toArray();
    expect(assets.map((a) => a.name)).toEqual(["flow.json"]);
    expect(seen[0]?.path).toBe(`/v26.0/${FLOW_ID}/assets`);
  });

  it("refreshes into a new snapshot with the same fields, keeping the preview link", async () => {
    const flow = await fetchedFlow();
    let fields: string | null = null;
    server.use(
      http.get(`${GRAPH}/:id`, ({ request }) => {
        fields = new URL(request.url).searchParams.get("fields");
        return HttpResponse.json({ ...flowBody, status: "PUBLISHED" });
      }),
    );
    const fresh = await flow.refresh();
    expect(fields).toBe(
      "id,name,status,categories,validation_errors,preview,health_status.phone_number(109876543210)",
    );
    expect(fresh).toBeInstanceOf(FlowDetails);
    expect(fresh).not.toBe(flow);
    expect(fresh.status).toBe("PUBLISHED");
    expect(flow.status).toBe("DRAFT");
  });

  it("calls through the client that fetched it", async () => {
    const other = new GraphClient({ token: "other-token", apiVersion: "v25.0" });
    const api = new FlowsApi(other);
    server.use(
      http.get("https://graph.facebook.com/v25.0/:id", () => HttpResponse.json(flowBody)),
      http.post("https://graph.facebook.com/v25.0/:id/publish", ({ request }) =>
        HttpResponse.json({
          success: request.headers.get("authorization") === "Bearer other-token",
        }),
      ),
    );
    const flow = await api.getFlow(FLOW_ID);
    expect(await flow.publish()).toBe(true);
    expect(seen).toHaveLength(0); // nothing went to the default client's v26.0 handlers
  });

  it("surfaces Graph's refusal as FlowPublishingError", async () => {
    const flow = await fetchedFlow();
    server.use(
      http.post(`${GRAPH}/:id/publish`, () =>
        HttpResponse.json(graphErrorBody(139002), { status: 400 }),
      ),
    );
    const error = await flow.publish().catch((e) => e);
    expect(error).toBeInstanceOf(FlowPublishingError);
    expect(error.userMessage).toBe("Fix the validation errors first.");
  });

  it("leaves its client out of JSON", async () => {
    const flow = await fetchedFlow();
    const json = JSON.parse(JSON.stringify(flow));
    expect(Object.keys(json)).toEqual([
      "id",
      "name",
      "status",
      "categories",
      "validationErrors",
      "jsonVersion",
      "dataApiVersion",
      "endpointUri",
      "preview",
      "whatsappBusinessAccount",
      "application",
      "healthStatus",
      "updatedAt",
      "raw",
    ]);
    expect(JSON.stringify(flow)).not.toContain(TOKEN);
  });
});
