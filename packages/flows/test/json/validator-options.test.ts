// biome-ignore-all lint/suspicious/noThenProperty: "then" is the branch of Meta's If component
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

const options = (n: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `o${i}`, title: `Option ${i}`, ...extra }));
const select = (type: string, items: unknown[]) =>
  single([{ type, name: "s", label: "Pick", "data-source": items }]);

describe("validateFlowJson: component options", () => {
  it("counts options: CheckboxGroup and RadioButtonsGroup 1 to 20", () => {
    expect(errorsOf(select("CheckboxGroup", []))).toEqual([
      ["MIN_ITEMS_REQUIRED", child(0, ".data-source")],
    ]);
    expect(errorsOf(select("RadioButtonsGroup", options(21)))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".data-source")],
    ]);
    expect(errorsOf(select("RadioButtonsGroup", options(20)))).toEqual([]);
  });

  it("counts options: Dropdown 1 to 200, 100 with images; ChipsSelector 2 to 20", () => {
    expect(errorsOf(select("Dropdown", options(200)))).toEqual([]);
    expect(errorsOf(select("Dropdown", options(201)))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".data-source")],
    ]);
    expect(onlyMessage(select("Dropdown", options(101, { image: "iVBORw0KGgo=" })))).toBe(
      "Dropdown options (with images): 101 given, at most 100",
    );
    expect(errorsOf(select("ChipsSelector", options(1)))).toEqual([
      ["MIN_ITEMS_REQUIRED", child(0, ".data-source")],
    ]);
  });

  it("requires helper-text with a TextInput pattern", () => {
    const doc = single([{ type: "TextInput", name: "zip", label: "ZIP", pattern: "^\\d{5}$" }]);
    expect(errorsOf(doc)).toEqual([["INVALID_DEPENDENCIES", child(0, ".pattern")]]);
  });

  it("takes Footer captions as center alone or left with right", () => {
    const withCaptions = (captions: Record<string, string>) =>
      flow([terminal("START", [{ ...footer(), ...captions }])]);
    expect(errorsOf(withCaptions({ "left-caption": "L", "right-caption": "R" }))).toEqual([]);
    expect(errorsOf(withCaptions({ "center-caption": "C", "left-caption": "L" }))).toEqual([
      ["INVALID_DEPENDENCIES", child(0, ".center-caption")],
    ]);
    expect(errorsOf(withCaptions({ "right-caption": "R" }))).toEqual([
      ["INVALID_DEPENDENCIES", child(0, ".right-caption")],
    ]);
    expect(errorsOf(withCaptions({ "center-caption": "A sixteen chars!" }))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".center-caption")],
    ]);
  });

  it("allows CalendarPicker title, description and per-end values in range mode only", () => {
    const calendar = (extra: Record<string, unknown>) =>
      single([{ type: "CalendarPicker", name: "stay", label: "Dates", ...extra }]);
    expect(errorsOf(calendar({ mode: "range", title: "Stay" }))).toEqual([]);
    expect(errorsOf(calendar({ title: "Stay" }))).toEqual([
      ["INVALID_DEPENDENCIES", child(0, ".title")],
    ]);
    expect(
      errorsOf(
        calendar({
          mode: "single",
          "init-value": { "start-date": "2026-01-01", "end-date": "2026-01-03" },
        }),
      ),
    ).toEqual([["INVALID_DEPENDENCIES", child(0, ".init-value")]]);
  });

  it("checks date formats: YYYY-MM-DD from 5.0, millisecond timestamps before", () => {
    const picker = (version: string, date: string) =>
      single([{ type: "DatePicker", name: "d", label: "Date", "min-date": date }], version);
    expect(errorsOf(picker("5.0", "2026-03-01"))).toEqual([]);
    expect(errorsOf(picker("5.0", "01/03/2026"))).toEqual([
      ["INVALID_PROPERTY_VALUE_FORMAT", child(0, ".min-date")],
    ]);
    expect(errorsOf(picker("4.0", "1693569600000"))).toEqual([]);
    expect(errorsOf(picker("4.0", "2026-03-01"))).toEqual([
      ["INVALID_PROPERTY_VALUE_FORMAT", child(0, ".min-date")],
    ]);
  });

  it("checks picker ranges: file size 1..25600 KB, uploads 0..30 and 1..30, min <= max", () => {
    const photos = (extra: Record<string, unknown>) =>
      single([{ type: "PhotoPicker", name: "p", label: "Photos", ...extra }]);
    expect(errorsOf(photos({ "max-file-size-kb": 30000 }))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".max-file-size-kb")],
    ]);
    expect(errorsOf(photos({ "max-uploaded-photos": 0 }))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".max-uploaded-photos")],
    ]);
    expect(errorsOf(photos({ "min-uploaded-photos": 5, "max-uploaded-photos": 2 }))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".min-uploaded-photos")],
    ]);
  });

  it("takes 1 to 3 ImageCarousel images, each with src and alt-text", () => {
    const image = { src: "iVBORw0KGgo=", "alt-text": "A photo" };
    const carousel = (images: unknown[]) => single([{ type: "ImageCarousel", images }]);
    expect(errorsOf(carousel([image, image, image, image]))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".images")],
    ]);
    expect(errorsOf(carousel([{ src: "iVBORw0KGgo=" }]))).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(0, ".images[0].alt-text")],
    ]);
  });

  describe("NavigationList", () => {
    const item = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      "main-content": { title: `Item ${id}` },
      ...extra,
    });
    const list = (
      items: unknown[],
      extra: Record<string, unknown> = { "on-click-action": navigate("DONE") },
    ) =>
      flow(
        [
          screen("LIST", [{ type: "NavigationList", name: "n", "list-items": items, ...extra }]),
          terminal("DONE", [footer()]),
        ],
        {},
        "6.2",
      );

    it("accepts a valid list", () => {
      expect(errorsOf(list([item("a"), item("b", { badge: "New", tags: ["Fast"] })]))).toEqual([]);
    });

    it("takes 1 to 20 items", () => {
      const many = Array.from({ length: 21 }, (_, i) => item(String(i)));
      expect(errorsOf(list(many))).toEqual([["INVALID_PROPERTY_VALUE", child(0, ".list-items")]]);
    });

    it("limits texts, badges and tags", () => {
      expect(errorsOf(list([item("a", { "main-content": { title: "t".repeat(31) } })]))).toEqual([
        ["INVALID_PROPERTY_VALUE", child(0, ".list-items[0].main-content.title")],
      ]);
      expect(errorsOf(list([item("a", { badge: "New" }), item("b", { badge: "Hot" })]))).toEqual([
        ["INVALID_PROPERTY_VALUE", child(0, ".list-items")],
      ]);
      expect(errorsOf(list([item("a", { tags: ["a", "b", "c", "d"] })]))).toEqual([
        ["INVALID_PROPERTY_VALUE", child(0, ".list-items[0].tags")],
      ]);
    });

    it("excludes end with large media", () => {
      const doc = list([item("a", { end: { title: "$5" } })], {
        "media-size": "large",
        "on-click-action": navigate("DONE"),
      });
      expect(errorsOf(doc)).toEqual([["INVALID_DEPENDENCIES", child(0, ".list-items[0].end")]]);
    });

    it("needs on-click-action on the list or on every item, not both", () => {
      expect(errorsOf(list([item("a", { "on-click-action": navigate("DONE") })]))).toEqual([
        ["INVALID_DEPENDENCIES", child(0, ".on-click-action")],
      ]);
      expect(errorsOf(list([item("a")], {}))).toEqual([
        ["MISSING_REQUIRED_PROPERTY", child(0, ".on-click-action")],
      ]);
    });
  });

  it("nests If at most 3 deep", () => {
    const nest = (depth: number): Record<string, unknown> =>
      depth === 0
        ? { type: "TextBody", text: "deep" }
        : { type: "If", condition: "${data.on}", then: [nest(depth - 1)] };
    const doc = (depth: number) => {
      const d = single([nest(depth)]);
      (d.screens as Record<string, unknown>[])[0]!.data = {
        on: { type: "boolean", __example__: true },
      };
      return d;
    };
    expect(errorsOf(doc(3))).toEqual([]);
    expect(errorsOf(doc(4))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".then[0].then[0].then[0]")],
    ]);
  });

  it("needs at least one ImageCarousel image and NavigationList items with an id", () => {
    expect(errorsOf(single([{ type: "ImageCarousel", images: [] }]))).toEqual([
      ["MIN_ITEMS_REQUIRED", child(0, ".images")],
    ]);
    const doc = flow(
      [
        screen("LIST", [
          {
            type: "NavigationList",
            name: "n",
            "list-items": [{ "main-content": { title: "A" }, badge: "Limited offer!!!" }],
            "on-click-action": navigate("DONE"),
          },
        ]),
        terminal("DONE", [footer()]),
      ],
      {},
      "6.2",
    );
    expect(errorsOf(doc)).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(0, ".list-items[0].id")],
      ["INVALID_PROPERTY_VALUE", child(0, ".list-items[0].badge")],
    ]);
  });
});
