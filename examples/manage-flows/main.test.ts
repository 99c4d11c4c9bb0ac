import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphStandIn, startGraphStandIn } from "../graph-stand-in.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
let graph: GraphStandIn;
beforeAll(async () => {
  graph = await startGraphStandIn();
});
afterAll(() => graph.close());

describe("the manage-flows example", () => {
  it("creates, uploads, publishes, lists and previews a flow", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "examples/manage-flows/main.ts"],
      {
        cwd: root,
        env: {
          ...process.env,
          WHATSAPP_TOKEN: "t",
          WABA_ID: "102290129340398",
          GRAPH_BASE_URL: graph.url,
        },
      },
    );
    expect(stdout.split("\n")).toEqual([
      "created flow 1187440182476201",
      "uploaded flow.json: 0 validation errors",
      "published: Sign up is PUBLISHED (Flow JSON 7.1)",
      "  1187440182476201  DRAFT      Sign up",
      "  2  PUBLISHED  Survey",
      "preview until 2026-12-24T10:00:00.000Z: https://business.facebook.com/wa/manage/flows/1187440182476201/preview/?token=demo",
      "",
    ]);
    const calls = graph.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([
      "POST /102290129340398/flows",
      "POST /1187440182476201/assets",
      "GET /1187440182476201",
      "POST /1187440182476201/publish",
      "GET /1187440182476201",
      "GET /102290129340398/flows",
      "GET /1187440182476201",
    ]);
    const upload = graph.requests[1];
    expect(upload?.contentType).toMatch(/^multipart\/form-data/);
    expect(String(upload?.body)).toContain('filename="flow.json"');
    expect(String(upload?.body)).toContain('"version":"7.1"');
  });
});
