// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import { describe, expect, it } from "vitest";
import {
  child,
  complete,
  errorsOf,
  flow,
  footer,
  navigate,
  onlyMessage,
  screen,
  single,
  terminal,
} from "./fixtures.js";

const body = (text: string) => ({ type: "TextBody", text });
const input = (name: string) => ({ type: "TextInput", name, label: "Input" });
const declare = (example: unknown) => ({ type: typeof example, __example__: example });

describe("validateFlowJson: references", () => {
  it("reports ${data.x} when the screen does not declare x", () => {
    const doc = single([body("${data.name}")]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(0, ".text")]]);
    expect(onlyMessage(doc)).toBe(
      `\${data.name} refers to data "name", which this screen does not declare: add it to the screen's "data"`,
    );
  });

  it("reports ${form.x} when the screen has no input x, wherever the reference is", () => {
    const doc = flow([
      terminal("START", [input("email"), footer(complete({ mail: "${form.mail}" }))]),
    ]);
    expect(errorsOf(doc)).toEqual([
      ["INVALID_PROPERTY_VALUE", child(1, ".on-click-action.payload.mail")],
    ]);
  });

  it("finds references inside nested expressions", () => {
    const doc = single([input("age"), body("`'Age: ' ${form.agee}`")]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(1, ".text")]]);
  });

  it("checks global references: the screen and its input or data (4.0+)", () => {
    const first = screen("FIRST", [input("email"), footer(navigate("LAST"))], {
      data: { plan: declare("basic") },
    });
    const last = (text: string, version = "7.1") =>
      flow([first, terminal("LAST", [body(text), footer()])], {}, version);
    expect(errorsOf(last("${screen.FIRST.form.email}"))).toEqual([]);
    expect(errorsOf(last("${screen.FIRST.data.plan}"))).toEqual([]);
    expect(errorsOf(last("${screen.FIRST.form.phone}"))).toEqual([
      ["INVALID_PROPERTY_VALUE", "screens[1].layout.children[0].text"],
    ]);
    expect(errorsOf(last("${screen.SECOND.form.email}"))).toEqual([
      ["INVALID_PROPERTY_VALUE", "screens[1].layout.children[0].text"],
    ]);
    expect(errorsOf(last("${screen.FIRST.form.email}", "3.1"))).toContainEqual([
      "INVALID_PROPERTY_VALUE",
      "screens[1].layout.children[0].text",
    ]);
  });

  it("reports nested expressions before Flow JSON 6.0", () => {
    const doc = (version: string) => single([input("a"), body("`'Hi ' ${form.a}`")], version);
    expect(errorsOf(doc("6.0"))).toEqual([]);
    expect(errorsOf(doc("5.1"))).toEqual([["INVALID_PROPERTY_VALUE", child(1, ".text")]]);
  });

  it("reports references of an unknown shape", () => {
    expect(errorsOf(single([body("${user.name}")]))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".text")],
    ]);
  });

  it("reports update_data setting undeclared data", () => {
    const doc = flow([
      terminal(
        "START",
        [
          {
            type: "OptIn",
            name: "o",
            label: "Show more",
            "on-select-action": { name: "update_data", payload: { show: true, shwo: true } },
          },
          footer(),
        ],
        { data: { show: declare(false) } },
      ),
    ]);
    expect(errorsOf(doc)).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".on-select-action.payload.shwo")],
    ]);
  });

  it("checks that navigate gives the target exactly the data it declares", () => {
    const target = terminal("NEXT", [body("${data.name}"), footer()], {
      data: { name: declare("Ada") },
    });
    const from = (payload: Record<string, unknown>) =>
      flow([screen("START", [input("name"), footer(navigate("NEXT", payload))]), target]);
    expect(errorsOf(from({ name: "${form.name}" }))).toEqual([]);
    expect(errorsOf(from({}))).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(1, ".on-click-action.payload")],
    ]);
    expect(errorsOf(from({ name: "${form.name}", extra: 1 }))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(1, ".on-click-action.payload.extra")],
    ]);
  });
});
