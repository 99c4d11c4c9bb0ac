// biome-ignore-all lint/suspicious/noThenProperty: "then" is the branch of Meta's If component
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import { describe, expect, it } from "vitest";
import { child, errorsOf, flow, footer, onlyMessage, single, terminal } from "./fixtures.js";

const data = { on: { type: "boolean", __example__: true } };
const withData = (children: unknown[]) => flow([terminal("START", children, { data })]);
const heading = { type: "TextHeading", text: "Hi" };

describe("validateFlowJson: Footer rules", () => {
  it("requires a Footer on terminal screens", () => {
    const doc = flow([terminal("START", [heading])]);
    expect(errorsOf(doc)).toEqual([["MISSING_REQUIRED_PROPERTY", "screens[0].layout"]]);
    expect(onlyMessage(doc)).toBe(
      "terminal screen START needs a Footer (usually with a complete action)",
    );
  });

  it("allows one Footer per screen", () => {
    expect(errorsOf(single([footer()]))).toEqual([["INVALID_PROPERTY_VALUE", child(1)]]);
  });

  it("requires else when then has a Footer", () => {
    const doc = withData([{ type: "If", condition: "${data.on}", then: [footer()] }]);
    expect(errorsOf(doc)).toEqual([["MISSING_REQUIRED_PROPERTY", child(0, ".else")]]);
  });

  it("requires a Footer in both branches", () => {
    const doc = withData([
      { type: "If", condition: "${data.on}", then: [heading], else: [footer()] },
    ]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(0, ".then")]]);
    const both = withData([
      { type: "If", condition: "${data.on}", then: [footer()], else: [footer()] },
    ]);
    expect(errorsOf(both)).toEqual([]);
  });

  it("forbids a Footer outside an If that has one", () => {
    const doc = withData([
      { type: "If", condition: "${data.on}", then: [footer()], else: [footer()] },
      footer(),
    ]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(0, ".then[0]")]]);
  });

  it("forbids a Footer in a nested If", () => {
    const inner = { type: "If", condition: "${data.on}", then: [footer()], else: [footer()] };
    const doc = withData([
      { type: "If", condition: "${data.on}", then: [inner], else: [footer()] },
    ]);
    expect(errorsOf(doc)).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".then[0].then[0]")],
      ["INVALID_PROPERTY_VALUE", child(0, ".then[0].else[0]")],
    ]);
  });
});
