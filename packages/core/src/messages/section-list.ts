import type { InteractiveAction } from "./buttons.js";
import { type CallbackDataValue, callbackDataString } from "./callback-data.js";
import { checkCount, checkOptionalText, checkText, MessageValidationError } from "./validate.js";

/** Options of {@link SectionRow}. */
export interface SectionRowOptions {
  /** The row title, at most 24 characters. */
  title: string;
  /**
   * What you get back when the user picks the row (its id), at most 200 characters: a string,
   * or a `CallbackData` object (sent as its string).
   */
  callbackData: CallbackDataValue;
  /** A line under the title, at most 72 characters. */
  description?: string | undefined;
}

/**
 * One choice of a {@link SectionList}.
 *
 * @example
 * ```ts
 * import { SectionRow } from "@tswa/core";
 *
 * const row = new SectionRow({ title: "Priority Mail Express", callbackData: "priority_express", description: "Next Day to 2 Days" });
 * ```
 */
export class SectionRow {
  /** The row title. */
  readonly title: string;
  /** The data sent back when picked (a `CallbackData` object's string). */
  readonly callbackData: string;
  /** The line under the title, if any. */
  readonly description: string | undefined;

  /** @throws {@link MessageValidationError} when a field breaks Meta's limits. */
  constructor(options: SectionRowOptions) {
    this.title = checkText("SectionRow", "title", options.title, "rowTitle");
    this.callbackData = checkText(
      "SectionRow",
      "callbackData",
      callbackDataString(options.callbackData),
      "rowId",
    );
    this.description = checkOptionalText(
      "SectionRow",
      "description",
      options.description,
      "rowDescription",
    );
  }

  /** The row as Graph expects it. */
  toJSON(): Record<string, unknown> {
    const row: Record<string, unknown> = { id: this.callbackData, title: this.title };
    if (this.description !== undefined) row.description = this.description;
    return row;
  }
}

/** Options of {@link Section}. */
export interface SectionOptions {
  /** The section heading, at most 24 characters. */
  title: string;
  /** The rows (the whole list has at most 10). */
  rows: readonly SectionRow[];
}

/** A titled group of rows in a {@link SectionList}. */
export class Section {
  /** The heading. */
  readonly title: string;
  /** The rows. */
  readonly rows: readonly SectionRow[];

  /** @throws {@link MessageValidationError} for a long title or no rows. */
  constructor(options: SectionOptions) {
    this.title = checkText("Section", "title", options.title, "sectionTitle");
    if (!Array.isArray(options.rows) || options.rows.some((r) => !(r instanceof SectionRow))) {
      throw new MessageValidationError("Section", "rows", "must be an array of SectionRow");
    }
    checkCount("Section", "rows", options.rows.length, "listRows");
    this.rows = [...options.rows];
  }

  /** The section as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { title: this.title, rows: this.rows.map((row) => row.toJSON()) };
  }
}

/** Options of {@link SectionList}. */
export interface SectionListOptions {
  /** The label of the button that opens the list, at most 20 characters. */
  buttonTitle: string;
  /** Up to 10 sections, with up to 10 rows in all. */
  sections: readonly Section[];
}

/**
 * An interactive list: a button that opens a sheet of sections and rows; picking a row sends
 * its `callbackData` back as an interactive `list_reply` message.
 *
 * @example
 * ```ts
 * import { Section, SectionList, SectionRow } from "@tswa/core";
 *
 * const list = new SectionList({
 *   buttonTitle: "Shipping Options",
 *   sections: [
 *     new Section({
 *       title: "I want it ASAP!",
 *       rows: [new SectionRow({ title: "Priority Mail Express", callbackData: "priority_express" })],
 *     }),
 *   ],
 * });
 * ```
 */
export class SectionList implements InteractiveAction {
  /** Always `list`. */
  readonly interactiveType = "list";
  /** The label of the opening button. */
  readonly buttonTitle: string;
  /** The sections. */
  readonly sections: readonly Section[];

  /**
   * @throws {@link MessageValidationError} for a long label, more than 10 sections or rows in
   *   all, or two rows with the same `callbackData`.
   */
  constructor(options: SectionListOptions) {
    this.buttonTitle = checkText(
      "SectionList",
      "buttonTitle",
      options.buttonTitle,
      "listButtonText",
    );
    if (!Array.isArray(options.sections) || options.sections.some((s) => !(s instanceof Section))) {
      throw new MessageValidationError("SectionList", "sections", "must be an array of Section");
    }
    checkCount("SectionList", "sections", options.sections.length, "listSections");
    const rows = options.sections.flatMap((section) => section.rows);
    checkCount("SectionList", "sections[].rows (all sections together)", rows.length, "listRows");
    const ids = new Set(rows.map((row) => row.callbackData));
    if (ids.size !== rows.length) {
      throw new MessageValidationError(
        "SectionList",
        "sections[].rows[].callbackData",
        "must be unique across the list",
      );
    }
    this.sections = [...options.sections];
  }

  /** The `action` object. */
  toAction(): Record<string, unknown> {
    return { button: this.buttonTitle, sections: this.sections.map((s) => s.toJSON()) };
  }
}
