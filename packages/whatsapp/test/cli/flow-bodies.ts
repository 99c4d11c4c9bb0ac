/** Graph flow bodies (spec 3.2) for the `tswa flows` tests. */

export const WABA = "102290129340398";
export const FLOW_ID = "1187440182476201";

/** Two validation errors: one with a position and a pointer, one with neither. */
export const validationErrors = [
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
    error: "MISSING_REQUIRED_PROPERTY",
    error_type: "JSON_SCHEMA_ERROR",
    message: 'The property "data_api_version" is required.',
  },
];

/** A flow with the fields `flows list` asks for. */
export const flow = (
  id: string,
  name: string,
  status: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  name,
  status,
  categories: ["SIGN_UP"],
  validation_errors: [],
  json_version: "7.1",
  updated_at: "2026-11-24T10:00:00+0000",
  ...extra,
});

/** A flow with every field: validation errors, preview, account, app and a blocked health. */
export const fullFlow = flow(FLOW_ID, "Sign up", "DRAFT", {
  categories: ["SIGN_UP", "OTHER"],
  validation_errors: validationErrors,
  data_api_version: "3.0",
  endpoint_uri: "https://example.com/flows/sign-up",
  preview: {
    preview_url: `https://business.facebook.com/wa/manage/flows/${FLOW_ID}/preview/?token=p1`,
    expires_at: "2026-12-24T10:00:00+0000",
  },
  whatsapp_business_account: { id: WABA, name: "Acme" },
  application: { id: "841920", name: "Acme app" },
  health_status: {
    can_send_message: "BLOCKED",
    entities: [
      { entity_type: "FLOW", id: FLOW_ID, can_send_message: "AVAILABLE" },
      {
        entity_type: "APP",
        id: "841920",
        can_send_message: "BLOCKED",
        errors: [
          {
            error_code: 131000,
            error_description: "The endpoint is not reachable.",
            possible_solution: "Check the endpoint URL.",
          },
        ],
      },
    ],
  },
});
