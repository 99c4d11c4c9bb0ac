// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import { describe, expect, it } from "vitest";
import {
  child,
  complete,
  dataExchange,
  errorsOf,
  flow,
  footer,
  navigate,
  screen,
  terminal,
} from "./fixtures.js";

const picker = { type: "PhotoPicker", name: "photos", label: "Photos" };
const endpoint = (screens: Record<string, unknown>[]) =>
  flow(screens, { data_api_version: "3.0", routing_model: { A: ["B"], B: [] } });

describe("validateFlowJson: media pickers", () => {
  it("accepts a picker as the whole value of a top-level data_exchange or complete key", () => {
    expect(
      errorsOf(
        endpoint([
          screen("A", [picker, footer(dataExchange({ images: "${form.photos}" }))]),
          terminal("B", [footer()]),
        ]),
      ),
    ).toEqual([]);
    expect(
      errorsOf(flow([terminal("A", [picker, footer(complete({ images: "${form.photos}" }))])])),
    ).toEqual([]);
  });

  it("reports a picker value in a navigate payload", () => {
    const doc = flow([
      screen("A", [picker, footer(navigate("B", { images: "${form.photos}" }))], {}),
      terminal("B", [footer()], {
        data: { images: { type: "array", items: { type: "object" }, __example__: [] } },
      }),
    ]);
    expect(errorsOf(doc)).toEqual([
      ["INVALID_PROPERTY_VALUE", child(1, ".on-click-action.payload.images")],
    ]);
  });

  it("reports a picker value nested in a payload", () => {
    const doc = flow([
      terminal("A", [picker, footer(complete({ claim: { images: "${form.photos}" } }))]),
    ]);
    expect(errorsOf(doc)).toEqual([
      ["INVALID_PROPERTY_VALUE", child(1, ".on-click-action.payload.claim.images")],
    ]);
  });

  it("reports an initial value for a picker", () => {
    const doc = flow([
      terminal("A", [
        { type: "Form", name: "f", "init-values": { photos: [] }, children: [picker, footer()] },
      ]),
    ]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(0, ".init-values.photos")]]);
  });
});
