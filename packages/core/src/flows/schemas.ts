import { z } from "zod";
import { graphDateString, parseGraphDate } from "./graph-date.js";
import { FlowPreview } from "./preview.js";
import type {
  CreatedFlow,
  FlowAsset,
  FlowHealthStatus,
  FlowJsonUpdateResult,
  FlowValidationError,
  MigrateFlowsResult,
} from "./types.js";

// The schemas check Graph's snake_case bodies as they are (loose objects keep fields Graph
// adds later); the functions below them turn checked bodies into the camelCase types.

const position = {
  line_start: z.number().optional(),
  line_end: z.number().optional(),
  column_start: z.number().optional(),
  column_end: z.number().optional(),
};

export const validationErrorSchema = z.looseObject({
  error: z.string(),
  error_type: z.string(),
  message: z.string(),
  ...position,
  pointers: z.array(z.looseObject({ path: z.string(), ...position })).optional(),
});

export function toValidationError(e: z.output<typeof validationErrorSchema>): FlowValidationError {
  return {
    error: e.error,
    errorType: e.error_type,
    message: e.message,
    lineStart: e.line_start,
    lineEnd: e.line_end,
    columnStart: e.column_start,
    columnEnd: e.column_end,
    pointers: (e.pointers ?? []).map((p) => ({
      path: p.path,
      lineStart: p.line_start,
      lineEnd: p.line_end,
      columnStart: p.column_start,
      columnEnd: p.column_end,
    })),
  };
}

export const previewSchema = z.looseObject({
  preview_url: z.string(),
  expires_at: graphDateString,
});

export const toPreview = (p: z.output<typeof previewSchema>) =>
  new FlowPreview(p.preview_url, parseGraphDate(p.expires_at));

const healthSchema = z.looseObject({
  can_send_message: z.string(),
  entities: z
    .array(
      z.looseObject({
        entity_type: z.string(),
        id: z.string(),
        can_send_message: z.string(),
        errors: z
          .array(
            z.looseObject({
              error_code: z.number(),
              error_description: z.string().optional(),
              possible_solution: z.string().optional(),
            }),
          )
          .optional(),
        additional_info: z.array(z.string()).optional(),
      }),
    )
    .optional(),
});

function toHealthStatus(h: z.output<typeof healthSchema>): FlowHealthStatus {
  return {
    canSendMessage: h.can_send_message,
    entities: (h.entities ?? []).map((e) => ({
      entityType: e.entity_type,
      id: e.id,
      canSendMessage: e.can_send_message,
      errors: (e.errors ?? []).map((x) => ({
        errorCode: x.error_code,
        errorDescription: x.error_description,
        possibleSolution: x.possible_solution,
      })),
      additionalInfo: e.additional_info ?? [],
    })),
  };
}

/** The flow object of spec 3.2; fields past the five defaults are there when asked for. */
export const flowSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  categories: z.array(z.string()),
  validation_errors: z.array(validationErrorSchema).optional(),
  json_version: z.string().optional(),
  data_api_version: z.string().optional(),
  endpoint_uri: z.string().optional(),
  data_channel_uri: z.string().optional(),
  preview: previewSchema.optional(),
  whatsapp_business_account: z
    .looseObject({
      id: z.string(),
      name: z.string().optional(),
      timezone_id: z.string().optional(),
      message_template_namespace: z.string().optional(),
      business_type: z.string().optional(),
    })
    .optional(),
  application: z
    .looseObject({ id: z.string(), name: z.string().optional(), link: z.string().optional() })
    .optional(),
  health_status: healthSchema.optional(),
  updated_at: graphDateString.optional(),
});

/**
 * A checked flow object, as Graph sent it.
 *
 * @useDeclaredType
 */
export type RawFlow = z.output<typeof flowSchema>;

/** The camelCase fields of a flow, made from a checked Graph flow object. */
export function toFlowFields(flow: RawFlow) {
  const waba = flow.whatsapp_business_account;
  const app = flow.application;
  return {
    id: flow.id,
    name: flow.name,
    status: flow.status,
    categories: flow.categories,
    validationErrors: (flow.validation_errors ?? []).map(toValidationError),
    jsonVersion: flow.json_version,
    dataApiVersion: flow.data_api_version,
    // `data_channel_uri` was the name before Graph v19.0 (Flow JSON below 3.0).
    endpointUri: flow.endpoint_uri ?? flow.data_channel_uri,
    preview: flow.preview && toPreview(flow.preview),
    whatsappBusinessAccount: waba && {
      id: waba.id,
      name: waba.name,
      timezoneId: waba.timezone_id,
      messageTemplateNamespace: waba.message_template_namespace,
      businessType: waba.business_type,
    },
    application: app && { id: app.id, name: app.name, link: app.link },
    healthStatus: flow.health_status && toHealthStatus(flow.health_status),
    updatedAt: flow.updated_at === undefined ? undefined : parseGraphDate(flow.updated_at),
  };
}

export const successSchema = z.looseObject({ success: z.boolean() });

export const createdFlowSchema = z
  .looseObject({
    id: z.string(),
    success: z.boolean().optional(),
    validation_errors: z.array(validationErrorSchema).optional(),
  })
  .transform(
    (body): CreatedFlow => ({
      id: body.id,
      success: body.success ?? true,
      validationErrors: (body.validation_errors ?? []).map(toValidationError),
    }),
  );

export const jsonUpdateSchema = z
  .looseObject({
    success: z.boolean(),
    validation_errors: z.array(validationErrorSchema).optional(),
  })
  .transform(
    (body): FlowJsonUpdateResult => ({
      success: body.success,
      validationErrors: (body.validation_errors ?? []).map(toValidationError),
    }),
  );

export const assetSchema = z.looseObject({
  name: z.string(),
  asset_type: z.string(),
  download_url: z.string(),
});

export const toAsset = (a: z.output<typeof assetSchema>): FlowAsset => ({
  name: a.name,
  type: a.asset_type,
  url: a.download_url,
});

export const migrateSchema = z
  .looseObject({
    migrated_flows: z
      .array(
        z.looseObject({ source_name: z.string(), source_id: z.string(), migrated_id: z.string() }),
      )
      .optional(),
    failed_flows: z
      .array(
        z.looseObject({
          source_name: z.string(),
          error_code: z.union([z.string(), z.number()]),
          error_message: z.string(),
        }),
      )
      .optional(),
  })
  .transform(
    (body): MigrateFlowsResult => ({
      migratedFlows: (body.migrated_flows ?? []).map((f) => ({
        sourceName: f.source_name,
        sourceId: f.source_id,
        migratedId: f.migrated_id,
      })),
      failedFlows: (body.failed_flows ?? []).map((f) => ({
        sourceName: f.source_name,
        errorCode: String(f.error_code),
        errorMessage: f.error_message,
      })),
    }),
  );
