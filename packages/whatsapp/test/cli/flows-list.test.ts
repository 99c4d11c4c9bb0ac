import { describe, expect, it } from "vitest";
import { expectNoToken, type GraphCall, graphPerTest, TOKEN, tswa } from "./fixtures.js";
import { FLOW_ID, flow, validationErrors, WABA } from "./flow-bodies.js";

const serve = graphPerTest({ WHATSAPP_TOKEN: TOKEN, WHATSAPP_BUSINESS_ACCOUNT_ID: WABA });

/** Two pages of flows: the second is asked for with the first page's `after` cursor. */
function twoPages(call: GraphCall) {
  if (call.query.get("after") === "c1") {
    return {
      body: { data: [flow("3", "Survey", "DEPRECATED")], paging: { cursors: { before: "c1" } } },
    };
  }
  return {
    body: {
      data: [
        flow(FLOW_ID, "Sign up", "DRAFT", { validation_errors: validationErrors }),
        flow("22", "Feedback form", "PUBLISHED", { updated_at: undefined }),
      ],
      paging: { cursors: { after: "c1" }, next: `https://graph.facebook.com/next?after=c1` },
    },
  };
}

describe("tswa flows list", () => {
  it("prints every flow of every page as a table", async () => {
    const g = await serve({ [`GET /${WABA}/flows`]: twoPages });
    const run = await tswa(["flows", "list"], g.env);
    expect(run).toEqual({
      code: 0,
      stdout: [
        "ID                STATUS      ERRORS  UPDATED            NAME",
        "1187440182476201  DRAFT       2       2026-11-24 10:00Z  Sign up",
        "22                PUBLISHED   0       -                  Feedback form",
        "3                 DEPRECATED  0       2026-11-24 10:00Z  Survey",
        "",
      ].join("\n"),
      stderr: `listing the flows of business account ${WABA}…\n3 flows\n`,
    });
    expect(g.calls.map((c) => c.query.get("after"))).toEqual([null, "c1"]);
    expect(g.calls[0]?.query.get("fields")).toBe(
      "id,name,status,categories,validation_errors,json_version,data_api_version,endpoint_uri,updated_at",
    );
    expect(g.calls[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expectNoToken(run);
  });

  it("prints one JSON object per flow with --json, and keeps progress off stdout", async () => {
    const g = await serve({ [`GET /${WABA}/flows`]: twoPages });
    const run = await tswa(["flows", "list", "--json"], g.env);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((f) => [f.id, f.status, f.validationErrors.length])).toEqual([
      [FLOW_ID, "DRAFT", 2],
      ["22", "PUBLISHED", 0],
      ["3", "DEPRECATED", 0],
    ]);
    expect(lines[0]).toEqual({
      id: FLOW_ID,
      name: "Sign up",
      status: "DRAFT",
      categories: ["SIGN_UP"],
      validationErrors: [
        {
          error: "INVALID_PROPERTY_VALUE",
          errorType: "FLOW_JSON_ERROR",
          message: "Invalid value found for property 'type'.",
          lineStart: 10,
          lineEnd: 10,
          columnStart: 21,
          columnEnd: 34,
          pointers: [
            {
              path: "screens[0].layout.children[0].type",
              lineStart: 10,
              lineEnd: 10,
              columnStart: 21,
              columnEnd: 34,
            },
          ],
        },
        {
          error: "MISSING_REQUIRED_PROPERTY",
          errorType: "JSON_SCHEMA_ERROR",
          message: 'The property "data_api_version" is required.',
          pointers: [],
        },
      ],
      jsonVersion: "7.1",
      updatedAt: "2026-11-24T10:00:00.000Z",
    });
    expect(run.stderr).toBe(`listing the flows of business account ${WABA}…\n3 flows\n`);
  });

  it("takes the account from --waba-id over the environment", async () => {
    const g = await serve({
      "GET /777/flows": () => ({ body: { data: [] } }),
    });
    const run = await tswa(["flows", "list", "--waba-id", "777"], g.env);
    expect(run).toEqual({
      code: 0,
      stdout: "(no flows)\n",
      stderr: "listing the flows of business account 777…\n0 flows\n",
    });
  });

  it("exits 2 naming WHATSAPP_BUSINESS_ACCOUNT_ID when no account is given", async () => {
    const run = await tswa(["flows", "list"], { WHATSAPP_TOKEN: TOKEN });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      "tswa: flows list: missing the WhatsApp Business Account id: pass --waba-id or set WHATSAPP_BUSINESS_ACCOUNT_ID",
    );
  });

  it("exits 1 with the network failure when Graph cannot be reached", async () => {
    const g = await serve({});
    await g.close();
    const run = await tswa(["flows", "list"], g.env);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").slice(1)).toEqual([
      `tswa: flows list: cannot reach ${g.url}: connect ECONNREFUSED ${g.url.replace("http://", "")}`,
      "hint: check your network, and --base-url (GRAPH_BASE_URL) if you changed it",
      "",
    ]);
  });
});
