// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import { describe, expect, it } from "vitest";
import {
  errorsOf,
  flow,
  footer,
  navigate,
  onlyMessage,
  screen,
  single,
  terminal,
} from "./fixtures.js";

const input = { type: "TextInput", name: "email", label: "Email" };

describe("validateFlowJson: screens", () => {
  it("reports the reserved screen id SUCCESS", () => {
    const doc = flow([terminal("SUCCESS", [footer()])]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", "screens[0].id"]]);
    expect(onlyMessage(doc)).toContain("reserved");
  });

  it("reports two screens with the same id", () => {
    const doc = flow([
      screen("A", [footer(navigate("B"))]),
      terminal("B", [footer()]),
      terminal("B", [footer()]),
    ]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", "screens[2].id"]]);
  });

  it("reports a screen without an id, and a screen that is not an object", () => {
    const doc = single([]);
    const [start] = doc.screens as Record<string, unknown>[];
    const { id: _id, ...withoutId } = start as Record<string, unknown>;
    expect(errorsOf({ ...doc, screens: [withoutId] })).toEqual([
      ["MISSING_REQUIRED_PROPERTY", "screens[0].id"],
    ]);
    expect(errorsOf({ ...doc, screens: [start, "NEXT"] })).toEqual([
      ["INVALID_PROPERTY_TYPE", "screens[1]"],
    ]);
  });

  it("reports a missing layout, a wrong layout type and missing children", () => {
    expect(errorsOf(flow([{ id: "A", terminal: true }]))).toEqual([
      ["MISSING_REQUIRED_PROPERTY", "screens[0].layout"],
    ]);
    const wrongType = flow([
      { id: "A", terminal: true, layout: { type: "Grid", children: [footer()] } },
    ]);
    expect(errorsOf(wrongType)).toEqual([["INVALID_ENUM_VALUE", "screens[0].layout.type"]]);
    const noChildren = flow([{ id: "A", layout: { type: "SingleColumnLayout" } }]);
    expect(errorsOf(noChildren)).toEqual([
      ["MISSING_REQUIRED_PROPERTY", "screens[0].layout.children"],
      ["INVALID_ROUTING_MODEL", "screens"],
    ]);
  });

  it("reports flags that are not booleans, and success on a non-terminal screen", () => {
    expect(errorsOf(flow([terminal("A", [footer()], { refresh_on_back: "yes" })]))).toEqual([
      ["INVALID_PROPERTY_TYPE", "screens[0].refresh_on_back"],
    ]);
    const doc = flow([
      screen("A", [footer(navigate("B"))], { success: true }),
      terminal("B", [footer()]),
    ]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", "screens[0].success"]]);
  });

  it("reports unknown screen properties", () => {
    expect(errorsOf(flow([terminal("A", [footer()], { refreshOnBack: true })]))).toEqual([
      ["INVALID_PROPERTY_KEY", "screens[0].refreshOnBack"],
    ]);
  });

  it("requires __example__ and type in data declarations", () => {
    const doc = flow([
      terminal("A", [{ type: "TextBody", text: "${data.name}" }, footer()], {
        data: { name: { type: "string" } },
      }),
    ]);
    expect(errorsOf(doc)).toEqual([
      ["MISSING_REQUIRED_PROPERTY", "screens[0].data.name.__example__"],
    ]);
    expect(onlyMessage(doc)).toContain("__example__");
    const noType = flow([terminal("A", [footer()], { data: { name: { __example__: "Ada" } } })]);
    expect(errorsOf(noType)).toEqual([["MISSING_REQUIRED_PROPERTY", "screens[0].data.name.type"]]);
  });

  it("accepts sensitive from Flow JSON 5.1, naming inputs of the screen", () => {
    const doc = (version: string, sensitive: unknown) =>
      flow([terminal("A", [input, footer()], { sensitive })], {}, version);
    expect(errorsOf(doc("5.1", ["email"]))).toEqual([]);
    expect(errorsOf(doc("5.0", ["email"]))).toEqual([
      ["INVALID_PROPERTY_KEY", "screens[0].sensitive"],
    ]);
    expect(errorsOf(doc("7.1", ["password"]))).toEqual([
      ["INVALID_PROPERTY_VALUE", "screens[0].sensitive[0]"],
    ]);
  });

  it("reports a title that is not a string, data that is not an object, unknown layout keys", () => {
    expect(errorsOf(flow([terminal("A", [footer()], { title: 3 })]))).toEqual([
      ["INVALID_PROPERTY_TYPE", "screens[0].title"],
    ]);
    expect(errorsOf(flow([terminal("A", [footer()], { data: [] })]))).toEqual([
      ["INVALID_PROPERTY_TYPE", "screens[0].data"],
    ]);
    const layout = { type: "SingleColumnLayout", children: [footer()], columns: 2 };
    expect(errorsOf(flow([{ id: "A", terminal: true, layout }]))).toEqual([
      ["INVALID_PROPERTY_KEY", "screens[0].layout.columns"],
    ]);
  });
});
