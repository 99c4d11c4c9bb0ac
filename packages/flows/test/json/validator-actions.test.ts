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

const update = (payload: Record<string, unknown>) => ({ name: "update_data", payload });
const openUrl = (url = "https://example.com") => ({ name: "open_url", url });

describe("validateFlowJson: actions", () => {
  it("reports update_data and open_url before Flow JSON 6.0", () => {
    const optIn = (version: string) =>
      single(
        [{ type: "OptIn", name: "terms", label: "I agree", "on-click-action": openUrl() }],
        version,
      );
    expect(errorsOf(optIn("6.0"))).toEqual([]);
    expect(errorsOf(optIn("5.1"))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".on-click-action.name")],
    ]);
    expect(onlyMessage(optIn("5.1"))).toBe(
      "the open_url action needs Flow JSON 6.0 or newer; this flow is 5.1",
    );
  });

  it("reports an action that the property does not take (open_url on a Footer)", () => {
    const doc = flow([terminal("START", [footer(openUrl())])]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(0, ".on-click-action.name")]]);
    expect(onlyMessage(doc)).toBe(
      'on-click-action of Footer takes "complete", "data_exchange" or "navigate", not open_url',
    );
  });

  it("reports an action name that does not exist", () => {
    expect(errorsOf(flow([terminal("START", [footer({ name: "submit", payload: {} })])]))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".on-click-action.name")],
    ]);
  });

  it("reports unknown action keys", () => {
    expect(errorsOf(flow([terminal("START", [footer({ ...complete(), next: "X" })])]))).toEqual([
      ["INVALID_PROPERTY_KEY", child(0, ".on-click-action.next")],
    ]);
  });

  it("reports navigate without next (its screen then leads nowhere), and to an unknown screen", () => {
    const noNext = flow([
      screen("A", [footer({ name: "navigate", payload: {} })]),
      terminal("B", [footer()]),
    ]);
    expect(errorsOf(noNext)).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(0, ".on-click-action.next")],
      ["INVALID_ROUTING_MODEL", "screens[0]"],
    ]);
    const unknown = flow([screen("A", [footer(navigate("NOPE"))]), terminal("B", [footer()])]);
    expect(errorsOf(unknown)).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".on-click-action.next.name")],
    ]);
  });

  it("reports navigate on the Footer of a terminal screen", () => {
    const doc = flow([terminal("A", [footer(navigate("B"))]), terminal("B", [footer()])]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(0, ".on-click-action.name")]]);
  });

  it("requires url on open_url and payload on update_data", () => {
    const link = single([
      { type: "EmbeddedLink", text: "Terms", "on-click-action": { name: "open_url" } },
    ]);
    expect(errorsOf(link)).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(0, ".on-click-action.url")],
    ]);
    const optIn = single([
      { type: "OptIn", name: "o", label: "Yes", "on-select-action": { name: "update_data" } },
    ]);
    expect(errorsOf(optIn)).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(0, ".on-select-action.payload")],
    ]);
  });

  it("allows update_data on a ChipsSelector from Flow JSON 7.1", () => {
    const chips = (version: string) => {
      const doc = single(
        [
          {
            type: "ChipsSelector",
            name: "c",
            label: "Pick",
            "data-source": [
              { id: "a", title: "A" },
              { id: "b", title: "B" },
            ],
            "on-select-action": update({ picked: true }),
          },
        ],
        version,
      );
      (doc.screens as Record<string, unknown>[])[0]!.data = {
        picked: { type: "boolean", __example__: false },
      };
      return doc;
    };
    expect(errorsOf(chips("7.1"))).toEqual([]);
    expect(errorsOf(chips("7.0"))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".on-select-action.name")],
    ]);
  });

  it("reports on-unselect-action before Flow JSON 6.0", () => {
    const doc = single(
      [
        {
          type: "Dropdown",
          name: "d",
          label: "Pick",
          "data-source": [{ id: "a", title: "A" }],
          "on-unselect-action": update({}),
        },
      ],
      "5.1",
    );
    expect(errorsOf(doc)).toEqual([
      ["INVALID_PROPERTY_KEY", child(0, ".on-unselect-action")],
      ["INVALID_PROPERTY_VALUE", child(0, ".on-unselect-action.name")],
    ]);
  });

  it("checks the actions of data-source items (6.0+)", () => {
    const doc = (version: string) =>
      single(
        [
          {
            type: "RadioButtonsGroup",
            name: "r",
            label: "Pick",
            "data-source": [{ id: "a", title: "A", "on-select-action": complete() }],
          },
        ],
        version,
      );
    expect(errorsOf(doc("6.0"))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".data-source[0].on-select-action.name")],
    ]);
    expect(onlyMessage(doc("6.0"))).toBe(
      'on-select-action of a DataSource item takes "data_exchange" or "update_data", not complete',
    );
  });

  it("reports a payload that is not an object", () => {
    expect(
      errorsOf(flow([terminal("START", [footer({ name: "complete", payload: "x" })])])),
    ).toEqual([["INVALID_PROPERTY_TYPE", child(0, ".on-click-action.payload")]]);
  });
});
