// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import { COMPONENT_MIN_VERSION, FlowJSON, parseFlowJson, validateFlowJson } from "@tswa/flows/json";
import { describe, expect, it } from "vitest";
import { exampleFlows } from "../../../../examples/flows/index.js";

const entries = Object.entries(exampleFlows);

function typesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) typesIn(item, found);
  else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.type === "string") found.add(record.type);
    if (typeof record.name === "string" && "payload" in record) found.add(`action:${record.name}`);
    if (typeof record.name === "string" && "url" in record) found.add(`action:${record.name}`);
    for (const item of Object.values(record)) typesIn(item, found);
  }
  return found;
}

describe("the example flows (examples/flows)", () => {
  it("has at least 15 flows", () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
  });

  it("uses every component and every action at least once", () => {
    const used = typesIn(entries.map(([, flow]) => flow.toJSON()));
    for (const type of Object.keys(COMPONENT_MIN_VERSION)) expect(used).toContain(type);
    for (const action of ["navigate", "data_exchange", "complete", "update_data", "open_url"]) {
      expect(used).toContain(`action:${action}`);
    }
  });

  describe.each(entries)("%s", (_name, flow) => {
    const text = JSON.stringify(flow);

    it("serializes through JSON.stringify to its toJSON()", () => {
      expect(JSON.parse(text)).toEqual(flow.toJSON());
    });

    it("parses back to builder objects that serialize to the same bytes", () => {
      const parsed = FlowJSON.fromJSON(text);
      expect(JSON.stringify(parsed)).toBe(text);
      expect(JSON.stringify(parseFlowJson(JSON.parse(text)), null, 2)).toBe(
        JSON.stringify(flow, null, 2),
      );
      expect(parsed.screens.map((screen) => screen.id)).toEqual(
        flow.screens.map((screen) => screen.id),
      );
    });

    it("validates clean", () => {
      expect(validateFlowJson(flow)).toEqual([]);
    });
  });
});
