// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import { validateFlowJson } from "@tswa/flows/json";
import { describe, expect, it } from "vitest";
import {
  dataExchange,
  errorsOf,
  flow,
  footer,
  navigate,
  onlyMessage,
  screen,
  terminal,
} from "./fixtures.js";

const endpoint = (screens: Record<string, unknown>[], routing_model: unknown) =>
  flow(screens, { data_api_version: "3.0", routing_model });
const step = (id: string) => screen(id, [footer(dataExchange())]);
const end = (id: string) => terminal(id, [footer(dataExchange())]);

describe("validateFlowJson: routing model", () => {
  it("accepts a forward routing model", () => {
    expect(
      errorsOf(endpoint([step("A"), step("B"), end("C")], { A: ["B"], B: ["C"], C: [] })),
    ).toEqual([]);
  });

  it("reports ids that are not screens, as keys and as targets", () => {
    expect(errorsOf(endpoint([step("A"), end("B")], { A: ["B"], Z: [] }))).toEqual([
      ["INVALID_ROUTING_MODEL", "routing_model.Z"],
    ]);
    expect(errorsOf(endpoint([step("A"), end("B")], { A: ["B", "Q"] }))).toEqual([
      ["INVALID_ROUTING_MODEL", "routing_model.A[1]"],
    ]);
  });

  it("reports a routing model that is not an object of lists", () => {
    expect(errorsOf(endpoint([end("A")], ["A"]))).toEqual([
      ["INVALID_PROPERTY_TYPE", "routing_model"],
    ]);
    expect(errorsOf(endpoint([end("A")], { A: "B" }))).toEqual([
      ["INVALID_PROPERTY_TYPE", "routing_model.A"],
    ]);
  });

  it("reports a self-loop", () => {
    expect(errorsOf(endpoint([step("A"), end("B")], { A: ["A", "B"] }))).toEqual([
      ["INVALID_ROUTING_MODEL", "routing_model.A[0]"],
    ]);
  });

  it("reports a cycle, naming it, and the entry screen it leaves out", () => {
    const doc = endpoint([step("A"), step("B"), step("C"), end("D")], {
      A: ["B"],
      B: ["C"],
      C: ["A", "D"],
    });
    expect(validateFlowJson(doc)).toEqual([
      {
        error: "INVALID_ROUTING_MODEL",
        errorType: "FLOW_JSON_ERROR",
        message: "routing_model has a cycle (A -> B -> C -> A); routes must only go forward",
        path: "routing_model.C[0]",
      },
      {
        error: "INVALID_ROUTING_MODEL",
        errorType: "FLOW_JSON_ERROR",
        message: "routing_model has no entry screen: every screen has an inbound route",
        path: "routing_model",
      },
    ]);
  });

  it("reports a screen with more than 10 branches", () => {
    const targets = Array.from({ length: 11 }, (_, i) => `T${i}`);
    const doc = endpoint([step("A"), ...targets.map(end)], { A: targets });
    expect(errorsOf(doc)).toEqual([["INVALID_ROUTING_MODEL", "routing_model.A"]]);
    expect(onlyMessage(doc)).toBe("screen A has 11 branches; the max limit is 10");
  });

  it("reports a route that ends on a screen that is not terminal", () => {
    expect(errorsOf(endpoint([step("A"), step("B"), end("C")], { A: ["B", "C"], B: [] }))).toEqual([
      ["INVALID_ROUTING_MODEL", "routing_model.B"],
    ]);
  });

  it("lets a detail screen without a Footer end a route (the user goes back)", () => {
    const details = screen("DETAILS", [{ type: "TextBody", text: "Fine print" }]);
    expect(errorsOf(endpoint([end("A"), details], { A: ["DETAILS"] }))).toEqual([]);
  });

  it("requires a terminal screen that ends successfully", () => {
    const failing = terminal("A", [footer(dataExchange())], { success: false });
    expect(errorsOf(endpoint([failing], { A: [] }))).toEqual([
      ["INVALID_ROUTING_MODEL", "screens"],
    ]);
  });

  it("requires navigate actions to follow the routing model", () => {
    const doc = endpoint([screen("A", [footer(navigate("B"))]), end("B")], { A: [], B: [] });
    expect(errorsOf(doc)).toEqual([
      ["INVALID_ROUTING_MODEL", "screens[0].layout.children[0].on-click-action.next.name"],
      ["INVALID_ROUTING_MODEL", "routing_model.A"],
    ]);
  });

  describe("without routing_model (no endpoint): the routes of navigate actions", () => {
    it("accepts forward navigation", () => {
      expect(
        errorsOf(flow([screen("A", [footer(navigate("B"))]), terminal("B", [footer()])])),
      ).toEqual([]);
    });

    it("reports a cycle and the missing entry screen", () => {
      const link = (to: string) => ({
        type: "EmbeddedLink",
        text: "Back",
        "on-click-action": navigate(to),
      });
      const doc = flow([
        screen("A", [footer(navigate("B"))]),
        terminal("B", [link("A"), footer()]),
      ]);
      expect(errorsOf(doc)).toEqual([
        ["INVALID_ROUTING_MODEL", "screens[1].layout.children[0].on-click-action.next.name"],
        ["INVALID_ROUTING_MODEL", "screens"],
      ]);
    });

    it("reports a screen whose Footer leads nowhere", () => {
      expect(
        errorsOf(
          flow([
            screen("A", [footer({ name: "complete", payload: {} })]),
            terminal("B", [footer()]),
          ]),
        ),
      ).toEqual([["INVALID_ROUTING_MODEL", "screens[0]"]]);
    });
  });
});
