import { z } from "zod";

/** The fields tswa asks for when it fetches templates. */
export const TEMPLATE_FIELDS = [
  "id",
  "name",
  "language",
  "category",
  "status",
  "components",
  "parameter_format",
  "message_send_ttl_seconds",
  "correct_category",
  "previous_category",
  "rejected_reason",
  "library_template_name",
  "quality_score",
  "cta_url_link_tracking_opted_out",
  "sub_category",
] as const;

/** A template as Graph describes it (`GET /{template-id}`, `GET /{waba-id}/message_templates`). */
export const templateSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  language: z.string(),
  category: z.string(),
  status: z.string(),
  components: z.array(z.looseObject({ type: z.string() })).default([]),
  parameter_format: z.string().optional(),
  message_send_ttl_seconds: z.coerce.number().optional(),
  correct_category: z.string().optional(),
  previous_category: z.string().optional(),
  rejected_reason: z.string().optional(),
  library_template_name: z.string().optional(),
  quality_score: z
    .looseObject({ score: z.string(), date: z.coerce.number().optional() })
    .optional(),
  cta_url_link_tracking_opted_out: z.boolean().optional(),
  sub_category: z.string().optional(),
});

/**
 * A template object exactly as Graph sent it (after the schema's check).
 *
 * @useDeclaredType
 */
export type RawTemplate = z.output<typeof templateSchema>;

export const createdTemplateSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  category: z.string(),
});

export const upsertedTemplatesSchema = z.looseObject({
  data: z.array(z.looseObject({ id: z.string(), status: z.string(), language: z.string() })),
});

export const updatedTemplateSchema = z.looseObject({
  success: z.boolean(),
  id: z.string().optional(),
  name: z.string().optional(),
  category: z.string().optional(),
});

export const successSchema = z.looseObject({ success: z.boolean() });

export const unpauseSchema = z.looseObject({ success: z.boolean(), reason: z.string().optional() });

const failures = z
  .union([
    z.record(z.string(), z.string()),
    z.array(z.looseObject({ id: z.coerce.string(), reason: z.string().optional() })),
  ])
  .optional();

export const archiveSchema = z.looseObject({
  archived_templates: z.array(z.coerce.string()).optional(),
  unarchived_templates: z.array(z.coerce.string()).optional(),
  failed_templates: failures,
});

export const migrateSchema = z.looseObject({
  migrated_templates: z.array(z.coerce.string()).optional(),
  failed_templates: failures,
});

export const compareSchema = z.looseObject({
  data: z.array(
    z.looseObject({
      metric: z.string(),
      type: z.string().optional(),
      order_by_relative_metric: z.array(z.coerce.string()).optional(),
      number_values: z
        .array(z.looseObject({ key: z.coerce.string(), value: z.number() }))
        .optional(),
      string_values: z
        .array(z.looseObject({ key: z.coerce.string(), value: z.string() }))
        .optional(),
    }),
  ),
});

/** Failures as `{ id, reason }`, whichever shape Graph used. */
export const toFailures = (failed: z.output<typeof failures>): { id: string; reason: string }[] =>
  failed === undefined
    ? []
    : Array.isArray(failed)
      ? failed.map((f) => ({ id: f.id, reason: f.reason ?? "" }))
      : Object.entries(failed).map(([id, reason]) => ({ id, reason }));
