import { WhatsAppConfigurationError } from "../errors.js";
import type { GraphClient } from "../graph/client.js";
import { listGraph } from "../graph/list.js";
import type { GraphPagePromise } from "../graph/pagination.js";
import { MessagesApi } from "../messages/messages-api.js";
import type { SentMessage } from "../messages/sent-message.js";
import { ResumableUploadApi } from "../uploads/resumable-upload-api.js";
import { AuthenticationBody, AuthenticationFooter } from "./authentication.js";
import { Buttons } from "./buttons.js";
import { TemplateDetails } from "./details.js";
import type {
  BusinessAccountOptions,
  CompareTemplatesOptions,
  CreateTemplateOptions,
  DeleteTemplateOptions,
  GetTemplatesOptions,
  MigrateTemplatesOptions,
  TemplateCallOptions,
  UpdateTemplateOptions,
  UpsertAuthenticationTemplateOptions,
} from "./options.js";
import {
  archiveSchema,
  compareSchema,
  createdTemplateSchema,
  migrateSchema,
  successSchema,
  TEMPLATE_FIELDS,
  templateSchema,
  toFailures,
  unpauseSchema,
  updatedTemplateSchema,
  upsertedTemplatesSchema,
} from "./schemas.js";
import type { SendTemplateOptions } from "./send-template.js";
import { checkComponents, checkTemplateName, type LibraryTemplate, Template } from "./template.js";
import type {
  CreatedTemplate,
  MigrateTemplatesResult,
  TemplatesArchiveResult,
  TemplatesCompareResult,
  TemplateUnpauseResult,
  UpdatedTemplate,
} from "./types.js";
import { withUploadedExamples } from "./upload-examples.js";
import { TemplateValidationError } from "./validation-error.js";

/** Defaults of {@link TemplatesApi}. */
export interface TemplatesApiDefaults {
  /** The WhatsApp Business Account templates belong to unless a call gives `businessAccountId`. */
  businessAccountId?: string | undefined;
  /** The Meta app header examples are uploaded to (Resumable Upload API). */
  appId?: string | undefined;
  /** The phone number id `TemplateDetails.send()` sends from. */
  phoneId?: string | undefined;
  /** The `MessagesApi` sends go through (one is made from `phoneId` otherwise). */
  messages?: MessagesApi | undefined;
}

const call = (o: TemplateCallOptions | undefined) => ({ signal: o?.signal, timeout: o?.timeout });

const id = (value: unknown, field: string, method: string): string => {
  if (typeof value !== "string" || value === "") {
    throw new TemplateValidationError(method, field, "must be a non-empty string");
  }
  return encodeURIComponent(value);
};

const seconds = (t: Date | number) =>
  String(t instanceof Date ? Math.floor(t.getTime() / 1000) : t);

/**
 * Template management through the Graph API, by pywa's names: create (uploading header
 * examples), list and search, get, edit, delete, archive, compare, migrate, unpause, upsert
 * authentication templates, and send. The `tswa` facade forwards `wa.createTemplate()`… here.
 *
 * @example
 * ```ts
 * import { GraphClient, TemplatesApi, templates as t } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const api = new TemplatesApi(graph, { businessAccountId: "102290129340398", appId: "1234567890" });
 * const created = await api.createTemplate(
 *   new t.Template({
 *     name: "order_ready",
 *     language: t.TemplateLanguage.ENGLISH_US,
 *     category: t.TemplateCategory.UTILITY,
 *     components: [new t.BodyText("Hi {{1}}, your order is ready.", "Pablo")],
 *   }),
 * );
 * console.log(created.id, created.status);
 * for await (const template of api.getTemplates({ statuses: ["APPROVED"] })) console.log(template.name);
 * ```
 */
export class TemplatesApi {
  /** The Graph client every call goes through. */
  readonly graph: GraphClient;
  /** The Resumable Upload API header examples go through. */
  readonly uploads: ResumableUploadApi;
  readonly #waba: string | undefined;
  readonly #messages: MessagesApi;

