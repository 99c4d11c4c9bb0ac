import { describe, expect, it } from "vitest";
import { expectNoToken, graphError, graphPerTest, TOKEN, tswa } from "./fixtures.js";
import { FLOW_ID, fullFlow, WABA } from "./flow-bodies.js";

const serve = graphPerTest({ WHATSAPP_TOKEN: TOKEN, WHATSAPP_BUSINESS_ACCOUNT_ID: WABA });

describe("tswa flows publish", () => {
  it("publishes a flow", async () => {
    const g = await serve({ [`POST /${FLOW_ID}/publish`]: () => ({ body: { success: true } }) });
    const run = await tswa(["flows", "publish", FLOW_ID], g.env);
    expect(run).toEqual({
      code: 0,
      stdout: `published flow ${FLOW_ID}\n`,
      stderr: `publishing flow ${FLOW_ID}…\n`,
    });
    expect(g.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`POST /${FLOW_ID}/publish`]);
  });

  it("prints Graph's reason and the validation errors when publishing is refused, and exits 1", async () => {
    const g = await serve({
      [`POST /${FLOW_ID}/publish`]: () =>
        graphError(400, 139002, "(#139002) Publishing Flow in invalid state", 2494068, {
          error_user_msg: "Fix the validation errors first.",
          error_data: { details: "The flow has validation errors." },
        }),
      [`GET /${FLOW_ID}`]: () => ({ body: fullFlow }),
    });
    const run = await tswa(["flows", "publish", FLOW_ID], g.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toEqual([
      `publishing flow ${FLOW_ID}…`,
      `fetching the validation errors of flow ${FLOW_ID}…`,
      `tswa: flows publish: WhatsApp refused to publish flow ${FLOW_ID}: Graph error 139002/2494068: (#139002) Publishing Flow in invalid state. Fix the validation errors first. The flow has validation errors. (fbtrace_id AxTrace42)`,
      "validation errors (2):",
      "  1. INVALID_PROPERTY_VALUE (FLOW_JSON_ERROR) at line 10, column 21: Invalid value found for property 'type'.",
      "     at screens[0].layout.children[0].type (line 10, column 21)",
      '  2. MISSING_REQUIRED_PROPERTY (JSON_SCHEMA_ERROR): The property "data_api_version" is required.',
      "hint: fix the flow (tswa flows get shows it), upload its JSON again, then publish",
      "",
    ]);
    expect(g.calls.map((c) => `${c.method} ${c.path} ${c.query.get("fields") ?? ""}`)).toEqual([
      `POST /${FLOW_ID}/publish `,
      `GET /${FLOW_ID} id,name,status,categories,validation_errors`,
    ]);
    expectNoToken(run);
  });

  it("still reports the refusal when the validation errors cannot be fetched", async () => {
    const g = await serve({
      [`POST /${FLOW_ID}/publish`]: () =>
        graphError(400, 139002, "Publishing Without Specifying Endpoint Uri is Forbidden"),
    });
    const run = await tswa(["flows", "publish", FLOW_ID], g.env);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").slice(2, 4)).toEqual([
      `tswa: flows publish: WhatsApp refused to publish flow ${FLOW_ID}: Graph error 139002: Publishing Without Specifying Endpoint Uri is Forbidden. (fbtrace_id AxTrace42)`,
      "(the flow's validation errors could not be fetched: Graph error 100/33: Unsupported get request. Object does not exist. (fbtrace_id AxTrace42))",
    ]);
  });

  it("exits 1 with other Graph errors as they are", async () => {
    const g = await serve({
      [`POST /${FLOW_ID}/publish`]: () =>
        graphError(401, 190, "Error validating access token", 463),
    });
    const run = await tswa(["flows", "publish", FLOW_ID], g.env);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").slice(1)).toEqual([
      "tswa: flows publish: Graph error 190/463: Error validating access token. (fbtrace_id AxTrace42)",
      "hint: the access token expired: make a new one (a system-user token does not expire)",
      "",
    ]);
  });
});
