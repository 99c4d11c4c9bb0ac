// biome-ignore-all lint/suspicious/noThenProperty: "then" is the branch of Meta's If component
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import {
  CalendarPicker,
  CheckboxGroup,
  CompleteAction,
  DataExchangeAction,
  DataSource,
  eq,
  FlowJSON,
  Footer,
  gte,
  If,
  inferSchema,
  Layout,
  NavigateAction,
  NavigationItem,
  OpenUrlAction,
  RawAction,
  RawComponent,
  Screen,
  ScreenData,
  TextBody,
  TextInput,
  UpdateDataAction,
} from "@tswa/flows/json";
import { describe, expect, it } from "vitest";

describe("serialization to Meta's Flow JSON", () => {
  it("writes hyphenated keys in a fixed order and leaves undefined options out", () => {
    const input = new TextInput({
      errorMessage: "Too short",
      name: "code",
      helperText: "6 digits",
      label: "Code",
      inputType: "number",
      required: undefined,
      pattern: /^\d{6}$/,
    });
    expect(JSON.stringify(input)).toBe(
      '{"type":"TextInput","name":"code","label":"Code","input-type":"number","pattern":"^\\\\d{6}$","helper-text":"6 digits","error-message":"Too short"}',
    );
  });

  it("writes data-source options the same whether given as objects or DataSources", () => {
    const action = new UpdateDataAction({ payload: { shown: true } });
    const plain = new CheckboxGroup({
      name: "c",
      label: "C",
      dataSource: [{ id: "a", title: "A", altText: "An A", onSelectAction: action }],
    });
    const classes = new CheckboxGroup({
      name: "c",
      label: "C",
      dataSource: [
        new DataSource({ id: "a", title: "A", altText: "An A", onSelectAction: action }),
      ],
    });
    const expected = {
      type: "CheckboxGroup",
      name: "c",
      label: "C",
      "data-source": [
        {
          id: "a",
          title: "A",
          "alt-text": "An A",
          "on-select-action": { name: "update_data", payload: { shown: true } },
        },
      ],
    };
    expect(plain.toJSON()).toEqual(expected);
    expect(classes.toJSON()).toEqual(expected);
  });

  it("serializes DataSource and NavigationItem alone, for endpoint responses", () => {
    expect(
      JSON.stringify({ options: [new DataSource({ id: "1", title: "One", color: "FF0000" })] }),
    ).toBe('{"options":[{"id":"1","title":"One","color":"FF0000"}]}');
    expect(
      new NavigationItem({
        id: "x",
        mainContent: { title: "X", description: "d" },
        start: { image: "iVBORw0KGgo=", altText: "x" },
        onClickAction: new DataExchangeAction({ payload: { id: "x" } }),
      }).toJSON(),
    ).toEqual({
      id: "x",
      "main-content": { title: "X", description: "d" },
      start: { image: "iVBORw0KGgo=", "alt-text": "x" },
      "on-click-action": { name: "data_exchange", payload: { id: "x" } },
    });
  });

  it("writes actions with their names, defaulting payloads to {}", () => {
    expect(new CompleteAction().toJSON()).toEqual({ name: "complete", payload: {} });
    expect(new DataExchangeAction().toJSON()).toEqual({ name: "data_exchange", payload: {} });
    expect(new OpenUrlAction({ url: "https://example.com" }).toJSON()).toEqual({
      name: "open_url",
      url: "https://example.com",
    });
    expect(new NavigateAction({ next: "NEXT" }).toJSON()).toEqual({
      name: "navigate",
      next: { type: "screen", name: "NEXT" },
      payload: {},
    });
    expect(new NavigateAction({ next: { type: "plugin", name: "PAY" } }).next).toEqual({
      type: "plugin",
      name: "PAY",
    });
  });

  it("takes a Screen as the navigate target", () => {
    const target = new Screen({ id: "DONE", terminal: true, layout: new Layout({ children: [] }) });
    expect(new NavigateAction({ next: target }).next).toEqual({ type: "screen", name: "DONE" });
  });

  it("writes expressions with backticks, except in an If condition", () => {
    const age = new TextInput({ name: "age", label: "Age" });
    const rule = new If({
      condition: gte(age.ref, 18),
      then: [new TextBody({ text: "Adult", visible: eq(age.ref, 18) })],
    });
    expect(rule.toJSON()).toEqual({
      type: "If",
      condition: "(${form.age} >= 18)",
      then: [{ type: "TextBody", text: "Adult", visible: "`(${form.age} == 18)`" }],
    });
  });

  it("writes CalendarPicker values per end as start-date / end-date", () => {
    const picker = new CalendarPicker({
      name: "stay",
      mode: "range",
      label: { startDate: "In", endDate: "Out" },
      required: { startDate: true, endDate: false },
    });
    expect(picker.toJSON()).toEqual({
      type: "CalendarPicker",
      name: "stay",
      label: { "start-date": "In", "end-date": "Out" },
      mode: "range",
      required: { "start-date": true, "end-date": false },
    });
  });

  it("writes extra keys after the known ones, without letting them replace known keys", () => {
    const body = new TextBody({ text: "Hi", extra: { "future-prop": 1, text: "ignored" } });
    expect(JSON.stringify(body)).toBe('{"type":"TextBody","text":"Hi","future-prop":1}');
    expect(new RawComponent({ type: "FutureWidget", size: 2 }).toJSON()).toEqual({
      type: "FutureWidget",
      size: 2,
    });
    expect(new RawAction({ name: "pay", amount: 5 }).toJSON()).toEqual({ name: "pay", amount: 5 });
  });

  it("writes a whole flow with top-level keys in Meta's order and screen data as an object", () => {
    const name = new ScreenData({ key: "name", example: "Ada" });
    const done = new Screen({
      id: "DONE",
      terminal: true,
      refreshOnBack: false,
      data: [name],
      layout: new Layout({
        children: [new Footer({ label: "OK", onClickAction: new DataExchangeAction() })],
      }),
    });
    const flow = new FlowJSON({
      screens: [done],
      routingModel: { DONE: [] },
      dataApiVersion: "3.0",
      version: "7.1",
    });
    expect(JSON.stringify(flow)).toBe(
      '{"version":"7.1","data_api_version":"3.0","routing_model":{"DONE":[]},"screens":[{"id":"DONE","terminal":true,"refresh_on_back":false,"data":{"name":{"type":"string","__example__":"Ada"}},"layout":{"type":"SingleColumnLayout","children":[{"type":"Footer","label":"OK","on-click-action":{"name":"data_exchange","payload":{}}}]}}]}',
    );
    expect(flow.screen("DONE")).toBe(done);
  });
});

