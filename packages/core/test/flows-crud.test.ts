import {
  FlowCategory,
  FlowDetails,
  FlowPreview,
  FlowStatus,
  FlowsApi,
  GraphClient,
  GraphResponseError,
  WhatsAppConfigurationError,
} from "@tswa/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  FLOW_ID,
  flowBody,
  flowsApi,
  GRAPH,
  OTHER_WABA_ID,
  TOKEN,
  useGraph,
  WABA_ID,
} from "./graph-handlers.js";

const { server, seen } = useGraph();

const ALL_FIELDS =
  "id,name,status,categories,validation_errors,json_version,data_api_version,endpoint_uri,preview,whatsapp_business_account,application,health_status,updated_at";

const parsedValidationErrors = [
  {
    error: "INVALID_PROPERTY_VALUE",
    errorType: "FLOW_JSON_ERROR",
    message: "Invalid value found for property 'type'.",
    lineStart: 10,
    lineEnd: 10,
    columnStart: 21,
    columnEnd: 34,
    pointers: [
      {
        path: "screens[0].layout.children[0].type",
        lineStart: 10,
        lineEnd: 10,
        columnStart: 21,
        columnEnd: 34,
      },
    ],
  },
  {
    error: "INVALID_PROPERTY",
    errorType: "JSON_SCHEMA_ERROR",
    message:
      'The property "initial-text" cannot be specified at "$root/screens/0/layout/children/2/children/0".',
    lineStart: 46,
    lineEnd: 46,
    columnStart: 17,
    columnEnd: 30,
    pointers: [],
  },
];

describe("createFlow", () => {
  it("POSTs the flow to /{waba}/flows as JSON and returns the id and validation errors", async () => {
    const created = await flowsApi().createFlow({
      name: "feedback",
      categories: [FlowCategory.SURVEY, "OTHER"],
      endpointUri: "https://example.com/flows/feedback",
      flowJson: { version: "7.1", screens: [] },
      publish: true,
    });
    expect(seen).toHaveLength(1);
    const [req] = seen;
    expect(req?.method).toBe("POST");
    expect(req?.path).toBe(`/v26.0/${WABA_ID}/flows`);
    expect(req?.query).toEqual({});
    expect(req?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(req?.headers.get("user-agent")).toMatch(/^tswa\/\d+\.\d+\.\d+ node\/v\d+/);
    expect(req?.body).toEqual({
      name: "feedback",
      categories: ["SURVEY", "OTHER"],
      endpoint_uri: "https://example.com/flows/feedback",
      flow_json: '{"version":"7.1","screens":[]}',
      publish: true,
    });
    expect(created).toEqual({
      id: FLOW_ID,
      success: true,
      validationErrors: parsedValidationErrors,
    });
  });

  it("clones a flow into the account named by the call, leaving unset fields out", async () => {
    await flowsApi().createFlow({
      name: "feedback v2",
      categories: ["OTHER"],
      cloneFlowId: "998877",
      businessAccountId: OTHER_WABA_ID,
    });
    expect(seen[0]?.path).toBe(`/v26.0/${OTHER_WABA_ID}/flows`);
    expect(seen[0]?.body).toEqual({
      name: "feedback v2",
      categories: ["OTHER"],
      clone_flow_id: "998877",
    });
  });

  it("reads an answer with only an id (older Graph versions) as a success without errors", async () => {
    server.use(http.post(`${GRAPH}/:waba/flows`, () => HttpResponse.json({ id: "42" })));
    const created = await flowsApi().createFlow({ name: "x", categories: ["OTHER"] });
    expect(created).toEqual({ id: "42", success: true, validationErrors: [] });
  });

  it("throws WhatsAppConfigurationError naming businessAccountId when no account is known", async () => {
    const api = new FlowsApi(new GraphClient({ token: TOKEN }));
    const error = await api.createFlow({ name: "x", categories: ["OTHER"] }).catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppConfigurationError);
    expect(error.option).toBe("businessAccountId");
    expect(error.message).toContain("createFlow needs a WhatsApp Business Account id");
    expect(seen).toHaveLength(0);
  });

  it("refuses an empty category list before calling Graph", async () => {
    await expect(flowsApi().createFlow({ name: "x", categories: [] })).rejects.toThrow(
      "createFlow: categories must list at least one FlowCategory",
    );
    expect(seen).toHaveLength(0);
  });
});

