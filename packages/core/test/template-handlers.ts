/**
 * msw handlers for the template edges, the Marketing Messages Lite edge and the Resumable
 * Upload API, answering with the bodies Meta documents. Each request is recorded with its raw
 * body so tests can assert exactly what went out.
 */
import { type HttpHandler, HttpResponse, http, type JsonBodyType } from "msw";
import { GRAPH, PHONE_ID, WABA_ID } from "./graph-handlers.js";

export const API = "https://api.facebook.com/v26.0";
export const APP_ID = "1234567890";
export const TEMPLATE_ID = "594425479261596";
export const SESSION = "upload:MTphdHRhY2htZW50OjlkYzQ3NzA1?sig=ARZqk4G8tK";
export const HANDLE = "4::aW1hZ2UvcG5n:ARYpf6BbP1";

/** One request as received, with its body as bytes. */
export interface SeenCall {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array;
  /** The body as text. */
  text: string;
}

export const rawTemplate = (id = TEMPLATE_ID, name = "seasonal_promotion") => ({
  id,
  name,
  language: "en_US",
  category: "MARKETING",
  status: "APPROVED",
  parameter_format: "POSITIONAL",
  quality_score: { score: "GREEN", date: 1700000000 },
  components: [
    {
      type: "HEADER",
      format: "TEXT",
      text: "Our {{1}} is on!",
      example: { header_text: ["Summer Sale"] },
    },
    {
      type: "BODY",
      text: "Use code {{1}} to get {{2}} off.",
      example: { body_text: [["25OFF", "25%"]] },
    },
    {
      type: "BUTTONS",
      buttons: [
        { type: "QUICK_REPLY", text: "Unsubscribe" },
        {
          type: "URL",
          text: "Shop",
          url: "https://example.com/shop/{{1}}",
          example: ["https://example.com/shop/x"],
        },
      ],
    },
  ],
});

const record = async (seen: SeenCall[], request: Request) => {
  const body = new Uint8Array(await request.arrayBuffer());
  seen.push({
    method: request.method,
    url: new URL(request.url),
    headers: request.headers,
    body,
    text: new TextDecoder().decode(body),
  });
};

/** Answers `body` to `method url`, recording each request in `seen`. */
const answer = (
  seen: SeenCall[],
  method: "get" | "post" | "delete",
  url: string,
  body: JsonBodyType,
) =>
  http[method](url, async ({ request }) => {
    await record(seen, request);
    return HttpResponse.json(body);
  });

export function templateHandlers(seen: SeenCall[]): HttpHandler[] {
  return [
    answer(seen, "post", `${GRAPH}/:waba/message_templates`, {
      id: TEMPLATE_ID,
      status: "PENDING",
      category: "MARKETING",
    }),
    http.get(`${GRAPH}/:waba/message_templates`, async ({ request }) => {
      await record(seen, request);
      const after = new URL(request.url).searchParams.get("after");
      return HttpResponse.json(
        after === "MQZD"
          ? {
              data: [rawTemplate("2", "second_page")],
              paging: { cursors: { before: "MQZD", after: "MgZD" } },
            }
          : {
              data: [rawTemplate()],
              paging: {
                cursors: { before: "MAZD", after: "MQZD" },
                next: `${GRAPH}/${WABA_ID}/message_templates?after=MQZD`,
              },
            },
      );
    }),
    answer(seen, "delete", `${GRAPH}/:waba/message_templates`, { success: true }),
    answer(seen, "post", `${GRAPH}/:waba/upsert_message_templates`, {
      data: [
        { id: "111", status: "APPROVED", language: "en_US" },
        { id: "222", status: "APPROVED", language: "fr" },
      ],
    }),
    answer(seen, "post", `${GRAPH}/:waba/migrate_message_templates`, {
      migrated_templates: ["1473688840035974"],
      failed_templates: { "1589009858132881": "Template is not approved" },
    }),
    answer(seen, "post", `${API}/:waba/message_templates/archive`, {
      archived_templates: ["1", "2"],
      failed_templates: {},
    }),
    answer(seen, "post", `${API}/:waba/message_templates/unarchive`, {
      unarchived_templates: ["1"],
      failed_templates: { "2": "not archived" },
    }),
    answer(seen, "get", `${GRAPH}/:id/compare`, {
      data: [
        { metric: "BLOCK_RATE", type: "RELATIVE", order_by_relative_metric: ["2", TEMPLATE_ID] },
        {
          metric: "MESSAGE_SENDS",
          type: "NUMBER_VALUES",
          number_values: [
            { key: TEMPLATE_ID, value: 1200 },
            { key: "2", value: 800 },
          ],
        },
        {
          metric: "TOP_BLOCK_REASON",
          type: "STRING_VALUES",
          string_values: [{ key: TEMPLATE_ID, value: "SPAM" }],
        },
      ],
    }),
    answer(seen, "post", `${GRAPH}/:id/unpause`, { success: true }),
    answer(seen, "post", `${GRAPH}/:app/uploads`, { id: SESSION }),
    http.post(`${GRAPH}/:session`, async ({ request, params }) => {
      await record(seen, request);
      if (String(params.session).startsWith("upload:")) return HttpResponse.json({ h: HANDLE });
      return HttpResponse.json({
        success: true,
        id: String(params.session),
        name: "seasonal_promotion",
        category: "MARKETING",
      });
    }),
    http.get(`${GRAPH}/:id`, async ({ request, params }) => {
      await record(seen, request);
      if (String(params.id).startsWith("upload:"))
        return HttpResponse.json({ id: params.id, file_offset: 4 });
      return HttpResponse.json(rawTemplate(String(params.id)));
    }),
    answer(seen, "post", `${GRAPH}/${PHONE_ID}/marketing_messages`, {
      messaging_product: "whatsapp",
      contacts: [{ input: "16505551234", wa_id: "16505551234" }],
      messages: [{ id: "wamid.MMLITE", message_status: "accepted" }],
    }),
  ];
}
