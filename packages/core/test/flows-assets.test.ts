import { FlowPreview } from "@tswa/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { FLOW_ID, flowBody, flowsApi, GRAPH, useGraph } from "./graph-handlers.js";

const { server, seen } = useGraph();

describe("getFlowAssets", () => {
  it("GETs /{flow}/assets with the asset fields and maps each asset", async () => {
    const assets = await flowsApi().getFlowAssets(FLOW_ID, { limit: 10 }).toArray();
    expect(seen.map((r) => [r.method, r.path, r.query])).toEqual([
      ["GET", `/v26.0/${FLOW_ID}/assets`, { fields: "name,asset_type,download_url", limit: "10" }],
    ]);
    expect(assets).toEqual([
      {
        name: "flow.json",
        type: "FLOW_JSON",
        url: "https://scontent.xx.fbcdn.net/m1/v/t0.57323-24/An_Hq0jnfJ",
      },
    ]);
  });

  it("starts from a cursor the caller kept", async () => {
    const page = await flowsApi().getFlowAssets(FLOW_ID, { after: "QVFIUe" });
    expect(seen[0]?.query).toEqual({ fields: "name,asset_type,download_url", after: "QVFIUe" });
    expect(page.hasNextPage()).toBe(false);
  });
});

describe("getFlowPreview", () => {
  it("asks for preview.invalidate(false) by default and reads the link and its expiry", async () => {
    const preview = await flowsApi().getFlowPreview(FLOW_ID);
    expect(seen.map((r) => [r.method, r.path, r.query])).toEqual([
      ["GET", `/v26.0/${FLOW_ID}`, { fields: "preview.invalidate(false)" }],
    ]);
    expect(preview).toBeInstanceOf(FlowPreview);
    expect(preview.url).toBe(flowBody.preview.preview_url);
    expect(preview.expiresAt).toEqual(new Date(Date.UTC(2026, 8, 21, 11, 18, 9)));
  });

  it("asks for a new link with invalidate: true", async () => {
    await flowsApi().getFlowPreview(FLOW_ID, { invalidate: true });
    expect(seen[0]?.query).toEqual({ fields: "preview.invalidate(true)" });
  });

  it("reads expiry offsets other than UTC", async () => {
    server.use(
      http.get(`${GRAPH}/:id`, () =>
        HttpResponse.json({
          id: FLOW_ID,
          preview: { preview_url: "https://p.example/x", expires_at: "2026-09-21T13:18:09+0200" },
        }),
      ),
    );
    const preview = await flowsApi().getFlowPreview(FLOW_ID);
    expect(preview.expiresAt.toISOString()).toBe("2026-09-21T11:18:09.000Z");
  });

  it("adds interactive preview options to the link, keeping its token", () => {
    const preview = new FlowPreview(
      "https://business.facebook.com/wa/manage/flows/1/preview/?token=b9d6",
      new Date(0),
    );
    const url = new URL(
      preview.withParams({
        interactive: true,
        flowToken: "tok-1",
        flowAction: "navigate",
        flowActionPayload: { screen: "WELCOME", data: { name: "Ada" } },
        phoneNumber: "15550001111",
        debug: false,
      }),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      token: "b9d6",
      interactive: "true",
      flow_token: "tok-1",
      flow_action: "navigate",
      flow_action_payload: '{"screen":"WELCOME","data":{"name":"Ada"}}',
      phone_number: "15550001111",
      debug: "false",
    });
    expect(preview.withParams({})).toBe(preview.url);
  });
});