describe("ScreenData", () => {
  it("infers the schema from the example", () => {
    expect(inferSchema("a")).toEqual({ type: "string" });
    expect(inferSchema(3)).toEqual({ type: "number" });
    expect(inferSchema(false)).toEqual({ type: "boolean" });
    expect(inferSchema(["a"])).toEqual({ type: "array", items: { type: "string" } });
    expect(
      inferSchema([
        new DataSource({
          id: "1",
          title: "USA",
          onSelectAction: new UpdateDataAction({ payload: { x: 1 } }),
        }),
      ]),
    ).toEqual({
      type: "array",
      items: { type: "object", properties: { id: { type: "string" }, title: { type: "string" } } },
    });
  });

  it("needs an explicit schema when the example says nothing", () => {
    expect(() => new ScreenData({ key: "items", example: [] })).toThrow(/empty array/);
    expect(() => new ScreenData({ key: "x", example: null })).toThrow(/give `schema`/);
    const items = new ScreenData({
      key: "items",
      example: [] as string[],
      schema: { type: "array", items: { type: "string" } },
    });
    expect(items.toJSON()).toEqual({ type: "array", items: { type: "string" }, __example__: [] });
  });

  it("gives references and update payloads", () => {
    const visible = new ScreenData({ key: "visible", example: false });
    expect(visible.ref).toBe("${data.visible}");
    expect(visible.refIn("HOME")).toBe("${screen.HOME.data.visible}");
    expect(visible.update(true)).toEqual({ visible: true });
  });
});