  constructor(graph: GraphClient, defaults: TemplatesApiDefaults = {}) {
    this.graph = graph;
    this.#waba = defaults.businessAccountId;
    this.uploads = new ResumableUploadApi(graph, { appId: defaults.appId });
    this.#messages = defaults.messages ?? new MessagesApi(graph, { phoneId: defaults.phoneId });
  }

  /**
   * Creates a template (or one from the Template Library) for review. Media header examples
   * given as files are uploaded first through the Resumable Upload API (needs `appId`).
   *
   * @returns The new template's id, status and category.
   * @throws {@link TemplateValidationError} before any call; `TemplateCreationError` from Graph.
   */
  async createTemplate(
    template: Template | LibraryTemplate,
    options: CreateTemplateOptions = {},
  ): Promise<CreatedTemplate> {
    const waba = this.#businessAccount(options.businessAccountId, "createTemplate");
    const ready =
      template instanceof Template
        ? new Template({
            ...template,
            components: await withUploadedExamples(template.components, this.uploads, options),
          })
        : template;
    const answer = await this.graph.request({
      method: "POST",
      path: `${waba}/message_templates`,
      json: ready.toJSON(),
      schema: createdTemplateSchema,
      ...call(options),
    });
    return { id: answer.id, status: answer.status, category: answer.category };
  }

  /**
   * Lists templates, filtered by status, category, language, name or content and quality:
   * `await` for the first page, `for await` for every template.
   */
  getTemplates(options: GetTemplatesOptions = {}): GraphPagePromise<TemplateDetails> {
    const waba = this.#businessAccount(options.businessAccountId, "getTemplates");
    return listGraph(this.graph, {
      path: `${waba}/message_templates`,
      query: {
        fields: TEMPLATE_FIELDS,
        status: options.statuses,
        category: options.categories,
        language: options.languages,
        name: options.name,
        content: options.content,
        name_or_content: options.nameOrContent,
        quality_score: options.qualityScores,
        limit: options.limit,
        after: options.after,
        before: options.before,
      },
      item: templateSchema,
      map: (raw) => new TemplateDetails(this, raw),
      ...call(options),
    });
  }

  /** Fetches one template by id. */
  async getTemplate(
    templateId: string,
    options: TemplateCallOptions = {},
  ): Promise<TemplateDetails> {
    const raw = await this.graph.request({
      method: "GET",
      path: id(templateId, "templateId", "getTemplate"),
      query: { fields: TEMPLATE_FIELDS },
      schema: templateSchema,
      ...call(options),
    });
    return new TemplateDetails(this, raw);
  }

  /**
   * Edits a template: its category, components, time-to-live or parameter format. New media
   * examples given as files are uploaded first.
   */
  async updateTemplate(
    templateId: string,
    options: UpdateTemplateOptions,
  ): Promise<UpdatedTemplate> {
    const path = id(templateId, "templateId", "updateTemplate");
    const { newCategory, newComponents, newMessageSendTtlSeconds, newParameterFormat } = options;
    if (
      [newCategory, newComponents, newMessageSendTtlSeconds, newParameterFormat].every(
        (v) => v === undefined,
      )
    ) {
      throw new TemplateValidationError(
        "updateTemplate",
        "options",
        "needs at least one of newCategory, newComponents, newMessageSendTtlSeconds, newParameterFormat",
      );
    }
    const components =
      newComponents === undefined
        ? undefined
        : await withUploadedExamples(
            checkComponents("updateTemplate", newComponents),
            this.uploads,
            options,
          );
    const json: Record<string, unknown> = {};
    if (newCategory !== undefined) json.category = newCategory;
    if (newParameterFormat !== undefined) json.parameter_format = newParameterFormat;
    if (newMessageSendTtlSeconds !== undefined)
      json.message_send_ttl_seconds = newMessageSendTtlSeconds;
    if (components !== undefined) {
      json.components = components.map((c) => (typeof c.toJSON === "function" ? c.toJSON() : c));
    }
    const answer = await this.graph.request({
      method: "POST",
      path,
      json,
      schema: updatedTemplateSchema,
      ...call(options),
    });
    return { success: answer.success, id: answer.id, name: answer.name, category: answer.category };
  }

