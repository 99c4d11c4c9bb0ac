import { FlowClientSimulator, runFlowSession } from "@tswa/flows/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_SECRET, publicKeyPem, type ServedEndpoint, serveEndpoint } from "./fixtures/index.js";

let served: ServedEndpoint;
const seen: string[] = [];

beforeAll(async () => {
  served = await serveEndpoint({}, (e) =>
    e
      .onInit((req) => req.respond({ screen: "DETAILS", data: { step: 1 } }))
      .onDataExchange("DETAILS", (req) => {
        seen.push(`${req.action}:${JSON.stringify(req.data)}:${req.flowToken}`);
        return req.respond({ closeFlow: true, data: { saved: req.data.name } });
      })
      .onBack("DETAILS", (req) => req.respond({ screen: "DETAILS", data: { step: 0 } })),
  );
});
afterAll(() => served.close());

describe("the WhatsApp-client simulator", () => {
  it("runs ping, INIT, data_exchange, BACK and an error notification", async () => {
    const client = new FlowClientSimulator({
      url: served.url,
      publicKey: publicKeyPem,
      appSecret: APP_SECRET,
      flowToken: "tok-9",
    });
    const steps: string[] = [];
    const session = await runFlowSession(client, {
      data: { name: "Ada" },
      onExchange: (step) => steps.push(step),
    });
    expect(steps).toEqual(["ping", "INIT", "data_exchange", "BACK", "error"]);
    expect(session.ping.response).toEqual({ data: { status: "active" } });
    expect(session.INIT.response).toEqual({ version: "3.0", screen: "DETAILS", data: { step: 1 } });
    expect(session.data_exchange.response).toEqual({
      version: "3.0",
      screen: "SUCCESS",
      data: { extension_message_response: { params: { flow_token: "tok-9", saved: "Ada" } } },
    });
    expect(session.BACK.response).toEqual({ version: "3.0", screen: "DETAILS", data: { step: 0 } });
    // The error notification skips the DETAILS handler (no callOnError) and there is no main one.
    expect(session.error).toMatchObject({ status: 500 });
    expect(seen).toContain('data_exchange:{"name":"Ada"}:tok-9');
  });
});
