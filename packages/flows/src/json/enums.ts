/*
 * Enum values of component properties (spec 6.4), as `const` objects plus union types:
 * `InputType.EMAIL` and `"email"` are the same value. Properties also take references and
 * values Meta may add later, as strings.
 */

/** `font-weight` of `TextBody` and `TextCaption`. */
export const FontWeight = {
  /** Bold. */
  BOLD: "bold",
  /** Italic. */
  ITALIC: "italic",
  /** Bold and italic. */
  BOLD_ITALIC: "bold_italic",
  /** Regular weight. */
  NORMAL: "normal",
} as const;
/** A {@link FontWeight} value. */
export type FontWeight = (typeof FontWeight)[keyof typeof FontWeight];

/** `input-type` of `TextInput`: the keyboard and the client-side validation. */
export const InputType = {
  /** One line of text (use `TextArea` for several). */
  TEXT: "text",
  /** A number, on a numeric keyboard. */
  NUMBER: "number",
  /** An email address, on a keyboard with `@`. */
  EMAIL: "email",
  /** A password, masked as typed. */
  PASSWORD: "password",
  /** A numeric code, on a numeric keyboard, masked as typed. */
  PASSCODE: "passcode",
  /** A phone number, on a numeric keyboard with `+`. */
  PHONE: "phone",
} as const;
/** An {@link InputType} value. */
export type InputType = (typeof InputType)[keyof typeof InputType];

/** `label-variant` of `TextInput` and `TextArea` (Flow JSON 7.0+). */
export const LabelVariant = {
  /** A more prominent label that may wrap over several lines. */
  LARGE: "large",
} as const;
/** A {@link LabelVariant} value. */
export type LabelVariant = (typeof LabelVariant)[keyof typeof LabelVariant];

/** `media-size` of selection lists and `NavigationList` (Flow JSON 5.0+). */
export const MediaSize = {
  /** The regular image size. */
  REGULAR: "regular",
  /** A larger image. */
  LARGE: "large",
} as const;
/** A {@link MediaSize} value. */
export type MediaSize = (typeof MediaSize)[keyof typeof MediaSize];

/** `mode` of `CalendarPicker`. */
export const CalendarPickerMode = {
  /** One date. */
  SINGLE: "single",
  /** A start and an end date. */
  RANGE: "range",
} as const;
/** A {@link CalendarPickerMode} value. */
export type CalendarPickerMode = (typeof CalendarPickerMode)[keyof typeof CalendarPickerMode];

/** `include-days` of `CalendarPicker`. */
export const CalendarDay = {
  /** Monday. */
  MON: "Mon",
  /** Tuesday. */
  TUE: "Tue",
  /** Wednesday. */
  WED: "Wed",
  /** Thursday. */
  THU: "Thu",
  /** Friday. */
  FRI: "Fri",
  /** Saturday. */
  SAT: "Sat",
  /** Sunday. */
  SUN: "Sun",
} as const;
/** A {@link CalendarDay} value. */
export type CalendarDay = (typeof CalendarDay)[keyof typeof CalendarDay];

/** `scale-type` of `Image` and `ImageCarousel`. */
export const ScaleType = {
  /** Fills the container; the image is cropped to fit. */
  COVER: "cover",
  /** Fits inside the container, keeping the image's aspect ratio. */
  CONTAIN: "contain",
} as const;
/** A {@link ScaleType} value. */
export type ScaleType = (typeof ScaleType)[keyof typeof ScaleType];

/** `photo-source` of `PhotoPicker`. */
export const PhotoSource = {
  /** Take a photo or pick one from the gallery. */
  CAMERA_GALLERY: "camera_gallery",
  /** Take a photo only. */
  CAMERA: "camera",
  /** Pick from the gallery only. */
  GALLERY: "gallery",
} as const;
/** A {@link PhotoSource} value. */
export type PhotoSource = (typeof PhotoSource)[keyof typeof PhotoSource];

/** The only layout type of Flow JSON. */
export const LayoutType = {
  /** One column, top to bottom. */
  SINGLE_COLUMN: "SingleColumnLayout",
} as const;
/** A {@link LayoutType} value. */
export type LayoutType = (typeof LayoutType)[keyof typeof LayoutType];

/** `name` of actions (spec 6.3). */
export const FlowActionType = {
  /** Goes to another screen ({@link NavigateAction}). */
  NAVIGATE: "navigate",
  /** Sends data to the flow endpoint ({@link DataExchangeAction}). */
  DATA_EXCHANGE: "data_exchange",
  /** Ends the flow ({@link CompleteAction}). */
  COMPLETE: "complete",
  /** Changes the screen's data on the device (Flow JSON 6.0+, {@link UpdateDataAction}). */
  UPDATE_DATA: "update_data",
  /** Opens a URL in the browser (Flow JSON 6.0+, {@link OpenUrlAction}). */
  OPEN_URL: "open_url",
} as const;
/** A {@link FlowActionType} value. */
export type FlowActionType = (typeof FlowActionType)[keyof typeof FlowActionType];