describe("getFlow", () => {
  it("asks for every field and parses the whole flow object", async () => {
    const flow = await flowsApi().getFlow(FLOW_ID);
    expect(seen.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
      ["GET", `/v26.0/${FLOW_ID}`, { fields: ALL_FIELDS }, undefined],
    ]);
    expect(flow).toBeInstanceOf(FlowDetails);
    expect(flow.id).toBe(FLOW_ID);
    expect(flow.name).toBe("feedback");
    expect(flow.status).toBe(FlowStatus.DRAFT);
    expect(flow.categories).toEqual(["SURVEY", "OTHER"]);
    expect(flow.validationErrors).toEqual(parsedValidationErrors);
    expect(flow.jsonVersion).toBe("7.1");
    expect(flow.dataApiVersion).toBe("3.0");
    expect(flow.endpointUri).toBe("https://example.com/flows/feedback");
    expect(flow.preview).toBeInstanceOf(FlowPreview);
    expect(flow.preview?.url).toBe(flowBody.preview.preview_url);
    expect(flow.preview?.expiresAt.toISOString()).toBe("2026-09-21T11:18:09.000Z");
    expect(flow.whatsappBusinessAccount).toEqual({
      id: WABA_ID,
      name: "Acme Support",
      timezoneId: "1",
      messageTemplateNamespace: "6a5b4c3d_2e1f_4a5b_9c8d_7e6f5a4b3c2d",
      businessType: "ent",
    });
    expect(flow.application).toEqual({
      id: "843211225912345",
      name: "Acme Bot",
      link: "https://acme.example",
    });
    expect(flow.healthStatus).toEqual({
      canSendMessage: "BLOCKED",
      entities: [
        {
          entityType: "FLOW",
          id: FLOW_ID,
          canSendMessage: "AVAILABLE",
          errors: [],
          additionalInfo: [],
        },
        {
          entityType: "WABA",
          id: WABA_ID,
          canSendMessage: "BLOCKED",
          errors: [
            {
              errorCode: 131000,
              errorDescription: "The WhatsApp Business Account is not subscribed to flows webhooks",
              possibleSolution: "Subscribe the app to the flows webhook field",
            },
          ],
          additionalInfo: ["Checked 2026-08-01"],
        },
      ],
    });
    expect(flow.updatedAt?.toISOString()).toBe("2026-08-21T09:30:00.000Z");
    expect(flow.raw).toEqual(flowBody);
  });

  it("asks for chosen fields, the health for one phone number and a new preview link", async () => {
    await flowsApi().getFlow(FLOW_ID, {
      fields: ["preview", "healthStatus", "endpointUri"],
      phoneNumberId: "109876543210",
      invalidatePreview: true,
    });
    expect(seen[0]?.query).toEqual({
      fields:
        "id,name,status,categories,validation_errors,preview.invalidate(true),health_status.phone_number(109876543210),endpoint_uri",
    });
  });

  it("keeps a status Graph added after this SDK was written", async () => {
    server.use(
      http.get(`${GRAPH}/:id`, () =>
        HttpResponse.json({ id: "1", name: "n", status: "ARCHIVED", categories: ["SHOPPING"] }),
      ),
    );
    const flow = await flowsApi().getFlow("1");
    expect(flow.status).toBe("ARCHIVED");
    expect(flow.categories).toEqual(["SHOPPING"]);
    expect(flow.validationErrors).toEqual([]);
    expect(flow.preview).toBeUndefined();
  });

  it("reads the endpoint from data_channel_uri, its name before Graph v19.0", async () => {
    server.use(
      http.get(`${GRAPH}/:id`, () =>
        HttpResponse.json({
          id: "1",
          name: "n",
          status: "DRAFT",
          categories: ["OTHER"],
          data_channel_uri: "https://old.example/endpoint",
        }),
      ),
    );
    expect((await flowsApi().getFlow("1")).endpointUri).toBe("https://old.example/endpoint");
  });

  it("names the field when Graph sends a value the schema does not know", async () => {
    server.use(
      http.get(`${GRAPH}/:id`, () =>
        HttpResponse.json({
          ...flowBody,
          preview: { preview_url: "https://x", expires_at: "soon" },
        }),
      ),
    );
    const error = await flowsApi()
      .getFlow(FLOW_ID)
      .catch((e) => e);
    expect(error).toBeInstanceOf(GraphResponseError);
    expect(error.message).toBe(
      `GET /${FLOW_ID}: the answer does not match what tswa expects: field \`preview.expires_at\`: not a date (HTTP 200)`,
    );
  });

  it("names a nested field of a validation error that changed type", async () => {
    server.use(
      http.get(`${GRAPH}/:id`, () =>
        HttpResponse.json({
          ...flowBody,
          validation_errors: [{ ...flowBody.validation_errors[0], line_start: "ten" }],
        }),
      ),
    );
    await expect(flowsApi().getFlow(FLOW_ID)).rejects.toThrow(
      "field `validation_errors.0.line_start`",
    );
  });

  it("refuses a field it does not know, before any request", async () => {
    await expect(
      flowsApi().getFlow(FLOW_ID, { fields: ["toString" as "preview"] }),
    ).rejects.toThrow('unknown flow field "toString"');
    await expect(flowsApi().getFlow(FLOW_ID, { phoneNumberId: "1),metric(x" })).rejects.toThrow(
      'phoneNumberId must be digits, got "1),metric(x"',
    );
    expect(seen).toHaveLength(0);
  });

  it("encodes the flow id into the path and refuses an empty one", async () => {
    await flowsApi().getFlow("12/../34", { fields: [] });
    expect(seen[0]?.path).toBe("/v26.0/12%2F..%2F34");
    await expect(flowsApi().getFlow("")).rejects.toThrow(
      "getFlow: flowId must be a non-empty string",
    );
  });
});

