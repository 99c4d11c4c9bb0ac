// biome-ignore-all lint/suspicious/noThenProperty: "then" is the branch of Meta's If component
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import {
  CheckboxGroup,
  ChipsSelector,
  CompleteAction,
  concat,
  eq,
  FlowJSON,
  Footer,
  Form,
  type FormRef,
  gt,
  gte,
  If,
  ImageCarousel,
  Layout,
  NavigateAction,
  OpenUrlAction,
  PhotoPicker,
  Screen,
  ScreenData,
  TextBody,
  TextInput,
} from "@tswa/flows/json";
import { describe, expectTypeOf, it } from "vitest";

const email = new TextInput({ name: "email", label: "Email" });
const age = new TextInput({ name: "age", label: "Age", inputType: "number" });
const done = new Footer({ label: "Done", onClickAction: new CompleteAction() });
const chips = new ChipsSelector({
  name: "diet",
  label: "Diet",
  dataSource: [
    { id: "a", title: "A" },
    { id: "b", title: "B" },
  ],
});

const welcome = new ScreenData({ key: "welcome", example: "Hi" });
const guests = new ScreenData({ key: "guests", example: 2 });
const confirm = new Screen({
  id: "CONFIRM",
  terminal: true,
  data: [welcome, guests],
  layout: new Layout({ children: [new TextBody({ text: welcome.ref }), done] }),
});
const start = new Screen({
  id: "START",
  layout: new Layout({
    children: [
      new Form({
        name: "form",
        children: [email, new If({ condition: eq(email.ref, "x"), then: [chips] })],
      }),
      age,
      new Footer({
        label: "Next",
        onClickAction: new NavigateAction({
          next: confirm,
          payload: { welcome: email.ref, guests: 2 },
        }),
      }),
    ],
  }),
});

describe("typed references", () => {
  it("keeps input names and data keys as literal types", () => {
    expectTypeOf(email.ref).toEqualTypeOf<"${form.email}">();
    expectTypeOf(email.refIn(start)).toEqualTypeOf<"${screen.START.form.email}">();
    expectTypeOf(welcome.ref).toEqualTypeOf<"${data.welcome}">();
    expectTypeOf(welcome.refIn("CONFIRM")).toEqualTypeOf<"${screen.CONFIRM.data.welcome}">();
    expectTypeOf(start.formRef("diet")).toEqualTypeOf<"${screen.START.form.diet}">();
    expectTypeOf(confirm.dataRef("guests")).toEqualTypeOf<"${screen.CONFIRM.data.guests}">();
  });

  it("fails to compile a reference to an input or data the screen does not have", () => {
    // @ts-expect-error START has no input "phone" (a renamed or removed field)
    start.formRef("phone");
    // @ts-expect-error CONFIRM declares no data "name"
    confirm.dataRef("name");
    // @ts-expect-error the input is named "email", so its ref is not ${form.mail}
    const mail: FormRef<"mail"> = email.ref;
    void mail;
    // @ts-expect-error sensitive names an input the screen does not have
    new Screen({ id: "X", sensitive: ["password"], layout: new Layout({ children: [email] }) });
  });

  it("types a navigate payload from the target screen's data", () => {
    // @ts-expect-error "guests" is missing
    new NavigateAction({ next: confirm, payload: { welcome: "Hi" } });
    // @ts-expect-error "guest" is not declared (a renamed data key)
    new NavigateAction({ next: confirm, payload: { welcome: "Hi", guests: 2, guest: 2 } });
    // @ts-expect-error guests is a number: a literal string is not one (a reference would be)
    new NavigateAction({ next: confirm, payload: { welcome: "Hi", guests: "two" } });
    new NavigateAction({ next: confirm, payload: { welcome: "Hi", guests: age.ref } });
    new NavigateAction({ next: "CONFIRM", payload: { anything: true } });
    new NavigateAction({ next: start });
  });

  it("checks the routing model's screen ids", () => {
    new FlowJSON({
      version: "7.1",
      screens: [start, confirm],
      routingModel: { START: ["CONFIRM"] },
    });
    new FlowJSON({
      version: "7.1",
      screens: [start, confirm],
      // @ts-expect-error CONFRIM is not a screen of the flow
      routingModel: { START: ["CONFRIM"] },
    });
  });
});

describe("version-gated components", () => {
  it("fails to compile a component newer than the flow's version, even nested", () => {
    new FlowJSON({ version: "6.3", screens: [start, confirm] });
    // @ts-expect-error ChipsSelector (inside If inside Form) needs Flow JSON 6.3
    new FlowJSON({ version: "6.2", screens: [start, confirm] });
    const photos = new Screen({
      id: "PHOTOS",
      terminal: true,
      layout: new Layout({ children: [new PhotoPicker({ name: "p", label: "Photos" }), done] }),
    });
    new FlowJSON({ version: "4.0", screens: [photos] });
    // @ts-expect-error PhotoPicker needs Flow JSON 4.0
    new FlowJSON({ version: "3.1", screens: [photos] });
    const gallery = new Screen({
      id: "GALLERY",
      terminal: true,
      layout: new Layout({
        children: [new ImageCarousel({ images: [{ src: "x", altText: "y" }] }), done],
      }),
    });
    // @ts-expect-error ImageCarousel needs Flow JSON 7.1
    new FlowJSON({ version: "7.0", screens: [gallery] });
  });

  it("lets a version newer than tswa knows through, leaving the rest to the validator", () => {
    new FlowJSON({ version: "8.0", screens: [start, confirm] });
  });
});

describe("typed options", () => {
  it("restricts actions to those the property takes", () => {
    // @ts-expect-error a Footer cannot open a URL
    new Footer({ label: "Go", onClickAction: new OpenUrlAction({ url: "https://example.com" }) });
    new CheckboxGroup({ name: "c", label: "C", dataSource: "${data.options}" });
  });

  it("takes booleans, references and conditions for visible, not any string", () => {
    new TextBody({ text: "Adult", visible: gte(age.ref, 18) });
    new TextBody({ text: "Adult", visible: "${data.adult}" });
    // @ts-expect-error "yes" is not a boolean, a reference or an expression
    new TextBody({ text: "Adult", visible: "yes" });
    // @ts-expect-error a string expression is not a condition
    new TextBody({ text: "Adult", visible: concat("a") });
  });

  it("takes numbers, references and number expressions in comparisons", () => {
    gt(age.ref, 18);
    // @ts-expect-error a literal string is not a number operand
    gt(age.ref, "eighteen");
  });

  it("types ScreenData updates from the example", () => {
    expectTypeOf(guests.update(3)).toEqualTypeOf<{ readonly guests: number }>();
    // @ts-expect-error guests holds numbers
    guests.update("three");
  });
});
