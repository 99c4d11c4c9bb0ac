import type { TemplateCallOptions, TemplateDetails, TemplateUnpauseResult } from "@tswa/core";
import { WabaUpdate, type WabaUpdateInit } from "./waba-update.js";

/**
 * What every template update is made from.
 *
 * @inline
 */
export interface TemplateUpdateInit extends WabaUpdateInit {
  templateId: string;
  templateName: string | undefined;
  templateLanguage: string | undefined;
}

/** What every template update has: which template it is about. */
export abstract class TemplateUpdate extends WabaUpdate {
  /** The template's id. */
  readonly templateId: string;
  /** The template's name. */
  readonly templateName: string | undefined;
  /** The template's language, such as `en_US`. */
  readonly templateLanguage: string | undefined;

  constructor(init: TemplateUpdateInit) {
    super(init);
    this.templateId = init.templateId;
    this.templateName = init.templateName;
    this.templateLanguage = init.templateLanguage;
  }

  /**
   * Fetches the template this update is about; see `wa.getTemplate`.
   *
   * @example
   * ```ts
   * import { WhatsApp } from "tswa";
   *
   * const wa = new WhatsApp({ token: "…", appSecret: "…", verifyToken: "…" });
   * wa.onTemplateStatusUpdate(async (update) => console.log((await update.getTemplate()).status));
   * ```
   */
  async getTemplate(options: TemplateCallOptions = {}): Promise<TemplateDetails> {
    return this.client("getTemplate").getTemplate(this.templateId, options);
  }

  /**
   * Unpauses the template this update is about (one paused for low quality); see
   * `wa.unpauseTemplate`.
   */
  async unpause(options: TemplateCallOptions = {}): Promise<TemplateUnpauseResult> {
    return this.client("unpause").unpauseTemplate(this.templateId, options);
  }
}

/** When a template will be disabled. */
export interface TemplateDisableInfo {
  /** The date it will be disabled. */
  disableDate: Date | undefined;
}

/** More about a template's pause or lock. */
export interface TemplateOtherInfo {
  /** Such as `FIRST_PAUSE`. */
  title: string | undefined;
  /** Meta's explanation. */
  description: string | undefined;
}

/** Why a template was rejected. */
export interface TemplateRejectionInfo {
  /** What is wrong. */
  reason: string | undefined;
  /** How to fix it. */
  recommendation: string | undefined;
}

/**
 * What a {@link TemplateStatusUpdate} is made from.
 *
 * @inline
 */
export interface TemplateStatusUpdateInit extends TemplateUpdateInit {
  newStatus: string;
  reason: string | undefined;
  category: string | undefined;
  disableInfo: TemplateDisableInfo | undefined;
  otherInfo: TemplateOtherInfo | undefined;
  rejectionInfo: TemplateRejectionInfo | undefined;
}

/**
 * A template was approved, rejected, paused, disabled… (`message_template_status_update`).
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onTemplateStatusUpdate("REJECTED", (update) => {
 *   console.error(update.templateName, update.reason, update.rejectionInfo?.recommendation);
 * });
 * ```
 */
export class TemplateStatusUpdate extends TemplateUpdate {
  /** Discriminates update kinds. */
  readonly kind = "templateStatusUpdate" as const;
  /** The new status (`event`): `APPROVED`, `REJECTED`, `PAUSED`, `DISABLED`, … */
  readonly newStatus: string;
  /** Why (for rejections: `INVALID_FORMAT`, …; `NONE` otherwise). */
  readonly reason: string | undefined;
  /** The template's category. */
  readonly category: string | undefined;
  /** When a template will be disabled. */
  readonly disableInfo: TemplateDisableInfo | undefined;
  /** More about a pause or a lock. */
  readonly otherInfo: TemplateOtherInfo | undefined;
  /** Why it was rejected and how to fix it. */
  readonly rejectionInfo: TemplateRejectionInfo | undefined;

  constructor(init: TemplateStatusUpdateInit) {
    super(init);
    this.newStatus = init.newStatus;
    this.reason = init.reason;
    this.category = init.category;
    this.disableInfo = init.disableInfo;
    this.otherInfo = init.otherInfo;
    this.rejectionInfo = init.rejectionInfo;
  }
}

/**
 * What a {@link TemplateCategoryUpdate} is made from.
 *
 * @inline
 */
export interface TemplateCategoryUpdateInit extends TemplateUpdateInit {
  newCategory: string | undefined;
  previousCategory: string | undefined;
  correctCategory: string | undefined;
}

/** Meta changed (or will change) a template's category (`template_category_update`). */
export class TemplateCategoryUpdate extends TemplateUpdate {
  /** Discriminates update kinds. */
  readonly kind = "templateCategoryUpdate" as const;
  /** The new category. */
  readonly newCategory: string | undefined;
  /** The category before. */
  readonly previousCategory: string | undefined;
  /** The category Meta will apply, for an announced change. */
  readonly correctCategory: string | undefined;

  constructor(init: TemplateCategoryUpdateInit) {
    super(init);
    this.newCategory = init.newCategory;
    this.previousCategory = init.previousCategory;
    this.correctCategory = init.correctCategory;
  }
}

/**
 * What a {@link TemplateQualityUpdate} is made from.
 *
 * @inline
 */
export interface TemplateQualityUpdateInit extends TemplateUpdateInit {
  newQualityScore: string | undefined;
  previousQualityScore: string | undefined;
}

/** A template's quality score changed (`message_template_quality_update`): GREEN, YELLOW, RED. */
export class TemplateQualityUpdate extends TemplateUpdate {
  /** Discriminates update kinds. */
  readonly kind = "templateQualityUpdate" as const;
  /** The new score. */
  readonly newQualityScore: string | undefined;
  /** The score before. */
  readonly previousQualityScore: string | undefined;

  constructor(init: TemplateQualityUpdateInit) {
    super(init);
    this.newQualityScore = init.newQualityScore;
    this.previousQualityScore = init.previousQualityScore;
  }
}

/** One button of a template, as a components update reports it. */
export interface TemplateButtonInfo {
  /** `URL`, `PHONE_NUMBER`, `QUICK_REPLY`, … */
  type: string | undefined;
  /** The button's label. */
  text: string | undefined;
  /** The URL of a URL button. */
  url: string | undefined;
  /** The number of a phone button. */
  phoneNumber: string | undefined;
}

/**
 * What a {@link TemplateComponentsUpdate} is made from.
 *
 * @inline
 */
export interface TemplateComponentsUpdateInit extends TemplateUpdateInit {
  templateElement: string | undefined;
  templateTitle: string | undefined;
  templateFooter: string | undefined;
  templateButtons: readonly TemplateButtonInfo[];
}

/** A template's components were edited (`message_template_components_update`). */
export class TemplateComponentsUpdate extends TemplateUpdate {
  /** Discriminates update kinds. */
  readonly kind = "templateComponentsUpdate" as const;
  /** The body text. */
  readonly templateElement: string | undefined;
  /** The header text. */
  readonly templateTitle: string | undefined;
  /** The footer text. */
  readonly templateFooter: string | undefined;
  /** The buttons. */
  readonly templateButtons: readonly TemplateButtonInfo[];

  constructor(init: TemplateComponentsUpdateInit) {
    super(init);
    this.templateElement = init.templateElement;
    this.templateTitle = init.templateTitle;
    this.templateFooter = init.templateFooter;
    this.templateButtons = init.templateButtons;
  }
}
