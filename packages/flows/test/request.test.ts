import {
  FlowRequest,
  FlowRequestMalformed,
  FlowResponse,
  FlowTokenNoLongerValid,
} from "@tswa/flows";
import { describe, expect, it } from "vitest";

const envelope = { encrypted_flow_data: "", encrypted_aes_key: "", initial_vector: "" };
const request = (payload: Record<string, unknown>) => FlowRequest.fromPayload(payload, envelope);

describe("FlowRequest", () => {
  it("reads a data_exchange payload", () => {
    const req = request({
      version: "3.0",
      action: "data_exchange",
      screen: "SIGN_UP",
      data: { name: "Ada" },
      flow_token: "tok",
    });
    expect(req).toMatchObject({
      version: "3.0",
      action: "data_exchange",
      screen: "SIGN_UP",
      data: { name: "Ada" },
      flowToken: "tok",
      flowTokenSignature: undefined,
      rawEncrypted: envelope,
    });
    expect(req.raw).toEqual({
      version: "3.0",
      action: "data_exchange",
      screen: "SIGN_UP",
      data: { name: "Ada" },
      flow_token: "tok",
    });
  });

  it("treats INIT's empty screen as no screen and missing data as {}", () => {
    const req = request({ version: "3.0", action: "INIT", screen: "" });
    expect(req.screen).toBeUndefined();
    expect(req.data).toEqual({});
    expect(req.flowToken).toBeUndefined();
  });

  it("keeps the Data API 4.0 flow token signature and unknown actions", () => {
    const req = request({ version: "4.0", action: "future_action", flow_token_signature: "a.b.c" });
    expect(req.action).toBe("future_action");
    expect(req.flowTokenSignature).toBe("a.b.c");
  });

  it.each([
    ["no action", { version: "3.0" }],
    ["no version", { action: "INIT" }],
    ["data that is a list", { version: "3.0", action: "INIT", data: [1] }],
    ["data that is a string", { version: "3.0", action: "INIT", data: "x" }],
  ])("rejects a payload with %s as malformed (400)", (_, payload) => {
    expect(() => request(payload)).toThrow(FlowRequestMalformed);
  });

  it.each(["error", "error_message", "error_key"])("has an error when data carries %s", (key) => {
    expect(
      request({ version: "3.0", action: "data_exchange", data: { [key]: "x" } }).hasError,
    ).toBe(true);
  });

  it("has no error otherwise", () => {
    expect(request({ version: "3.0", action: "data_exchange", data: { errors: 1 } }).hasError).toBe(
      false,
    );
  });

  it("respond() fills in the version and the flow token", () => {
    const req = request({
      version: "3.0",
      action: "data_exchange",
      screen: "A",
      flow_token: "tok",
    });
    expect(req.respond({ screen: "B", data: { x: 1 } }).toJSON()).toEqual({
      version: "3.0",
      screen: "B",
      data: { x: 1 },
    });
    expect(req.respond({ closeFlow: true, data: { booked: true } }).toJSON()).toEqual({
      version: "3.0",
      screen: "SUCCESS",
      data: { extension_message_response: { params: { flow_token: "tok", booked: true } } },
    });
    expect(req.respond({ closeFlow: true, flowToken: "other" }).flowToken).toBe("other");
  });

  it("tokenNoLongerValid() throws FlowTokenNoLongerValid with the 427 body", () => {
    const req = request({ version: "3.0", action: "INIT" });
    try {
      req.tokenNoLongerValid("Open the flow again.");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FlowTokenNoLongerValid);
      expect(error).toMatchObject({ status: 427, body: { error_msg: "Open the flow again." } });
    }
  });
});

describe("FlowResponse", () => {
  it("adds error_message to the screen data", () => {
    expect(
      new FlowResponse({ screen: "A", data: { x: 1 }, errorMessage: "Try again" }).toJSON(),
    ).toEqual({
      screen: "A",
      data: { x: 1, error_message: "Try again" },
    });
  });

  it("serializes through JSON.stringify", () => {
    expect(JSON.stringify(new FlowResponse({ version: "3.0", screen: "A" }))).toBe(
      '{"version":"3.0","screen":"A","data":{}}',
    );
  });

  it("ignores errorMessage when closing the flow", () => {
    const json = new FlowResponse({ closeFlow: true, flowToken: "t", errorMessage: "x" }).toJSON();
    expect(json).toEqual({
      screen: "SUCCESS",
      data: { extension_message_response: { params: { flow_token: "t" } } },
    });
  });

  it.each([
    ["no screen without closeFlow", {}],
    ["the reserved SUCCESS screen", { screen: "SUCCESS" }],
    ["closeFlow without a flow token", { closeFlow: true }],
  ])("refuses %s", (_, options) => {
    expect(() => new FlowResponse(options)).toThrow(TypeError);
  });
});
