// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import { describe, expect, it } from "vitest";
import {
  child,
  errorsOf,
  flow,
  footer,
  navigate,
  onlyMessage,
  screen,
  single,
  terminal,
} from "./fixtures.js";

const times = (n: number, make: (i: number) => Record<string, unknown>) =>
  Array.from({ length: n }, (_, i) => make(i));
const body = (i: number) => ({ type: "TextBody", text: `Line ${i}` });
const image = () => ({ type: "Image", src: "iVBORw0KGgo=" });
const link = (i: number) => ({
  type: "EmbeddedLink",
  text: `Link ${i}`,
  "on-click-action": navigate("MORE"),
});
const optIn = (i: number) => ({ type: "OptIn", name: `o${i}`, label: `Option ${i}` });
const photos = (i: number) => ({ type: "PhotoPicker", name: `p${i}`, label: "Photos" });
const carousel = () => ({
  type: "ImageCarousel",
  images: [{ src: "iVBORw0KGgo=", "alt-text": "A photo" }],
});

describe("validateFlowJson: per-screen limits", () => {
  it("allows 50 components per screen, nested ones included", () => {
    expect(errorsOf(single(times(49, body)))).toEqual([]);
    const doc = single([{ type: "Form", name: "f", children: times(49, body) }]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", "screens[0].layout.children"]]);
    expect(onlyMessage(doc)).toBe(
      "screen START has 51 components; the limit is 50 (nested ones count): split it into two screens",
    );
  });

  it("allows 3 Images, reporting the 4th", () => {
    expect(errorsOf(single(times(4, image)))).toEqual([["INVALID_PROPERTY_VALUE", child(3)]]);
  });

  it("allows 2 EmbeddedLinks, reporting the 3rd", () => {
    const doc = flow([terminal("START", [...times(3, link), footer()]), screen("MORE", [body(0)])]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(2)]]);
  });

  it("allows 5 OptIns, reporting the 6th", () => {
    expect(errorsOf(single(times(6, optIn)))).toEqual([["INVALID_PROPERTY_VALUE", child(5)]]);
  });

  it("allows one picker, and never PhotoPicker with DocumentPicker", () => {
    expect(errorsOf(single(times(2, photos)))).toEqual([["INVALID_PROPERTY_VALUE", child(1)]]);
    const both = single([photos(0), { type: "DocumentPicker", name: "d", label: "Files" }]);
    expect(errorsOf(both)).toEqual([["INVALID_PROPERTY_VALUE", child(1)]]);
  });

  it("allows 2 ImageCarousels per screen and 3 per flow", () => {
    expect(errorsOf(single(times(3, carousel)))).toEqual([["INVALID_PROPERTY_VALUE", child(2)]]);
    const doc = flow([
      screen("A", [carousel(), carousel(), footer(navigate("B"))]),
      terminal("B", [carousel(), carousel(), footer()]),
    ]);
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", "screens[1].layout.children[1]"]]);
  });

  it("keeps a NavigationList alone on its screen and off terminal screens", () => {
    const list = {
      type: "NavigationList",
      name: "n",
      "list-items": [{ id: "a", "main-content": { title: "A" } }],
      "on-click-action": navigate("DONE"),
    };
    const mixed = flow([
      screen("LIST", [{ type: "TextHeading", text: "Pick" }, list]),
      terminal("DONE", [footer()]),
    ]);
    expect(errorsOf(mixed)).toEqual([["INVALID_PROPERTY_VALUE", child(0)]]);
    const onTerminal = flow([terminal("LIST", [list]), terminal("DONE", [footer()])]);
    expect(errorsOf(onTerminal)).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0)],
      ["MISSING_REQUIRED_PROPERTY", "screens[0].layout"],
    ]);
  });

  it("allows RichText with a Footer from Flow JSON 6.3", () => {
    const doc = (version: string) => single([{ type: "RichText", text: "# Terms" }], version);
    expect(errorsOf(doc("6.3"))).toEqual([]);
    expect(errorsOf(doc("6.2"))).toEqual([["INVALID_PROPERTY_VALUE", child(1)]]);
  });
});
