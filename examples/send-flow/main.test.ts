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

describe("the send-flow example", () => {
  it("sends the interactive flow message and the template of spec 4.1 and 4.2", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "examples/send-flow/main.ts"],
      {
        cwd: root,
        env: {
          ...process.env,
          PHONE_ID: "106540352242922",
          WHATSAPP_TOKEN: "example-token",
          TO: "16505551234",
          FLOW_ID: "1187440182476201",
          GRAPH_BASE_URL: graph.url,
        },
      },
    );
    expect(stdout).toBe("flow message sent: wamid.demo1\ntemplate sent: wamid.demo2\n");
    type Sent = {
      interactive: { action: { parameters: Record<string, unknown> } };
      template: { components: unknown[] };
    };
    const [message, template] = graph.sent as unknown as [Sent, Sent];
    expect(message.interactive.action.parameters).toMatchObject({
      flow_message_version: "3",
      flow_id: "1187440182476201",
      flow_cta: "Book",
      flow_action: "navigate",
      mode: "published",
      flow_action_payload: {
        screen: "APPOINTMENT",
        data: { department: "dermatology", dates: ["2026-12-01", "2026-12-02"] },
      },
    });
    expect(String(message.interactive.action.parameters.flow_token)).toMatch(
      /^booking:16505551234:\d+$/,
    );
    expect(template.template.components).toEqual([
      {
        type: "button",
        sub_type: "flow",
        index: "0",
        parameters: [
          {
            type: "action",
            action: {
              flow_token: "booking:16505551234",
              flow_action_data: { department: "dermatology" },
            },
          },
        ],
      },
    ]);
  });
});