describe("getFlows", () => {
  it("awaits to the first page with its cursors", async () => {
    const page = await flowsApi().getFlows({ limit: 2 });
    expect(seen.map((r) => [r.method, r.path, r.query])).toEqual([
      ["GET", `/v26.0/${WABA_ID}/flows`, { fields: ALL_FIELDS, limit: "2" }],
    ]);
    expect(page.data.map((f) => [f.id, f.name, f.status])).toEqual([
      ["1000000000000001", "one", "PUBLISHED"],
      ["1000000000000002", "two", "DEPRECATED"],
    ]);
    expect(page.cursors).toEqual({ before: "QVFIUa", after: "QVFIUb" });
    expect(page.hasNextPage()).toBe(true);
  });

  it("iterates every flow of every page with for await, following the after cursor", async () => {
    const names: string[] = [];
    for await (const flow of flowsApi().getFlows({ limit: 2 })) names.push(flow.name);
    expect(names).toEqual(["one", "two", "three"]);
    expect(seen.map((r) => r.query)).toEqual([
      { fields: ALL_FIELDS, limit: "2" },
      { fields: ALL_FIELDS, limit: "2", after: "QVFIUb" },
    ]);
  });

  it("stops at a page without paging.next, and getNextPage then rejects", async () => {
    const first = await flowsApi().getFlows();
    const last = await first.getNextPage();
    expect(last.data.map((f) => f.status)).toEqual(["SOME_NEW_STATUS"]);
    expect(last.hasNextPage()).toBe(false);
    await expect(last.getNextPage()).rejects.toBeInstanceOf(RangeError);
  });

  it("lists another account's flows when the call names it", async () => {
    await flowsApi().getFlows({ businessAccountId: OTHER_WABA_ID, fields: [] });
    expect(seen[0]?.path).toBe(`/v26.0/${OTHER_WABA_ID}/flows`);
    expect(seen[0]?.query).toEqual({ fields: "id,name,status,categories,validation_errors" });
  });

  it("throws WhatsAppConfigurationError naming businessAccountId when no account is known", () => {
    const api = new FlowsApi(new GraphClient({ token: TOKEN }));
    expect(() => api.getFlows()).toThrow(WhatsAppConfigurationError);
    expect(() => api.getFlows()).toThrow("getFlows needs a WhatsApp Business Account id");
  });
});

describe("updateFlowMetadata", () => {
  it("POSTs the changed fields to /{flow} as JSON", async () => {
    const ok = await flowsApi().updateFlowMetadata(FLOW_ID, {
      name: "Feedback",
      categories: [FlowCategory.SURVEY, FlowCategory.OTHER],
      endpointUri: "https://my-api-server/feedback_flow",
      applicationId: "843211225912345",
    });
    expect(ok).toBe(true);
    expect(seen.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
      [
        "POST",
        `/v26.0/${FLOW_ID}`,
        {},
        {
          name: "Feedback",
          categories: ["SURVEY", "OTHER"],
          endpoint_uri: "https://my-api-server/feedback_flow",
          application_id: "843211225912345",
        },
      ],
    ]);
  });

  it("sends only the fields given", async () => {
    await flowsApi().updateFlowMetadata(FLOW_ID, { name: "Renamed" });
    expect(seen[0]?.body).toEqual({ name: "Renamed" });
  });

  it("refuses a call that changes nothing", async () => {
    await expect(flowsApi().updateFlowMetadata(FLOW_ID, {})).rejects.toThrow(
      "updateFlowMetadata: pass at least one of name, categories, endpointUri, applicationId",
    );
    expect(seen).toHaveLength(0);
  });
});

describe("publishFlow, deprecateFlow, deleteFlow", () => {
  it("POSTs /{flow}/publish without a body", async () => {
    expect(await flowsApi().publishFlow(FLOW_ID)).toBe(true);
    expect(seen.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
      ["POST", `/v26.0/${FLOW_ID}/publish`, {}, undefined],
    ]);
  });

  it("POSTs /{flow}/deprecate without a body", async () => {
    expect(await flowsApi().deprecateFlow(FLOW_ID)).toBe(true);
    expect(seen.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
      ["POST", `/v26.0/${FLOW_ID}/deprecate`, {}, undefined],
    ]);
  });

  it("DELETEs /{flow}", async () => {
    expect(await flowsApi().deleteFlow(FLOW_ID)).toBe(true);
    expect(seen.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
      ["DELETE", `/v26.0/${FLOW_ID}`, {}, undefined],
    ]);
  });

  it("returns false when Graph answers success: false", async () => {
    server.use(http.post(`${GRAPH}/:id/publish`, () => HttpResponse.json({ success: false })));
    expect(await flowsApi().publishFlow(FLOW_ID)).toBe(false);
  });
});
