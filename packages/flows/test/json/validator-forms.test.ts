import { describe, expect, it } from "vitest";
import { child, errorsOf, flow, footer, onlyMessage, single, terminal } from "./fixtures.js";

const input = { type: "TextInput", name: "email", label: "Email" };

describe("validateFlowJson: forms before Flow JSON 4.0", () => {
  it("requires input components inside a Form", () => {
    const doc = single([input], "3.1");
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(0)]]);
    expect(onlyMessage(doc)).toBe(
      "before Flow JSON 4.0 a TextInput must be inside a Form; this flow is 3.1",
    );
    const inForm = flow(
      [terminal("START", [{ type: "Form", name: "f", children: [input, footer()] }])],
      {},
      "3.1",
    );
    expect(errorsOf(inForm)).toEqual([]);
  });

  it("accepts inputs outside a Form from Flow JSON 4.0", () => {
    expect(errorsOf(single([input], "4.0"))).toEqual([]);
  });

  it("reports init-value on an input before Flow JSON 4.0", () => {
    const doc = flow(
      [
        terminal("START", [
          { type: "Form", name: "f", children: [{ ...input, "init-value": "a@b.c" }, footer()] },
        ]),
      ],
      {},
      "3.1",
    );
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_KEY", child(0, ".children[0].init-value")]]);
  });
});
