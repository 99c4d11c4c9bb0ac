/*
 * Enum values of component properties (spec 6.4), as `const` objects plus union types:
 * `InputType.EMAIL` and `"email"` are the same value. Properties also take references and
 * values Meta may add later, as strings.
 */

/** `font-weight` of `TextBody` and `TextCaption`. */
export const FontWeight = {
  BOLD: "bold",
  ITALIC: "italic",
  BOLD_ITALIC: "bold_italic",
  NORMAL: "normal",
} as const;
/** A {@link FontWeight} value. */
export type FontWeight = (typeof FontWeight)[keyof typeof FontWeight];

/** `input-type` of `TextInput`: the keyboard and the client-side validation. */
export const InputType = {
  TEXT: "text",
  NUMBER: "number",
  EMAIL: "email",
  PASSWORD: "password",
  PASSCODE: "passcode",
  PHONE: "phone",
} as const;
/** An {@link InputType} value. */
export type InputType = (typeof InputType)[keyof typeof InputType];

/** `label-variant` of `TextInput` and `TextArea` (Flow JSON 7.0+). */
export const LabelVariant = { LARGE: "large" } as const;
/** A {@link LabelVariant} value. */
export type LabelVariant = (typeof LabelVariant)[keyof typeof LabelVariant];

/** `media-size` of selection lists and `NavigationList` (Flow JSON 5.0+). */
export const MediaSize = { REGULAR: "regular", LARGE: "large" } as const;
/** A {@link MediaSize} value. */
export type MediaSize = (typeof MediaSize)[keyof typeof MediaSize];

/** `mode` of `CalendarPicker`. */
export const CalendarPickerMode = { SINGLE: "single", RANGE: "range" } as const;
/** A {@link CalendarPickerMode} value. */
export type CalendarPickerMode = (typeof CalendarPickerMode)[keyof typeof CalendarPickerMode];

/** `include-days` of `CalendarPicker`. */
export const CalendarDay = {
  MON: "Mon",
  TUE: "Tue",
  WED: "Wed",
  THU: "Thu",
  FRI: "Fri",
  SAT: "Sat",
  SUN: "Sun",
} as const;
/** A {@link CalendarDay} value. */
export type CalendarDay = (typeof CalendarDay)[keyof typeof CalendarDay];

/** `scale-type` of `Image` and `ImageCarousel`. */
export const ScaleType = { COVER: "cover", CONTAIN: "contain" } as const;
/** A {@link ScaleType} value. */
export type ScaleType = (typeof ScaleType)[keyof typeof ScaleType];

/** `photo-source` of `PhotoPicker`. */
export const PhotoSource = {
  CAMERA_GALLERY: "camera_gallery",
  CAMERA: "camera",
  GALLERY: "gallery",
} as const;
/** A {@link PhotoSource} value. */
export type PhotoSource = (typeof PhotoSource)[keyof typeof PhotoSource];

/** The only layout type of Flow JSON. */
export const LayoutType = { SINGLE_COLUMN: "SingleColumnLayout" } as const;
/** A {@link LayoutType} value. */
export type LayoutType = (typeof LayoutType)[keyof typeof LayoutType];

/** `name` of actions (spec 6.3). */
export const FlowActionType = {
  NAVIGATE: "navigate",
  DATA_EXCHANGE: "data_exchange",
  COMPLETE: "complete",
  UPDATE_DATA: "update_data",
  OPEN_URL: "open_url",
} as const;
/** A {@link FlowActionType} value. */
export type FlowActionType = (typeof FlowActionType)[keyof typeof FlowActionType];
