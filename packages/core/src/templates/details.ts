import type { SentMessage } from "../messages/sent-message.js";
import { checkTemplateParams } from "./check-params.js";
import type {
  ParamFormat,
  TemplateCategory,
  TemplateRejectionReason,
  TemplateStatus,
} from "./enums.js";
import type { TemplateLanguage } from "./languages.js";
import type {
  CompareTemplatesOptions,
  TemplateCallOptions,
  UpdateTemplateOptions,
} from "./options.js";
import { parseTemplateComponents } from "./parse.js";
import type { RawTemplate } from "./schemas.js";
import type { SendTemplateOptions, TemplateParamInput } from "./send-template.js";
import type { TemplateComponentInput } from "./template.js";
import type { TemplatesApi } from "./templates-api.js";
import type {
  QualityScore,
  TemplatesArchiveResult,
  TemplatesCompareResult,
  TemplateUnpauseResult,
  UpdatedTemplate,
} from "./types.js";

/**
 * A template as Graph described it when it was fetched, with its components read into the
 * builder's classes and the calls that act on it (`send`, `update`, `delete`, `unpause`…).
 * A snapshot: `refresh()` fetches it again. Made by `getTemplate` and `getTemplates`.
 *
 * @example
 * ```ts
 * import { templates, type TemplatesApi } from "@tswa/core";
 *
 * declare const api: TemplatesApi;
 * const template = await api.getTemplate("594425479261596");
 * if (template.status === templates.TemplateStatus.PAUSED) await template.unpause();
 * await template.send({ to: "972987654321", params: [templates.BodyText.params("Pablo")] });
 * ```
 */
export class TemplateDetails {
  /** The template id. */
  readonly id: string;
  /** The name. */
  readonly name: string;
  /** The language code. */
  readonly language: TemplateLanguage;
  /** The category. */
  readonly category: TemplateCategory;
  /** The review status. */
  readonly status: TemplateStatus;
  /** The components, as builder classes (a component tswa cannot read stays Graph's JSON). */
  readonly components: readonly TemplateComponentInput[];
  /** `POSITIONAL` or `NAMED`. */
  readonly parameterFormat: ParamFormat | undefined;
  /** The delivery time-to-live, in seconds. */
  readonly messageSendTtlSeconds: number | undefined;
  /** The category Meta thinks fits, when it differs. */
  readonly correctCategory: TemplateCategory | undefined;
  /** The category before Meta changed it. */
  readonly previousCategory: TemplateCategory | undefined;
  /** Why it was rejected. */
  readonly rejectedReason: TemplateRejectionReason | undefined;
  /** The Template Library template it was made from. */
  readonly libraryTemplateName: string | undefined;
  /** The quality rating. */
  readonly qualityScore: QualityScore | undefined;
  /** Whether link tracking of its URL buttons is off. */
  readonly ctaUrlLinkTrackingOptedOut: boolean | undefined;
  /** The sub-category. */
  readonly subCategory: string | undefined;
  /** The template object as Graph sent it. */
  readonly raw: Readonly<RawTemplate>;
  readonly #api: TemplatesApi;

  /** Made by `TemplatesApi` from a Graph template object it has checked. */
  constructor(api: TemplatesApi, raw: RawTemplate) {
    this.#api = api;
    this.raw = raw;
    this.id = raw.id;
    this.name = raw.name;
    this.language = raw.language;
    this.category = raw.category;
    this.status = raw.status;
    this.components = parseTemplateComponents(raw.components);
    this.parameterFormat = raw.parameter_format;
    this.messageSendTtlSeconds = raw.message_send_ttl_seconds;
    this.correctCategory = raw.correct_category;
    this.previousCategory = raw.previous_category;
    this.rejectedReason = raw.rejected_reason;
    this.libraryTemplateName = raw.library_template_name;
    this.qualityScore = raw.quality_score && {
      score: raw.quality_score.score,
      date:
        raw.quality_score.date === undefined ? undefined : new Date(raw.quality_score.date * 1000),
    };
    this.ctaUrlLinkTrackingOptedOut = raw.cta_url_link_tracking_opted_out;
    this.subCategory = raw.sub_category;
  }

  /**
   * Sends this template; the parameters are checked against it first (count, names, kinds), so
   * a mismatch fails here with the component named instead of Graph's error 132000.
   */
  async send(
    options: Omit<SendTemplateOptions, "name" | "language" | "template">,
  ): Promise<SentMessage> {
    return this.#api.sendTemplate({ ...options, template: this });
  }

  /** Throws a `TemplateValidationError` when the parameters do not fit this template. */
  checkParams(params: readonly TemplateParamInput[]): void {
    checkTemplateParams(this.name, this.components, params);
  }

  /** Fetches the template again. */
  async refresh(options: TemplateCallOptions = {}): Promise<TemplateDetails> {
    return this.#api.getTemplate(this.id, options);
  }

  /** Edits the template (category, components, time-to-live, parameter format). */
  async update(options: UpdateTemplateOptions): Promise<UpdatedTemplate> {
    return this.#api.updateTemplate(this.id, options);
  }

  /** Deletes this template (this language only: by name and id). */
  async delete(options: TemplateCallOptions = {}): Promise<boolean> {
    return this.#api.deleteTemplate(this.name, { ...options, templateId: this.id });
  }

  /** Compares this template's sends and blocks with other templates'. */
  async compare(
    templateIds: readonly string[],
    options: CompareTemplatesOptions,
  ): Promise<TemplatesCompareResult> {
    return this.#api.compareTemplates(this.id, templateIds, options);
  }

  /** Unpauses the template, if Meta paused it for quality. */
  async unpause(options: TemplateCallOptions = {}): Promise<TemplateUnpauseResult> {
    return this.#api.unpauseTemplate(this.id, options);
  }

  /** Archives the template. */
  async archive(options: TemplateCallOptions = {}): Promise<TemplatesArchiveResult> {
    return this.#api.archiveTemplates([this.id], options);
  }

  /** Unarchives the template. */
  async unarchive(options: TemplateCallOptions = {}): Promise<TemplatesArchiveResult> {
    return this.#api.unarchiveTemplates([this.id], options);
  }
}
