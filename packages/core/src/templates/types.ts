import type {
  QualityScoreType,
  TemplateCategory,
  TemplateStatus,
  TopBlockReasonType,
} from "./enums.js";
import type { TemplateLanguage } from "./languages.js";

/** A template Graph accepted for review. */
export interface CreatedTemplate {
  /** The new template's id. */
  readonly id: string;
  /** Its status: `PENDING`, or `APPROVED` / `REJECTED` when decided at once. */
  readonly status: TemplateStatus;
  /** The category Meta filed it under (it may differ from the one asked). */
  readonly category: TemplateCategory;
  /** Its language (upserted authentication templates). */
  readonly language?: TemplateLanguage | undefined;
}

/** The answer to an edit of a template. */
export interface UpdatedTemplate {
  /** Whether Graph reported success. */
  readonly success: boolean;
  /** The template's id, when Graph sent it. */
  readonly id: string | undefined;
  /** The template's name, when Graph sent it. */
  readonly name: string | undefined;
  /** The template's category, when Graph sent it. */
  readonly category: TemplateCategory | undefined;
}

/** A template's quality rating and when it was given. */
export interface QualityScore {
  /** `GREEN`, `YELLOW`, `RED` or `UNKNOWN`. */
  readonly score: QualityScoreType;
  /** When the score was last updated. */
  readonly date: Date | undefined;
}

/** A template that could not be archived, unarchived or migrated. */
export interface FailedTemplate {
  /** The template's id. */
  readonly id: string;
  /** Why, as Graph says. */
  readonly reason: string;
}

/** The answer of `archiveTemplates` / `unarchiveTemplates`. */
export interface TemplatesArchiveResult {
  /** The ids done. */
  readonly done: readonly string[];
  /** The ids that failed, with why. */
  readonly failed: readonly FailedTemplate[];
}

/** The answer of `migrateTemplates`. */
export interface MigrateTemplatesResult {
  /** The ids of the templates created in the destination account. */
  readonly migrated: readonly string[];
  /** The templates that could not be migrated, with why. */
  readonly failed: readonly FailedTemplate[];
}

/** How templates compare over a period (`compareTemplates`). */
export interface TemplatesCompareResult {
  /** The template ids from the lowest block rate to the highest. */
  readonly blockRate: readonly string[] | undefined;
  /** How many times each template was sent, by id. */
  readonly timesSent: Readonly<Record<string, number>> | undefined;
  /** The most common block reason of each template, by id. */
  readonly topBlockReason: Readonly<Record<string, TopBlockReasonType>> | undefined;
}

/** The answer of `unpauseTemplate`. */
export interface TemplateUnpauseResult {
  /** Whether the template was unpaused. */
  readonly success: boolean;
  /** Why not, when it was not. */
  readonly reason: string | undefined;
}
