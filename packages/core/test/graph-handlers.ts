/**
 * msw handlers for the Graph API, one group per resource, answering with bodies shaped exactly
 * as the Flows API documents them. Every request a handler sees is recorded (method, path,
 * query, headers, decoded body) so tests can assert what went out.
 */
import { FlowsApi, GraphClient, type GraphClientOptions, MessagesApi } from "@tswa/core";
import { type HttpHandler, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

export const GRAPH = "https://graph.facebook.com/v26.0";
export const TOKEN = "EAAJB-test-token-3f9c2e7d1a";
export const WABA_ID = "102290129340398";
export const OTHER_WABA_ID = "104996122399160";
export const PHONE_ID = "106540352242922";
export const FLOW_ID = "1212121212121212";

/** One request as the mocked Graph API received it. */
export interface SeenRequest {
  method: string;
  /** The path with the version, such as `/v26.0/123/flows`. */
  path: string;
  query: Record<string, string>;
  headers: Headers;
  /** The decoded body: JSON, form fields, or multipart parts; `undefined` when empty. */
  body: unknown;
  /** The body text exactly as sent, for JSON bodies (byte-for-byte assertions). */
  rawBody?: string | undefined;
}

/** A multipart file part as received. */
export interface SeenFile {
  filename: string;
  type: string;
  text: string;
}

async function see(request: Request): Promise<SeenRequest> {
  const url = new URL(request.url);
  const type = request.headers.get("content-type") ?? "";
  let body: unknown;
  let rawBody: string | undefined;
  if (type.startsWith("application/json")) {
    rawBody = await request.text();
    body = JSON.parse(rawBody);
  } else if (type.startsWith("application/x-www-form-urlencoded")) {
    body = Object.fromEntries(new URLSearchParams(await request.text()));
  } else if (type.startsWith("multipart/form-data")) {
    const parts: Record<string, string | SeenFile> = {};
    for (const [name, value] of await request.formData()) {
      parts[name] =
        typeof value === "string"
          ? value
          : { filename: value.name, type: value.type, text: await value.text() };
    }
    body = parts;
  } else {
    const text = await request.text();
    body = text === "" ? undefined : text;
  }
  return {
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: request.headers,
    body,
    rawBody,
  };
}

// ---- bodies (spec 3.1, 3.2, 1.2) ----

export const validationErrorsBody = [
  {
    error: "INVALID_PROPERTY_VALUE",
    error_type: "FLOW_JSON_ERROR",
    message: "Invalid value found for property 'type'.",
    line_start: 10,
    line_end: 10,
    column_start: 21,
    column_end: 34,
    pointers: [
      {
        line_start: 10,
        line_end: 10,
        column_start: 21,
        column_end: 34,
        path: "screens[0].layout.children[0].type",
      },
    ],
  },
  {
    error: "INVALID_PROPERTY",
    error_type: "JSON_SCHEMA_ERROR",
    message:
      'The property "initial-text" cannot be specified at "$root/screens/0/layout/children/2/children/0".',
    line_start: 46,
    line_end: 46,
    column_start: 17,
    column_end: 30,
  },
];

export const flowBody = {
  id: FLOW_ID,
  name: "feedback",
  status: "DRAFT",
  categories: ["SURVEY", "OTHER"],
  validation_errors: validationErrorsBody,
  json_version: "7.1",
  data_api_version: "3.0",
  endpoint_uri: "https://example.com/flows/feedback",
  preview: {
    preview_url: `https://business.facebook.com/wa/manage/flows/${FLOW_ID}/preview/?token=b9d6a1c0`,
    expires_at: "2026-09-21T11:18:09+0000",
  },
  whatsapp_business_account: {
    id: WABA_ID,
    name: "Acme Support",
    timezone_id: "1",
    business_type: "ent",
    message_template_namespace: "6a5b4c3d_2e1f_4a5b_9c8d_7e6f5a4b3c2d",
  },
  application: { link: "https://acme.example", name: "Acme Bot", id: "843211225912345" },
  health_status: {
    can_send_message: "BLOCKED",
    entities: [
      { entity_type: "FLOW", id: FLOW_ID, can_send_message: "AVAILABLE" },
      {
        entity_type: "WABA",
        id: WABA_ID,
        can_send_message: "BLOCKED",
        errors: [
          {
            error_code: 131000,
            error_description: "The WhatsApp Business Account is not subscribed to flows webhooks",
            possible_solution: "Subscribe the app to the flows webhook field",
          },
        ],
        additional_info: ["Checked 2026-08-01"],
      },
    ],
  },
  updated_at: "2026-08-21T09:30:00+0000",
};

export const flowListPages = [
  {
    data: [
      { ...flowBody, id: "1000000000000001", name: "one", status: "PUBLISHED" },
      { ...flowBody, id: "1000000000000002", name: "two", status: "DEPRECATED" },
    ],
    paging: {
      cursors: { before: "QVFIUa", after: "QVFIUb" },
      next: `${GRAPH}/${WABA_ID}/flows?after=QVFIUb`,
    },
  },
  {
    data: [{ ...flowBody, id: "1000000000000003", name: "three", status: "SOME_NEW_STATUS" }],
    paging: { cursors: { before: "QVFIUc", after: "QVFIUd" } },
  },
];

export const createdFlowBody = {
  id: FLOW_ID,
  success: true,
  validation_errors: validationErrorsBody,
};
export const jsonUpdateBody = { success: true, validation_errors: validationErrorsBody };
export const successBody = { success: true };

export const assetPages = [
  {
    data: [
      {
        name: "flow.json",
        asset_type: "FLOW_JSON",
        download_url: "https://scontent.xx.fbcdn.net/m1/v/t0.57323-24/An_Hq0jnfJ",
      },
    ],
    paging: { cursors: { before: "QVFIUe", after: "QVFIUf" } },
  },
];

export const metricBody = {
  id: FLOW_ID,
  metric: {
    granularity: "DAY",
    name: "ENDPOINT_REQUEST_ERROR",
    data_points: [
      {
        timestamp: "2024-01-28T08:00:00+0000",
        data: [
          { key: "timeout_error", value: 4 },
          { key: "unexpected_http_status_code", value: 2 },
        ],
      },
      { timestamp: "2024-01-29T08:00:00+0000", data: [{ key: "timeout_error", value: 0 }] },
    ],
  },
};

export const migrateBody = {
  migrated_flows: [{ source_name: "appointment-booking", source_id: "1234", migrated_id: "5678" }],
  failed_flows: [
    {
      source_name: "lead-gen",
      error_code: "4233041",
      error_message: "Flows Migration Error: Flow with the same name exists in destination WABA.",
    },
  ],
};

export const PUBLIC_KEY_FIELDS = {
  business_public_key: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----\n",
  business_public_key_signature_status: "VALID",
};

/** A Graph error body (spec 3.4). */
export function graphErrorBody(code: number, extra: Record<string, unknown> = {}) {
  return {
    error: {
      message: "(#139002) Publishing Flow in invalid state",
      type: "OAuthException",
      code,
      error_subcode: 2494068,
      error_user_title: "Flow can't be published",
      error_user_msg: "Fix the validation errors first.",
      error_data: { messaging_product: "whatsapp", details: "The flow has validation errors." },
      is_transient: false,
      fbtrace_id: "AbCdEfGhIjKlMn",
      ...extra,
    },
  };
}

// ---- handlers, per resource ----

type Seen = SeenRequest[];

/** Flows: create, list, get (fields, preview, metric), update, delete, actions. */
export function flowHandlers(seen: Seen): HttpHandler[] {
  return [
    http.post(`${GRAPH}/:waba/flows`, async ({ request }) => {
      seen.push(await see(request));
      return HttpResponse.json(createdFlowBody);
    }),
    http.get(`${GRAPH}/:waba/flows`, async ({ request }) => {
      const req = await see(request);
      seen.push(req);
      return HttpResponse.json(req.query.after === "QVFIUb" ? flowListPages[1] : flowListPages[0]);
    }),
    http.post(`${GRAPH}/:id/assets`, async ({ request }) => {
      seen.push(await see(request));
      return HttpResponse.json(jsonUpdateBody);
    }),
    http.get(`${GRAPH}/:id/assets`, async ({ request }) => {
      seen.push(await see(request));
      return HttpResponse.json(assetPages[0]);
    }),
    ...["publish", "deprecate"].map((action) =>
      http.post(`${GRAPH}/:id/${action}`, async ({ request }) => {
        seen.push(await see(request));
        return HttpResponse.json(successBody);
      }),
    ),
    http.get(`${GRAPH}/:id`, async ({ request, params }) => {
      const req = await see(request);
      seen.push(req);
      const fields = req.query.fields ?? "";
      if (fields.startsWith("metric.")) return HttpResponse.json(metricBody);
      if (fields.startsWith("preview.invalidate(")) {
        return HttpResponse.json({ preview: flowBody.preview, id: params.id });
      }
      return HttpResponse.json({ ...flowBody, id: params.id });
    }),
    http.post(`${GRAPH}/:id`, async ({ request }) => {
      seen.push(await see(request));
      return HttpResponse.json(successBody);
    }),
    http.delete(`${GRAPH}/:id`, async ({ request }) => {
      seen.push(await see(request));
      return HttpResponse.json(successBody);
    }),
  ];
}

/** Migration between accounts. */
export function migrateHandlers(seen: Seen): HttpHandler[] {
  return [
    http.post(`${GRAPH}/:waba/migrate_flows`, async ({ request }) => {
      seen.push(await see(request));
      return HttpResponse.json(migrateBody);
    }),
  ];
}

/** The business public key; `shape` picks the documented flat body or Postman's `data[]`. */
export function publicKeyHandlers(seen: Seen, shape: "flat" | "wrapped" = "flat"): HttpHandler[] {
  return [
    http.post(`${GRAPH}/:phone/whatsapp_business_encryption`, async ({ request }) => {
      seen.push(await see(request));
      return HttpResponse.json(successBody);
    }),
    http.get(`${GRAPH}/:phone/whatsapp_business_encryption`, async ({ request }) => {
      seen.push(await see(request));
      return HttpResponse.json(
        shape === "flat" ? PUBLIC_KEY_FIELDS : { data: [PUBLIC_KEY_FIELDS] },
      );
    }),
  ];
}

/** Meta's documented answer to a sent message. */
export function sentBody(input = "+16505551234", waId = "16505551234") {
  return {
    messaging_product: "whatsapp",
    contacts: [{ input, wa_id: waId }],
    messages: [{ id: "wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA" }],
  };
}

/** `POST /{phone}/messages`: read receipts answer `{success}`, everything else a sent message. */
export function messageHandlers(seen: Seen): HttpHandler[] {
  return [
    http.post(`${GRAPH}/:phone/messages`, async ({ request }) => {
      const seenRequest = await see(request);
      seen.push(seenRequest);
      const body = seenRequest.body as Record<string, unknown>;
      return HttpResponse.json(body.status === "read" ? successBody : sentBody());
    }),
  ];
}

/**
 * Calls to `path` (default: every call) answer with this status and body (for error tests);
 * records what it saw.
 */
export function answerEverything(
  seen: Seen,
  status: number,
  body: unknown,
  options: { path?: string; headers?: Record<string, string> } = {},
): HttpHandler {
  const { path = "*", headers } = options;
  return http.all(`${GRAPH}/${path}`, async ({ request }) => {
    seen.push(await see(request));
    return HttpResponse.json(body as Record<string, unknown>, { status, headers });
  });
}

/**
 * Starts msw for the calling test file (unhandled requests fail the test) and records every
 * request the handlers see in `seen`, emptied after each test.
 */
export function useGraph(): { server: ReturnType<typeof setupServer>; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const server = setupServer(
    ...flowHandlers(seen),
    ...migrateHandlers(seen),
    ...publicKeyHandlers(seen),
    ...messageHandlers(seen),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());
  return { server, seen };
}

/** A FlowsApi on a client with the test token and no retries (retry tests opt in). */
export function flowsApi(options: GraphClientOptions = {}): FlowsApi {
  const graph = new GraphClient({ token: TOKEN, retry: { maxRetries: 0 }, ...options });
  return new FlowsApi(graph, { businessAccountId: WABA_ID, phoneId: PHONE_ID });
}

/** A MessagesApi on a client with the test token and no retries. */
export function messagesApi(options: GraphClientOptions = {}): MessagesApi {
  const graph = new GraphClient({ token: TOKEN, retry: { maxRetries: 0 }, ...options });
  return new MessagesApi(graph, { phoneId: PHONE_ID });
}
