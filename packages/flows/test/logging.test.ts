import { memoryLogger } from "@tswa/core";
import { createFlowEndpoint } from "@tswa/flows";
import { encryptFlowRequest } from "@tswa/flows/simulator";
import { describe, expect, it } from "vitest";
import { privateKeyPem, publicKeyPem } from "./fixtures/index.js";

const post = (payload: unknown) => ({
  method: "POST",
  path: "/flow",
  headers: {},
  body: Buffer.from(JSON.stringify(encryptFlowRequest(payload, publicKeyPem).envelope)),
});

describe("flow endpoint logging", () => {
  it("logs each request with the id the handler sees, and no decrypted data by default", async () => {
    const logger = memoryLogger();
    const { lines } = logger;
    const seen: (string | undefined)[] = [];
    const endpoint = createFlowEndpoint({
      path: "/flow",
      privateKey: privateKeyPem,
      logger,
      onError: () => undefined,
    })
      .onDataExchange("PIN", (req) => {
        seen.push(req.requestId);
        return req.respond({ screen: "OK", data: { secret: "s3cr3t-answer" } });
      })
      .onInit(() => {
        throw new Error("database down");
      });
    await endpoint.handle(
      post({
        version: "3.0",
        action: "data_exchange",
        screen: "PIN",
        data: { pin: "4921" },
        flow_token: "t",
      }),
    );
    await endpoint.handle(post({ version: "3.0", action: "INIT", flow_token: "t" }));
    await endpoint.handle({ method: "POST", path: "/flow", headers: {}, body: Buffer.from("{}") });
    expect(lines.map((l) => `${l.level} ${l.message} ${l.fields.status}`)).toEqual([
      "debug flow request 200",
      "error flow request failed 500",
      "info flow request rejected 400",
    ]);
    expect(lines[0]?.fields).toMatchObject({
      requestId: seen[0],
      path: "/flow",
      action: "data_exchange",
      screen: "PIN",
    });
    expect(lines[1]?.fields.error).toMatch(/FlowHandlerError: the flow handler for INIT threw/);
    const printed = JSON.stringify(lines);
    expect(printed).not.toContain("4921");
    expect(printed).not.toContain("s3cr3t-answer");
    expect(printed).not.toContain(privateKeyPem.split("\n")[1]);
    expect(new Set(lines.map((l) => l.fields.requestId)).size).toBe(3);
  });

  it("adds the request data and the response with logPayloads", async () => {
    const logger = memoryLogger();
    const { lines } = logger;
    const endpoint = createFlowEndpoint({
      privateKey: privateKeyPem,
      logger,
      logPayloads: true,
    }).onDataExchange("PIN", (req) => req.respond({ screen: "OK", data: { n: 1 } }));
    await endpoint.handle({
      ...post({ version: "3.0", action: "data_exchange", screen: "PIN", data: { pin: "4921" } }),
      path: "/",
    });
    expect(lines[0]?.fields).toMatchObject({
      data: { pin: "4921" },
      response: { version: "3.0", screen: "OK", data: { n: 1 } },
    });
  });
});
