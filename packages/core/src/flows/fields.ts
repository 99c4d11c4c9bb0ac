/**
 * The optional fields of a flow that `getFlow` and `getFlows` can ask for; `id`, `name`,
 * `status`, `categories` and `validationErrors` always come.
 */
export type FlowDetailsField =
  | "jsonVersion"
  | "dataApiVersion"
  | "endpointUri"
  | "preview"
  | "whatsappBusinessAccount"
  | "application"
  | "healthStatus"
  | "updatedAt";

const GRAPH_NAMES: Record<FlowDetailsField, string> = {
  jsonVersion: "json_version",
  dataApiVersion: "data_api_version",
  endpointUri: "endpoint_uri",
  preview: "preview",
  whatsappBusinessAccount: "whatsapp_business_account",
  application: "application",
  healthStatus: "health_status",
  updatedAt: "updated_at",
};

/** Every optional flow field, the default of `getFlow` and `getFlows`. */
export const FLOW_DETAILS_FIELDS = Object.keys(GRAPH_NAMES) as readonly FlowDetailsField[];

const ALWAYS = ["id", "name", "status", "categories", "validation_errors"];

/** How to ask for a flow's fields. */
export interface FlowFieldsOptions {
  /** The optional fields to fetch. Default: all of {@link FLOW_DETAILS_FIELDS}. */
  fields?: readonly FlowDetailsField[] | undefined;
  /** With `healthStatus`: check the health of the flow for sending from this phone number id. */
  phoneNumberId?: string | undefined;
  /** Make a new preview link, which ends the old one. Default: false (keep the current link). */
  invalidatePreview?: boolean | undefined;
}

/** The Graph `fields` list for a flow, with the field expansions the options call for. */
export function flowFieldsQuery(options: FlowFieldsOptions): string {
  const fields = options.fields ?? FLOW_DETAILS_FIELDS;
  const names = fields.map((field) => {
    if (!Object.hasOwn(GRAPH_NAMES, field)) {
      throw new TypeError(
        `unknown flow field "${field}"; known: ${FLOW_DETAILS_FIELDS.join(", ")}`,
      );
    }
    if (field === "preview" && options.invalidatePreview) return "preview.invalidate(true)";
    if (field === "healthStatus" && options.phoneNumberId !== undefined) {
      // The id goes inside Graph's expansion syntax: only digits are ever valid there.
      if (!/^\d+$/.test(options.phoneNumberId)) {
        throw new TypeError(`phoneNumberId must be digits, got "${options.phoneNumberId}"`);
      }
      return `health_status.phone_number(${options.phoneNumberId})`;
    }
    return GRAPH_NAMES[field];
  });
  return [...ALWAYS, ...new Set(names)].join(",");
}
