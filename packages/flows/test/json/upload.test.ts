import { type FetchLike, FlowCategory, FlowsApi, GraphClient } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { signUpFlow } from "../../../../examples/flows/sign-up.js";

/** A Graph stand-in: records each request and answers like Graph (spec 3.1), no network. */
function recordingGraph(answer: unknown) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, init });
    return Response.json(answer);
  };
  const flows = new FlowsApi(new GraphClient({ token: "test-token", fetch }), {
    businessAccountId: "102290129340398",
  });
  return { flows, requests };
}

describe("uploading a FlowJSON with the core client", () => {
  it("updateFlowJson sends the builder's JSON as the flow.json asset", async () => {
    const { flows, requests } = recordingGraph({ success: true, validation_errors: [] });
    const result = await flows.updateFlowJson("1234567890", signUpFlow);
    expect(result.success).toBe(true);
    const [request] = requests;
    expect(request?.url).toMatch(/\/1234567890\/assets$/);
    const form = request?.init.body as FormData;
    const file = form.get("file") as File;
    expect(file.name).toBe("flow.json");
    expect(await file.text()).toBe(JSON.stringify(signUpFlow));
  });

  it("createFlow sends the builder's JSON as flow_json", async () => {
    const { flows, requests } = recordingGraph({ id: "987", success: true });
    const created = await flows.createFlow({
      name: "Sign up",
      categories: [FlowCategory.SIGN_UP],
      flowJson: signUpFlow,
    });
    expect(created.id).toBe("987");
    const body = JSON.parse(String(requests[0]?.init.body)) as { flow_json: string };
    expect(body.flow_json).toBe(JSON.stringify(signUpFlow));
  });
});