  /**
   * Deletes a template by name (every language), or one language with `templateId`.
   *
   * @returns Whether Graph reported success.
   */
  async deleteTemplate(name: string, options: DeleteTemplateOptions = {}): Promise<boolean> {
    const waba = this.#businessAccount(options.businessAccountId, "deleteTemplate");
    const answer = await this.graph.request({
      method: "DELETE",
      path: `${waba}/message_templates`,
      query: {
        name: checkTemplateName("deleteTemplate", name),
        hsm_id:
          options.templateId === undefined
            ? undefined
            : decodeURIComponent(id(options.templateId, "templateId", "deleteTemplate")),
      },
      schema: successSchema,
      ...call(options),
    });
    return answer.success;
  }

  /** Archives templates (they stop counting towards the limit and cannot be sent). */
  async archiveTemplates(
    templateIds: readonly string[],
    options: BusinessAccountOptions = {},
  ): Promise<TemplatesArchiveResult> {
    return this.#archive("archive", templateIds, options);
  }

  /** Unarchives templates. */
  async unarchiveTemplates(
    templateIds: readonly string[],
    options: BusinessAccountOptions = {},
  ): Promise<TemplatesArchiveResult> {
    return this.#archive("unarchive", templateIds, options);
  }

  /** Compares a template's sends, block rate and block reasons with other templates' over a period. */
  async compareTemplates(
    templateId: string,
    templateIds: readonly string[],
    options: CompareTemplatesOptions,
  ): Promise<TemplatesCompareResult> {
    const path = `${id(templateId, "templateId", "compareTemplates")}/compare`;
    if (!Array.isArray(templateIds) || templateIds.length === 0) {
      throw new TemplateValidationError(
        "compareTemplates",
        "templateIds",
        "needs at least one template to compare with",
      );
    }
    const answer = await this.graph.request({
      method: "GET",
      path,
      query: {
        template_ids: templateIds,
        start: seconds(options.start),
        end: seconds(options.end),
      },
      schema: compareSchema,
      ...call(options),
    });
    const result: { -readonly [K in keyof TemplatesCompareResult]: TemplatesCompareResult[K] } = {
      blockRate: undefined,
      timesSent: undefined,
      topBlockReason: undefined,
    };
    for (const metric of answer.data) {
      if (metric.metric === "BLOCK_RATE") result.blockRate = metric.order_by_relative_metric;
      if (metric.metric === "MESSAGE_SENDS") {
        result.timesSent = Object.fromEntries(
          (metric.number_values ?? []).map((v) => [v.key, v.value]),
        );
      }
      if (metric.metric === "TOP_BLOCK_REASON") {
        result.topBlockReason = Object.fromEntries(
          (metric.string_values ?? []).map((v) => [v.key, v.value]),
        );
      }
    }
    return result;
  }

  /** Copies the templates of one WhatsApp Business Account into another, 500 per page. */
  async migrateTemplates(options: MigrateTemplatesOptions): Promise<MigrateTemplatesResult> {
    const waba = this.#businessAccount(options.destinationBusinessAccountId, "migrateTemplates");
    const answer = await this.graph.request({
      method: "POST",
      path: `${waba}/migrate_message_templates`,
      query: {
        source_waba_id: decodeURIComponent(
          id(options.sourceBusinessAccountId, "sourceBusinessAccountId", "migrateTemplates"),
        ),
        page_number: options.pageNumber,
      },
      schema: migrateSchema,
      ...call(options),
    });
    return {
      migrated: answer.migrated_templates ?? [],
      failed: toFailures(answer.failed_templates),
    };
  }

