// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import {
  CompleteAction,
  FlowJSON,
  Footer,
  Layout,
  Screen,
  TextInput,
  validateFlowJson,
} from "@tswa/flows/json";
import { describe, expect, it } from "vitest";
import { child, errorsOf, flow, footer, onlyMessage, single, terminal } from "./fixtures.js";

const chips = {
  type: "ChipsSelector",
  name: "diet",
  label: "Diet",
  "data-source": [
    { id: "vegan", title: "Vegan" },
    { id: "halal", title: "Halal" },
  ],
};

describe("validateFlowJson: components", () => {
  it("reports a component newer than the flow's version, at its type", () => {
    expect(errorsOf(single([chips], "6.2"))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".type")],
    ]);
    expect(onlyMessage(single([chips], "6.2"))).toBe(
      'ChipsSelector needs Flow JSON 6.3 or newer; this flow is 6.2: raise "version" to 6.3',
    );
    expect(errorsOf(single([chips], "6.3"))).toEqual([]);
  });

  it("reports version-gated properties: pattern (6.2), label-variant (7.0), markdown (5.1)", () => {
    const input = { type: "TextInput", name: "code", label: "Code", "helper-text": "6 digits" };
    expect(errorsOf(single([{ ...input, pattern: "^\\d{6}$" }], "6.1"))).toEqual([
      ["INVALID_PROPERTY_KEY", child(0, ".pattern")],
    ]);
    expect(errorsOf(single([{ ...input, "label-variant": "large" }], "6.3"))).toEqual([
      ["INVALID_PROPERTY_KEY", child(0, ".label-variant")],
    ]);
    expect(errorsOf(single([{ type: "TextBody", text: "**hi**", markdown: true }], "5.0"))).toEqual(
      [["INVALID_PROPERTY_KEY", child(0, ".markdown")]],
    );
  });

  it("reports what the builder's types cannot: a property newer than the flow's version", () => {
    const code = new TextInput({
      name: "code",
      label: "Code",
      pattern: /^\d+$/,
      helperText: "Digits",
    });
    const done = new Footer({ label: "Done", onClickAction: new CompleteAction() });
    const flow = new FlowJSON({
      version: "6.1",
      screens: [
        new Screen({ id: "A", terminal: true, layout: new Layout({ children: [code, done] }) }),
      ],
    });
    expect(validateFlowJson(flow)).toEqual([
      {
        error: "INVALID_PROPERTY_KEY",
        errorType: "FLOW_JSON_ERROR",
        message:
          '"pattern" of TextInput needs Flow JSON 6.2 or newer; this flow is 6.1: raise "version" or remove "pattern"',
        path: "screens[0].layout.children[0].pattern",
      },
    ]);
  });

  it("reports a list of lines in TextBody before Flow JSON 5.1", () => {
    expect(errorsOf(single([{ type: "TextBody", text: ["a", "b"] }], "5.0"))).toEqual([
      ["INVALID_PROPERTY_TYPE", child(0, ".text")],
    ]);
  });

  it("reports missing required properties", () => {
    expect(errorsOf(single([{ type: "TextInput", name: "email" }]))).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(0, ".label")],
    ]);
  });

  it("requires the label of a CheckboxGroup from Flow JSON 4.0", () => {
    const group = { type: "CheckboxGroup", name: "c", "data-source": [{ id: "a", title: "A" }] };
    expect(errorsOf(single([group], "4.0"))).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(0, ".label")],
    ]);
    const legacy = flow(
      [terminal("START", [{ type: "Form", name: "f", children: [group, footer()] }])],
      {},
      "3.1",
    );
    expect(errorsOf(legacy)).toEqual([]);
  });

  it("reports an unknown component type and a component without a type", () => {
    expect(errorsOf(single([{ type: "Carousel", images: [] }]))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".type")],
    ]);
    expect(errorsOf(single([{ text: "hi" }]))).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(0, ".type")],
    ]);
  });

  it("reports unknown properties, such as camelCase keys", () => {
    expect(
      errorsOf(single([{ type: "TextInput", name: "a", label: "A", inputType: "email" }])),
    ).toEqual([["INVALID_PROPERTY_KEY", child(0, ".inputType")]]);
  });

  it("reports values of the wrong type, accepting references and expressions", () => {
    const body = (visible: unknown) => single([{ type: "TextBody", text: "hi", visible }]);
    expect(errorsOf(body("yes"))).toEqual([["INVALID_PROPERTY_TYPE", child(0, ".visible")]]);
    expect(errorsOf(body(true))).toEqual([]);
    expect(
      errorsOf(
        single([
          { type: "TextInput", name: "age", label: "Age" },
          { type: "TextBody", text: "Adult", visible: "`${form.age} >= 18`" },
        ]),
      ),
    ).toEqual([]);
  });

  it("reports enum values outside the allowed ones", () => {
    expect(
      errorsOf(single([{ type: "TextInput", name: "a", label: "A", "input-type": "date" }])),
    ).toEqual([["INVALID_ENUM_VALUE", child(0, ".input-type")]]);
    expect(
      errorsOf(
        single([
          {
            type: "DocumentPicker",
            name: "d",
            label: "Doc",
            "allowed-mime-types": ["application/x-msdownload"],
          },
        ]),
      ),
    ).toEqual([["INVALID_ENUM_VALUE", child(0, ".allowed-mime-types[0]")]]);
  });

  it("reports text over the character limits, counting characters not UTF-16 units", () => {
    expect(errorsOf(single([{ type: "TextHeading", text: "h".repeat(81) }]))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".text")],
    ]);
    expect(errorsOf(single([{ type: "TextHeading", text: "🍕".repeat(80) }]))).toEqual([]);
    expect(
      onlyMessage(single([{ type: "TextInput", name: "a", label: "A very long input label" }])),
    ).toBe('"label" of TextInput has 23 characters; the limit is 20');
    expect(errorsOf(single([{ type: "TextCaption", text: "c".repeat(410) }]))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".text")],
    ]);
  });

  it("does not count the length of references and expressions", () => {
    const long = "${data.a_rather_long_key_that_is_longer_than_twenty}";
    const doc = single([{ type: "TextInput", name: "a", label: long }]);
    (doc.screens as Record<string, unknown>[])[0]!.data = {
      a_rather_long_key_that_is_longer_than_twenty: { type: "string", __example__: "Name" },
    };
    expect(errorsOf(doc)).toEqual([]);
  });

  it("reports the Footer label over 35 characters", () => {
    const doc = single([]);
    const footer = (
      (doc.screens as Record<string, unknown>[])[0]!.layout as {
        children: Record<string, unknown>[];
      }
    ).children[0]!;
    footer.label = "Continue to the next step of the form";
    expect(errorsOf(doc)).toEqual([["INVALID_PROPERTY_VALUE", child(0, ".label")]]);
  });

  it("reports empty strings from Flow JSON 6.0", () => {
    const doc = (version: string) => single([{ type: "TextBody", text: " " }], version);
    expect(errorsOf(doc("6.0"))).toEqual([["MIN_CHARS_REQUIRED", child(0, ".text")]]);
    expect(errorsOf(doc("5.1"))).toEqual([]);
  });

  it("checks data-source items: required keys, lengths, version-gated keys", () => {
    const radio = (item: Record<string, unknown>, version = "7.1") =>
      single(
        [{ type: "RadioButtonsGroup", name: "r", label: "Pick", "data-source": [item] }],
        version,
      );
    expect(errorsOf(radio({ id: "a" }))).toEqual([
      ["MISSING_REQUIRED_PROPERTY", child(0, ".data-source[0].title")],
    ]);
    expect(errorsOf(radio({ id: "a", title: "t".repeat(31) }))).toEqual([
      ["INVALID_PROPERTY_VALUE", child(0, ".data-source[0].title")],
    ]);
    expect(errorsOf(radio({ id: "a", title: "A", image: "iVBORw0KGgo=" }, "4.0"))).toEqual([
      ["INVALID_PROPERTY_KEY", child(0, ".data-source[0].image")],
    ]);
  });

  it("reports shapes that are not what a property takes", () => {
    expect(
      errorsOf(single([{ type: "Dropdown", name: "d", label: "D", "data-source": ["a"] }])),
    ).toEqual([["INVALID_PROPERTY_TYPE", child(0, ".data-source[0]")]]);
    expect(
      errorsOf(single([{ type: "Switch", value: "${form.x}", cases: { a: "not a list" } }])),
    ).toContainEqual(["INVALID_PROPERTY_TYPE", child(0, ".cases")]);
    expect(
      errorsOf(
        single([
          {
            type: "CalendarPicker",
            name: "c",
            mode: "range",
            label: { "start-date": "In", "finish-date": "Out" },
          },
        ]),
      ),
    ).toEqual([["INVALID_PROPERTY_KEY", child(0, ".label.finish-date")]]);
  });
});
