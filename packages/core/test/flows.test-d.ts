import {
  type CreatedFlow,
  FlowCategory,
  type FlowDetails,
  type FlowMetric,
  FlowStatus,
  type FlowsApi,
  type FlowValidationError,
  type GraphPagePromise,
} from "@tswa/core";
import { describe, expectTypeOf, it } from "vitest";

declare const api: FlowsApi;
declare const flow: FlowDetails;

describe("flow types", () => {
  it("accepts known enum values and any string Graph may add", () => {
    expectTypeOf(FlowStatus.DRAFT).toEqualTypeOf<"DRAFT">();
    expectTypeOf<"ARCHIVED">().toExtend<FlowStatus>();
    expectTypeOf<"SHOPPING">().toExtend<FlowCategory>();
    expectTypeOf(flow.status).toEqualTypeOf<FlowStatus>();
  });

  it("types what each call returns", () => {
    expectTypeOf(api.createFlow).returns.toEqualTypeOf<Promise<CreatedFlow>>();
    expectTypeOf(api.getFlow).returns.toEqualTypeOf<Promise<FlowDetails>>();
    expectTypeOf(api.getFlows).returns.toEqualTypeOf<GraphPagePromise<FlowDetails>>();
    expectTypeOf(api.publishFlow).returns.toEqualTypeOf<Promise<boolean>>();
    expectTypeOf(api.getFlowMetrics).returns.toEqualTypeOf<Promise<FlowMetric>>();
    expectTypeOf(flow.validationErrors).toEqualTypeOf<readonly FlowValidationError[]>();
    expectTypeOf(flow.updatedAt).toEqualTypeOf<Date | undefined>();
  });

  it("requires a name and categories to create a flow", () => {
    // @ts-expect-error: categories is required
    api.createFlow({ name: "x" });
    api.createFlow({ name: "x", categories: [FlowCategory.SURVEY, "SHOPPING"] });
  });

  it("iterates getFlows with for await and awaits its first page", async () => {
    for await (const f of api.getFlows()) expectTypeOf(f).toEqualTypeOf<FlowDetails>();
    const page = await api.getFlows();
    expectTypeOf(page.data).toEqualTypeOf<readonly FlowDetails[]>();
  });
});