  /** Unpauses a template Meta paused for low quality. */
  async unpauseTemplate(
    templateId: string,
    options: TemplateCallOptions = {},
  ): Promise<TemplateUnpauseResult> {
    const answer = await this.graph.request({
      method: "POST",
      path: `${id(templateId, "templateId", "unpauseTemplate")}/unpause`,
      schema: unpauseSchema,
      ...call(options),
    });
    return { success: answer.success, reason: answer.reason };
  }

  /**
   * Creates or updates an authentication template in several languages at once: one name, one
   * OTP button, the optional security recommendation and code expiry.
   *
   * @returns One created (or updated) template per language.
   */
  async upsertAuthenticationTemplate(
    options: UpsertAuthenticationTemplateOptions,
  ): Promise<CreatedTemplate[]> {
    const waba = this.#businessAccount(options.businessAccountId, "upsertAuthenticationTemplate");
    const name = checkTemplateName("upsertAuthenticationTemplate", options.name);
    if (!Array.isArray(options.languages) || options.languages.length === 0) {
      throw new TemplateValidationError(
        "upsertAuthenticationTemplate",
        "languages",
        "needs at least one language",
      );
    }
    const components = [
      new AuthenticationBody({ addSecurityRecommendation: options.addSecurityRecommendation }),
      new AuthenticationFooter({ codeExpirationMinutes: options.codeExpirationMinutes }),
      new Buttons({ buttons: [options.otpButton] }),
    ];
    const answer = await this.graph.request({
      method: "POST",
      path: `${waba}/upsert_message_templates`,
      json: {
        name,
        languages: options.languages,
        category: "AUTHENTICATION",
        ...(options.messageSendTtlSeconds === undefined
          ? {}
          : { message_send_ttl_seconds: options.messageSendTtlSeconds }),
        components: components.map((c) => c.toJSON()),
      },
      schema: upsertedTemplatesSchema,
      ...call(options),
    });
    return answer.data.map((t) => ({
      id: t.id,
      status: t.status,
      category: "AUTHENTICATION",
      language: t.language,
    }));
  }

  /** Sends a template (see `MessagesApi.sendTemplate`); `TemplateDetails.send()` comes here. */
  async sendTemplate(options: SendTemplateOptions): Promise<SentMessage> {
    return this.#messages.sendTemplate(options);
  }

  async #archive(
    action: "archive" | "unarchive",
    templateIds: readonly string[],
    options: BusinessAccountOptions,
  ): Promise<TemplatesArchiveResult> {
    const method = `${action}Templates`;
    const waba = this.#businessAccount(options.businessAccountId, method);
    if (!Array.isArray(templateIds) || templateIds.length === 0) {
      throw new TemplateValidationError(method, "templateIds", "needs at least one template id");
    }
    const answer = await this.graph.request({
      method: "POST",
      path: `${waba}/message_templates/${action}`,
      // These two edges live on api.facebook.com, not graph.facebook.com (a custom baseUrl, such
      // as a local stand-in, is kept).
      origin:
        this.graph.baseUrl === "https://graph.facebook.com"
          ? "https://api.facebook.com"
          : undefined,
      json: {
        hsm_ids: templateIds.map((t) => decodeURIComponent(id(t, "templateIds", method))).join(","),
      },
      schema: archiveSchema,
      ...call(options),
    });
    return {
      done: (action === "archive" ? answer.archived_templates : answer.unarchived_templates) ?? [],
      failed: toFailures(answer.failed_templates),
    };
  }

  #businessAccount(given: string | undefined, method: string): string {
    const waba = given ?? this.#waba;
    if (waba === undefined || waba === "") {
      throw new WhatsAppConfigurationError(
        "businessAccountId",
        `${method} needs the WhatsApp Business Account id: pass \`businessAccountId\` to the client or to the call`,
      );
    }
    return encodeURIComponent(waba);
  }
}
