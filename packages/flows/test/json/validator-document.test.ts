import { validateFlowJson } from "@tswa/flows/json";
import { describe, expect, it } from "vitest";
import { complete, dataExchange, errorsOf, flow, footer, single, terminal } from "./fixtures.js";

describe("validateFlowJson: the document", () => {
  it("accepts a minimal valid flow", () => {
    expect(validateFlowJson(single([{ type: "TextHeading", text: "Hello" }]))).toEqual([]);
  });

  it("reports a text that is not JSON, or JSON that is not an object", () => {
    expect(validateFlowJson("{not json")).toEqual([
      {
        error: "INVALID_FLOW_JSON",
        errorType: "JSON_SCHEMA_ERROR",
        message: "the Flow JSON is not valid JSON",
        path: "",
      },
    ]);
    expect(errorsOf([])).toEqual([["INVALID_FLOW_JSON", ""]]);
    expect(errorsOf(JSON.stringify(single([])))).toEqual([]);
  });

  it("reports a missing version", () => {
    const doc = single([]);
    delete doc.version;
    expect(validateFlowJson(doc)).toEqual([
      {
        error: "MISSING_FLOW_JSON_VERSION",
        errorType: "JSON_SCHEMA_ERROR",
        message: 'a Flow JSON needs "version", such as "7.3"',
        path: "version",
      },
    ]);
  });

  it("reports a version that is not a major.minor string", () => {
    expect(errorsOf(single([], "7"))).toEqual([["INVALID_FLOW_JSON_VERSION", "version"]]);
    expect(errorsOf({ ...single([]), version: 7.1 })).toEqual([
      ["INVALID_FLOW_JSON_VERSION", "version"],
    ]);
  });

  it("reports a version that does not exist", () => {
    expect(errorsOf(single([], "5.4"))).toEqual([["UNSUPPORTED_FLOW_JSON_VERSION", "version"]]);
    expect(errorsOf(single([], "1.0"))).toEqual([["UNSUPPORTED_FLOW_JSON_VERSION", "version"]]);
  });

  it("accepts a version newer than tswa knows, checking it as the newest known one", () => {
    const doc = single([{ type: "FutureWidget", shiny: true }], "9.0");
    expect(errorsOf({ ...doc, future_top_level: 1 })).toEqual([]);
  });

  it("reports missing, mistyped and empty screens", () => {
    expect(errorsOf({ version: "7.1" })).toEqual([["MISSING_REQUIRED_PROPERTY", "screens"]]);
    expect(errorsOf({ version: "7.1", screens: {} })).toEqual([
      ["INVALID_PROPERTY_TYPE", "screens"],
    ]);
    expect(errorsOf({ version: "7.1", screens: [] })).toEqual([["MIN_ITEMS_REQUIRED", "screens"]]);
  });

  it("reports unknown top-level properties (a typo such as routingModel)", () => {
    expect(errorsOf({ ...single([]), routingModel: {} })).toEqual([
      ["INVALID_PROPERTY_KEY", "routingModel"],
    ]);
  });

  it("requires data_api_version and routing_model when a screen uses data_exchange", () => {
    const doc = flow([terminal("START", [footer(dataExchange())])]);
    expect(errorsOf(doc)).toEqual([
      ["MISSING_REQUIRED_PROPERTY", "data_api_version"],
      ["MISSING_REQUIRED_PROPERTY", "routing_model"],
    ]);
    expect(errorsOf({ ...doc, data_api_version: "3.0", routing_model: { START: [] } })).toEqual([]);
  });

  it("requires routing_model with an endpoint even without data_exchange", () => {
    expect(errorsOf({ ...single([]), data_api_version: "3.0" })).toEqual([
      ["MISSING_REQUIRED_PROPERTY", "routing_model"],
    ]);
  });

  it("reports an unknown data_api_version, and Data API 4.0 before Flow JSON 7.3", () => {
    const base = { routing_model: { START: [] } };
    expect(errorsOf({ ...single([]), ...base, data_api_version: "2.0" })).toEqual([
      ["NO_SUPPORTED_DATA_API_VERSION", "data_api_version"],
    ]);
    expect(errorsOf({ ...single([]), ...base, data_api_version: "4.0" })).toEqual([
      ["NO_SUPPORTED_DATA_API_VERSION", "data_api_version"],
    ]);
    expect(errorsOf({ ...single([], "7.3"), ...base, data_api_version: "4.0" })).toEqual([]);
  });

  it("accepts data_channel_uri before Flow JSON 3.0 only", () => {
    const legacy = {
      ...flow(
        [terminal("START", [{ type: "Form", name: "f", children: [footer(complete())] }])],
        {},
        "2.1",
      ),
      data_api_version: "3.0",
      data_channel_uri: "https://example.com/flow",
      routing_model: { START: [] },
    };
    expect(errorsOf(legacy)).toEqual([]);
    expect(errorsOf({ ...legacy, version: "3.0" })).toEqual([
      ["INVALID_PROPERTY_KEY", "data_channel_uri"],
    ]);
  });

  it("validates a FlowJSON object and a JSON string the same way as the parsed document", () => {
    const doc = single([{ type: "TextHeading", text: "x".repeat(81) }]);
    const expected = [["INVALID_PROPERTY_VALUE", "screens[0].layout.children[0].text"]];
    expect(errorsOf(doc)).toEqual(expected);
    expect(errorsOf(JSON.stringify(doc))).toEqual(expected);
  });
});
