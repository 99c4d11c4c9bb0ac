import { describe, expect, it } from "vitest";
import { expectNoToken, graphPerTest, TOKEN, tswa } from "./fixtures.js";
import { FLOW_ID, fullFlow, WABA } from "./flow-bodies.js";

const serve = graphPerTest({ WHATSAPP_TOKEN: TOKEN, WHATSAPP_BUSINESS_ACCOUNT_ID: WABA });

describe("tswa flows get", () => {
  it("prints the flow, its health and its validation errors with their JSON paths", async () => {
    const g = await serve({ [`GET /${FLOW_ID}`]: () => ({ body: fullFlow }) });
    const run = await tswa(["flows", "get", FLOW_ID], g.env);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "Sign up",
      `  id:         ${FLOW_ID}`,
      "  status:     DRAFT",
      "  categories: SIGN_UP, OTHER",
      "  Flow JSON:  7.1",
      "  Data API:   3.0",
      "  endpoint:   https://example.com/flows/sign-up",
      "  updated:    2026-11-24 10:00Z",
      `  preview:    https://business.facebook.com/wa/manage/flows/${FLOW_ID}/preview/?token=p1 (until 2026-12-24 10:00Z)`,
      `  account:    Acme (${WABA})`,
      "  app:        Acme app (841920)",
      "  can send:   BLOCKED",
      "    APP 841920: BLOCKED",
      "      131000 The endpoint is not reachable. (Check the endpoint URL.)",
      "",
      "validation errors (2):",
      "  1. INVALID_PROPERTY_VALUE (FLOW_JSON_ERROR) at line 10, column 21: Invalid value found for property 'type'.",
      "     at screens[0].layout.children[0].type (line 10, column 21)",
      '  2. MISSING_REQUIRED_PROPERTY (JSON_SCHEMA_ERROR): The property "data_api_version" is required.',
      "",
    ]);
    expect(run.stderr).toBe(`fetching flow ${FLOW_ID}…\n`);
  });

  it("asks for the health of sending from --phone-id", async () => {
    const g = await serve({ [`GET /${FLOW_ID}`]: () => ({ body: fullFlow }) });
    await tswa(["flows", "get", FLOW_ID, "--phone-id", "106540352242922"], g.env);
    expect(g.calls[0]?.query.get("fields")).toContain(
      "health_status.phone_number(106540352242922)",
    );
  });

  it("prints the whole flow as one JSON object with --json", async () => {
    const g = await serve({ [`GET /${FLOW_ID}`]: () => ({ body: fullFlow }) });
    const run = await tswa(["flows", "get", FLOW_ID, "--json"], g.env);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      id: FLOW_ID,
      status: "DRAFT",
      dataApiVersion: "3.0",
      preview: {
        url: `https://business.facebook.com/wa/manage/flows/${FLOW_ID}/preview/?token=p1`,
        expiresAt: "2026-12-24T10:00:00.000Z",
      },
      whatsappBusinessAccount: { id: WABA, name: "Acme" },
      healthStatus: { canSendMessage: "BLOCKED" },
    });
  });

  it("exits 1 with Graph's error and a hint for an id that does not exist", async () => {
    const g = await serve({});
    const run = await tswa(["flows", "get", "404404"], g.env);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        "fetching flow 404404…",
        "tswa: flows get: Graph error 100/33: Unsupported get request. Object does not exist. (fbtrace_id AxTrace42)",
        "hint: the id does not exist or the token cannot see it: check the id and the token's app",
        "",
      ].join("\n"),
    });
    expectNoToken(run);
  });

  it("exits 2 without a flow id", async () => {
    const run = await tswa(["flows", "get"], { WHATSAPP_TOKEN: TOKEN });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("tswa: flows get: missing <flow-id>");
  });
});
