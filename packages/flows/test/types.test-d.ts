import {
  createFlowEndpoint,
  type FlowRequest,
  type FlowRequestAction,
  FlowRequestActionType,
  FlowResponse,
} from "@tswa/flows";
import { Layout, Screen } from "@tswa/flows/json";
import { describe, expectTypeOf, it } from "vitest";

const endpoint = createFlowEndpoint({ privateKey: "" });

describe("handler types", () => {
  it("narrows action and screen for onDataExchange(screen)", () => {
    endpoint.onDataExchange("SURVEY", (req) => {
      expectTypeOf(req.action).toEqualTypeOf<"data_exchange">();
      expectTypeOf(req.screen).toEqualTypeOf<"SURVEY">();
      return req.respond({ screen: "NEXT" });
    });
  });

  it("keeps the screen open when no screen is given", () => {
    endpoint.onDataExchange(undefined, (req) => {
      expectTypeOf(req.screen).toEqualTypeOf<string | undefined>();
      return {};
    });
  });

  it("narrows the screen to the id of a Flow JSON Screen given as the screen", () => {
    const survey = new Screen({ id: "SURVEY", layout: new Layout({ children: [] }) });
    endpoint.onDataExchange(survey, (req) => {
      expectTypeOf(req.screen).toEqualTypeOf<"SURVEY">();
      return req.respond({ screen: "THANKS" });
    });
    endpoint.onBack(survey, (req) => {
      expectTypeOf(req.screen).toEqualTypeOf<"SURVEY">();
      return req.respond({ screen: "SURVEY" });
    });
    endpoint.on("navigate", { id: "START" }, (req) => {
      expectTypeOf(req.screen).toEqualTypeOf<"START">();
      return {};
    });
    // @ts-expect-error a screen id is a string
    endpoint.onDataExchange({ id: 42 }, () => ({}));
  });

  it("narrows INIT and BACK", () => {
    endpoint.onInit((req) => {
      expectTypeOf(req.action).toEqualTypeOf<"INIT">();
      expectTypeOf(req.screen).toEqualTypeOf<undefined>();
      return req.respond({ screen: "START" });
    });
    endpoint.onBack("DETAILS", (req) => {
      expectTypeOf(req.action).toEqualTypeOf<"BACK">();
      expectTypeOf(req.screen).toEqualTypeOf<"DETAILS">();
      return req.respond({ screen: "DETAILS" });
    });
  });

  it("narrows filters the same way as handlers", () => {
    endpoint.onDataExchange(
      "A",
      (req) => {
        expectTypeOf(req.screen).toEqualTypeOf<"A">();
        return req.data.ok === true;
      },
      async (req) => req.respond({ screen: "B" }),
      { callOnError: false },
    );
  });

  it("accepts known and unknown actions in on()", () => {
    endpoint.on(FlowRequestActionType.NAVIGATE, "A", (req) => {
      expectTypeOf(req.action).toEqualTypeOf<"navigate">();
      return {};
    });
    endpoint.on("future_action", undefined, (req) => {
      expectTypeOf(req.action).toEqualTypeOf<"future_action">();
      return {};
    });
    expectTypeOf<"anything">().toMatchTypeOf<FlowRequestAction>();
  });

  it("rejects handlers that return what the endpoint cannot send", () => {
    // @ts-expect-error a string is not a response
    endpoint.onInit(() => "START");
    // @ts-expect-error nothing is not a response
    endpoint.onInit(() => undefined);
    endpoint.onInit(() => new FlowResponse({ screen: "A" }));
  });

  it("types the request fields", () => {
    expectTypeOf<FlowRequest["flowToken"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FlowRequest["data"]>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<FlowRequest["hasError"]>().toEqualTypeOf<boolean>();
  });
});
