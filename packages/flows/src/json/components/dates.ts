import type { DataExchangeAction, RawAction } from "../actions.js";
import { defineField } from "../builder.js";
import type { Extensible } from "../codec.js";
import { actionField, renamed } from "../codec.js";
import type { VisibleOption } from "../component.js";
import type {
  DynamicBoolean,
  DynamicEnum,
  DynamicList,
  DynamicNumber,
  DynamicString,
} from "../dynamic.js";
import type { CalendarDay, CalendarPickerMode } from "../enums.js";

/**
 * A date: `"YYYY-MM-DD"` from Flow JSON 5.0, a millisecond timestamp string before; or a
 * reference.
 */
export type FlowDate = string;

/** Options of {@link DatePicker}. */
export interface DatePickerOptions<N extends string> extends Extensible, VisibleOption {
  /** The input's name: its value (`${form.NAME}`) is the picked date. */
  readonly name: N;
  /** The label; 40 characters. */
  readonly label: DynamicString;
  /** The first date that can be picked. */
  readonly minDate?: FlowDate | undefined;
  /** The last date that can be picked. */
  readonly maxDate?: FlowDate | undefined;
  /** Dates that cannot be picked. */
  readonly unavailableDates?: DynamicList<FlowDate> | undefined;
  /** A hint below the input; 80 characters. */
  readonly helperText?: DynamicString | undefined;
  /** Whether the input can be used. Default `true`. */
  readonly enabled?: DynamicBoolean | undefined;
  /** Whether a date must be picked. */
  readonly required?: DynamicBoolean | undefined;
  /** The date picked at first (Flow JSON 4.0+). */
  readonly initValue?: FlowDate | undefined;
  /** An error shown under the input (Flow JSON 4.0+). */
  readonly errorMessage?: DynamicString | undefined;
  /** Runs when a date is picked (`data_exchange` only). */
  readonly onSelectAction?: DataExchangeAction | RawAction | undefined;
}

/** A value per end of a range-mode `CalendarPicker`. */
export interface CalendarRange<T> {
  /** For the start date (`start-date`). */
  readonly startDate: T;
  /** For the end date (`end-date`). */
  readonly endDate: T;
}

/** A value that range mode may give per end. */
export type PerEnd<T> = T | CalendarRange<T>;

/** Options of {@link CalendarPicker}. */
export interface CalendarPickerOptions<N extends string> extends Extensible, VisibleOption {
  /** The input's name: its value is a date, or `{"start-date","end-date"}` in range mode. */
  readonly name: N;
  /** The label (per end in range mode); 40 characters. */
  readonly label: PerEnd<DynamicString>;
  /** The calendar's title (range mode). */
  readonly title?: DynamicString | undefined;
  /** A description (range mode); 300 characters. */
  readonly description?: DynamicString | undefined;
  /** `single` (default) or `range`. */
  readonly mode?: DynamicEnum<CalendarPickerMode> | undefined;
  /** The first date that can be picked (`YYYY-MM-DD`). */
  readonly minDate?: FlowDate | undefined;
  /** The last date that can be picked (`YYYY-MM-DD`). */
  readonly maxDate?: FlowDate | undefined;
  /** Dates that cannot be picked. */
  readonly unavailableDates?: DynamicList<FlowDate> | undefined;
  /** The weekdays that can be picked (default: all). */
  readonly includeDays?: DynamicList<DynamicEnum<CalendarDay>> | undefined;
  /** The fewest days of a range. */
  readonly minDays?: DynamicNumber | undefined;
  /** The most days of a range. */
  readonly maxDays?: DynamicNumber | undefined;
  /** A hint (per end in range mode); 80 characters. */
  readonly helperText?: PerEnd<DynamicString> | undefined;
  /** Whether the input can be used. Default `true`. */
  readonly enabled?: DynamicBoolean | undefined;
  /** Whether a date must be picked (per end in range mode). */
  readonly required?: PerEnd<DynamicBoolean> | undefined;
  /** The date(s) picked at first. */
  readonly initValue?: PerEnd<FlowDate> | undefined;
  /** An error (per end in range mode). */
  readonly errorMessage?: PerEnd<DynamicString> | undefined;
  /** Runs when a date is picked (`data_exchange` only). */
  readonly onSelectAction?: DataExchangeAction | RawAction | undefined;
}

/**
 * A date input (values `"YYYY-MM-DD"` from Flow JSON 5.0).
 *
 * @example
 * ```ts
 * import { DatePicker } from "@tswa/flows/json";
 *
 * new DatePicker({ name: "date", label: "Date", minDate: "2026-01-01" });
 * ```
 */
export class DatePicker<const N extends string = string> extends defineField("DatePicker", {
  name: "name",
  label: "label",
  minDate: "min-date",
  maxDate: "max-date",
  unavailableDates: "unavailable-dates",
  helperText: "helper-text",
  enabled: "enabled",
  required: "required",
  visible: "visible",
  initValue: "init-value",
  errorMessage: "error-message",
  onSelectAction: ["on-select-action", actionField],
} as const)<DatePickerOptions<N>> {}

const perEnd = renamed({ startDate: "start-date", endDate: "end-date" });

/**
 * A full calendar to pick a date or a range of dates (Flow JSON 6.1+).
 *
 * @example
 * ```ts
 * import { CalendarPicker } from "@tswa/flows/json";
 *
 * new CalendarPicker({
 *   name: "stay",
 *   mode: "range",
 *   label: { startDate: "Check-in", endDate: "Check-out" },
 *   minDays: 1,
 * });
 * ```
 */
export class CalendarPicker<const N extends string = string> extends defineField("CalendarPicker", {
  name: "name",
  label: ["label", perEnd],
  title: "title",
  description: "description",
  mode: "mode",
  minDate: "min-date",
  maxDate: "max-date",
  unavailableDates: "unavailable-dates",
  includeDays: "include-days",
  minDays: "min-days",
  maxDays: "max-days",
  helperText: ["helper-text", perEnd],
  enabled: "enabled",
  required: ["required", perEnd],
  visible: "visible",
  initValue: ["init-value", perEnd],
  errorMessage: ["error-message", perEnd],
  onSelectAction: ["on-select-action", actionField],
} as const)<CalendarPickerOptions<N>> {}
