import { FlowRequest, type FlowRequestHandler, FlowRouter } from "@tswa/flows";
import { Layout, Screen } from "@tswa/flows/json";
import { describe, expect, it } from "vitest";

const envelope = { encrypted_flow_data: "", encrypted_aes_key: "", initial_vector: "" };
const request = (action: string, screen?: string, data: Record<string, unknown> = {}) =>
  FlowRequest.fromPayload({ version: "3.0", action, screen, data, flow_token: "t" }, envelope);
const named = (name: string): FlowRequestHandler =>
  Object.assign(() => ({ name }), { label: name });
const nameOf = (handler: FlowRequestHandler | undefined) =>
  (handler as { label?: string } | undefined)?.label;

describe("FlowRouter", () => {
  it("routes by action, then falls back to the main handler", async () => {
    const router = new FlowRouter(named("main"))
      .onInit(named("init"))
      .onBack(undefined, named("back"));
    expect(nameOf(await router.resolve(request("INIT")))).toBe("init");
    expect(nameOf(await router.resolve(request("BACK", "A")))).toBe("back");
    expect(nameOf(await router.resolve(request("data_exchange", "A")))).toBe("main");
  });

  it("matches a screen only when one is given", async () => {
    const router = new FlowRouter()
      .onDataExchange("A", named("on A"))
      .onDataExchange(undefined, named("any screen"));
    expect(nameOf(await router.resolve(request("data_exchange", "A")))).toBe("on A");
    expect(nameOf(await router.resolve(request("data_exchange", "B")))).toBe("any screen");
  });

  it("gives the request to the first matching sub-handler, in the order they were added", async () => {
    const router = new FlowRouter()
      .onDataExchange(undefined, named("first"))
      .onDataExchange("A", named("second"));
    expect(nameOf(await router.resolve(request("data_exchange", "A")))).toBe("first");
  });

  it("applies filters, sync and async, and all of a list must pass", async () => {
    const router = new FlowRouter(named("main"))
      .onDataExchange(
        "A",
        [(r) => r.data.rating === "5", async (r) => r.data.comment !== undefined],
        named("five with comment"),
      )
      .onDataExchange("A", async (r) => r.data.rating === "5", named("five"));
    expect(
      nameOf(
        await router.resolve(request("data_exchange", "A", { rating: "5", comment: "great" })),
      ),
    ).toBe("five with comment");
    expect(nameOf(await router.resolve(request("data_exchange", "A", { rating: "5" })))).toBe(
      "five",
    );
    expect(nameOf(await router.resolve(request("data_exchange", "A", { rating: "1" })))).toBe(
      "main",
    );
  });

  it("keeps error notifications from onInit/onDataExchange handlers unless callOnError is set", async () => {
    const error = { error: "INVALID_SCREEN_TRANSITION", error_message: "x" };
    const router = new FlowRouter(named("main"))
      .onDataExchange("A", named("normal"))
      .onDataExchange("A", named("errors only"), { callOnError: true })
      .onInit(named("init"));
    expect(nameOf(await router.resolve(request("data_exchange", "A", error)))).toBe("errors only");
    expect(nameOf(await router.resolve(request("data_exchange", "A", {})))).toBe("normal");
    expect(nameOf(await router.resolve(request("INIT", undefined, error)))).toBe("main");
  });

  it("lets callOnError work with filters", async () => {
    const router = new FlowRouter().onInit((r) => r.flowToken === "t", named("init errors"), {
      callOnError: true,
    });
    expect(nameOf(await router.resolve(request("INIT", undefined, { error_key: "x" })))).toBe(
      "init errors",
    );
    expect(await router.resolve(request("INIT"))).toBeUndefined();
  });

  it("on() routes any action, known or not, with or without errors", async () => {
    const router = new FlowRouter()
      .on("navigate", "A", named("navigate"))
      .on("future", undefined, named("future"));
    expect(nameOf(await router.resolve(request("navigate", "A", { error: "x" })))).toBe("navigate");
    expect(nameOf(await router.resolve(request("future", "Z")))).toBe("future");
    expect(await router.resolve(request("navigate", "B"))).toBeUndefined();
  });

  it("takes a screen object (such as a Flow JSON Screen) instead of its id", async () => {
    const survey = new Screen({ id: "SURVEY", layout: new Layout({ children: [] }) });
    const router = new FlowRouter()
      .onDataExchange(survey, named("survey"))
      .onBack({ id: "DETAILS" }, named("back"))
      .on("navigate", survey, named("navigate"));
    expect(nameOf(await router.resolve(request("data_exchange", "SURVEY")))).toBe("survey");
    expect(nameOf(await router.resolve(request("BACK", "DETAILS")))).toBe("back");
    expect(nameOf(await router.resolve(request("navigate", "SURVEY")))).toBe("navigate");
    expect(await router.resolve(request("data_exchange", "OTHER"))).toBeUndefined();
  });

  it("refuses a screen that is neither an id nor an object with an id", () => {
    expect(() =>
      new FlowRouter().onDataExchange({ id: 42 } as unknown as string, named("x")),
    ).toThrow(TypeError);
  });

  it("refuses a handler that is not a function when it is registered", () => {
    expect(() =>
      new FlowRouter().onDataExchange("A", "nope" as unknown as FlowRequestHandler),
    ).toThrow(TypeError);
  });
});
