// biome-ignore-all lint/suspicious/noThenProperty: "then" is the branch of Meta's If component
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import { WhatsAppError } from "@tswa/core";
import {
  CompleteAction,
  DataSource,
  FlowJSON,
  FlowJsonParseError,
  Footer,
  Form,
  If,
  NavigateAction,
  NavigationItem,
  NavigationList,
  parseComponent,
  RawAction,
  RawComponent,
  ScreenData,
  type Switch,
  TextBody,
  TextInput,
  UpdateDataAction,
} from "@tswa/flows/json";
import { describe, expect, it } from "vitest";

// Hand-written, in an order tswa would not write (Meta's docs and the Flow Builder vary).
const DOCUMENT = {
  screens: [
    {
      layout: {
        children: [
          {
            type: "Form",
            name: "form",
            children: [
              { name: "email", label: "Email", type: "TextInput", "input-type": "email" },
              {
                type: "If",
                condition: "(${form.email} != '')",
                then: [{ type: "TextBody", text: "Thanks" }],
                else: [{ type: "FutureWidget", sparkle: true }],
              },
              {
                type: "Switch",
                value: "${data.plan}",
                cases: { basic: [{ type: "TextCaption", text: "Basic" }] },
              },
              {
                type: "RadioButtonsGroup",
                name: "size",
                label: "Size",
                "data-source": [
                  {
                    title: "Small",
                    id: "s",
                    "on-select-action": { payload: { small: true }, name: "update_data" },
                  },
                ],
                "future-key": [1, 2],
              },
              {
                type: "Footer",
                "on-click-action": { name: "teleport", where: "moon" },
                label: "Go",
              },
            ],
          },
        ],
        type: "SingleColumnLayout",
      },
      data: {
        plan: { __example__: "basic", type: "string" },
        small: { type: "boolean", __example__: false },
      },
      terminal: true,
      id: "START",
    },
  ],
  version: "7.1",
};

describe("FlowJSON.fromJSON", () => {
  it("rebuilds builder objects, all the way down", () => {
    const flow = FlowJSON.fromJSON(DOCUMENT);
    const [screen] = flow.screens;
    expect(screen?.id).toBe("START");
    expect(screen?.data?.[0]).toBeInstanceOf(ScreenData);
    expect(screen?.data?.[0]?.ref).toBe("${data.plan}");
    const [form] = screen?.layout.children ?? [];
    expect(form).toBeInstanceOf(Form);
    const [input, rule, switcher, radio, footer] = (form as Form).children as unknown[];
    expect(input).toBeInstanceOf(TextInput);
    expect((input as TextInput).ref).toBe("${form.email}");
    expect((input as TextInput).inputType).toBe("email");
    expect(rule).toBeInstanceOf(If);
    expect((rule as If).then[0]).toBeInstanceOf(TextBody);
    expect((rule as If).else?.[0]).toBeInstanceOf(RawComponent);
    expect((switcher as Switch).cases.basic?.[0]?.type).toBe("TextCaption");
    const option = (radio as { dataSource: DataSource[] }).dataSource[0];
    expect(option).toBeInstanceOf(DataSource);
    expect(option?.onSelectAction).toBeInstanceOf(UpdateDataAction);
    expect((radio as { extra: unknown }).extra).toEqual({ "future-key": [1, 2] });
    expect(footer).toBeInstanceOf(Footer);
    expect((footer as Footer).onClickAction).toBeInstanceOf(RawAction);
  });

  it("serializes a parsed document back to the same JSON, key order included", () => {
    const text = JSON.stringify(DOCUMENT, null, 2);
    expect(JSON.stringify(FlowJSON.fromJSON(text), null, 2)).toBe(text);
  });

  it("keeps JSON that is not even a component as it is", () => {
    const doc = {
      version: "7.1",
      screens: [{ id: "A", layout: { type: "SingleColumnLayout", children: ["oops", 3] } }],
    };
    expect(FlowJSON.fromJSON(doc).toJSON()).toEqual(doc);
    expect(parseComponent("oops")).toBeInstanceOf(RawComponent);
  });

  it("parses navigate targets and list items", () => {
    const list = parseComponent({
      type: "NavigationList",
      name: "n",
      "list-items": [
        {
          id: "a",
          "main-content": { title: "A" },
          "on-click-action": { name: "navigate", next: { name: "B", type: "screen" }, payload: {} },
        },
      ],
    }) as NavigationList;
    expect(list).toBeInstanceOf(NavigationList);
    const item = (list.listItems as NavigationItem[])[0];
    expect(item).toBeInstanceOf(NavigationItem);
    expect(item?.mainContent).toEqual({ title: "A" });
    const action = item?.onClickAction as NavigateAction;
    expect(action).toBeInstanceOf(NavigateAction);
    expect(action.next.name).toBe("B");
  });

  it("does not add defaults the document did not have", () => {
    const footer = parseComponent({
      type: "Footer",
      label: "Go",
      "on-click-action": { name: "complete" },
    });
    expect((footer as Footer).onClickAction).toBeInstanceOf(CompleteAction);
    expect(footer.toJSON()).toEqual({
      type: "Footer",
      label: "Go",
      "on-click-action": { name: "complete" },
    });
  });

  it("throws FlowJsonParseError for text that is not JSON or JSON that is not an object", () => {
    expect(() => FlowJSON.fromJSON("{")).toThrow(FlowJsonParseError);
    expect(() => FlowJSON.fromJSON("[1]")).toThrow(/JSON object/);
    expect(() => FlowJSON.fromJSON("{")).toThrow(WhatsAppError);
  });
});
