import type { KnownFlowJSONVersion } from "../versions.js";

/** The JSON type a property takes (references and expressions are accepted where dynamic). */
export type ValueKind =
  | "string"
  | "boolean"
  | "number"
  | "text"
  | "list"
  | "object"
  | "action"
  | "components"
  | "cases";

/** What the validator knows about one property of a component. */
export interface PropertyRule {
  readonly kind: ValueKind;
  /** The first Flow JSON version with the property. */
  readonly since?: KnownFlowJSONVersion | undefined;
  /** The longest literal text (spec 6.4). */
  readonly maxChars?: number | undefined;
  /** The allowed literal values. */
  readonly values?: readonly string[] | undefined;
  /** CalendarPicker: in range mode the value may be `{"start-date", "end-date"}`. */
  readonly perEnd?: boolean | undefined;
  /** The actions this property may hold. */
  readonly actions?: readonly string[] | undefined;
}

/** What the validator knows about one component type. */
export interface ComponentRule {
  /** Properties every version requires. */
  readonly required: readonly string[];
  /** Properties required from a version on. */
  readonly requiredSince?: Readonly<Record<string, KnownFlowJSONVersion>> | undefined;
  readonly properties: Readonly<Record<string, PropertyRule>>;
}

type Options = Omit<PropertyRule, "kind">;
const string = (options: Options = {}): PropertyRule => ({ kind: "string", ...options });
const boolean: PropertyRule = { kind: "boolean" };
const number: PropertyRule = { kind: "number" };
const list = (options: Options = {}): PropertyRule => ({ kind: "list", ...options });
const action = (actions: readonly string[], since?: KnownFlowJSONVersion): PropertyRule => ({
  kind: "action",
  actions,
  since,
});

const FONT_WEIGHTS = ["bold", "italic", "bold_italic", "normal"];
const MEDIA_SIZES = ["regular", "large"];
const SCALE_TYPES = ["cover", "contain"];
const LABEL_VARIANT = string({ since: "7.0", values: ["large"] });
const SELECT = ["data_exchange", "update_data"];
const visible = boolean;

/** The document MIME types DocumentPicker accepts (spec 2). */
export const DOCUMENT_MIME_TYPES: readonly string[] = [
  "application/gzip",
  "application/msword",
  "application/pdf",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/vnd.oasis.opendocument.presentation",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/x-7z-compressed",
  "application/zip",
  "image/avif",
  "image/gif",
  "image/heic",
  "image/heif",
  "image/jpeg",
  "image/png",
  "image/tiff",
  "image/webp",
  "text/plain",
  "video/mp4",
  "video/mpeg",
];

const heading = (): ComponentRule => ({
  required: ["text"],
  properties: { text: string({ maxChars: 80 }), visible },
});
const bodyText = (maxChars: number): ComponentRule => ({
  required: ["text"],
  properties: {
    text: { kind: "text", maxChars },
    markdown: { kind: "boolean", since: "5.1" },
    "font-weight": string({ values: FONT_WEIGHTS }),
    strikethrough: boolean,
    visible,
  },
});
const textEntry = {
  name: string(),
  label: string({ maxChars: 20 }),
  "label-variant": LABEL_VARIANT,
  required: boolean,
  "helper-text": string({ maxChars: 80 }),
  enabled: boolean,
  visible,
  "init-value": string({ since: "4.0" }),
  "error-message": string({ since: "4.0" }),
} as const;
const selection = (labelChars: number) =>
  ({
    name: string(),
    label: string({ maxChars: labelChars }),
    "data-source": list(),
    required: boolean,
    visible,
    enabled: boolean,
    "init-value": { kind: "string", since: "4.0" },
    "error-message": string({ since: "4.0" }),
    "on-select-action": action(SELECT),
    "on-unselect-action": action(["update_data"], "6.0"),
  }) as const;
const picker = {
  name: string(),
  label: string({ maxChars: 30 }),
  description: string({ maxChars: 300 }),
  "max-file-size-kb": number,
  enabled: boolean,
  visible,
  "error-message": { kind: "object" },
} as const;

/** Every component tswa knows, with its properties (spec 6.4, spec 2). */
export const COMPONENT_RULES: Readonly<Record<string, ComponentRule>> = {
  Form: {
    required: ["name", "children"],
    properties: {
      name: string(),
      children: { kind: "components" },
      "init-values": { kind: "object" },
      "error-messages": { kind: "object" },
    },
  },
  TextHeading: heading(),
  TextSubheading: heading(),
  TextBody: bodyText(4096),
  TextCaption: bodyText(409),
  RichText: { required: ["text"], properties: { text: { kind: "text" }, visible } },
  TextInput: {
    required: ["name", "label"],
    properties: {
      ...textEntry,
      "error-message": string({ since: "4.0", maxChars: 30 }),
      "input-type": string({
        values: ["text", "number", "email", "password", "passcode", "phone"],
      }),
      pattern: string({ since: "6.2" }),
      "min-chars": number,
      "max-chars": number,
    },
  },
  TextArea: { required: ["name", "label"], properties: { ...textEntry, "max-length": number } },
  CheckboxGroup: {
    required: ["name", "data-source"],
    requiredSince: { label: "4.0" },
    properties: {
      ...selection(30),
      "init-value": list({ since: "4.0" }),
      description: string({ since: "4.0", maxChars: 300 }),
      "min-selected-items": number,
      "max-selected-items": number,
      "media-size": string({ since: "5.0", values: MEDIA_SIZES }),
    },
  },
  RadioButtonsGroup: {
    required: ["name", "data-source"],
    requiredSince: { label: "4.0" },
    properties: {
      ...selection(30),
      description: string({ since: "4.0", maxChars: 300 }),
      "media-size": string({ since: "5.0", values: MEDIA_SIZES }),
    },
  },
  Dropdown: { required: ["name", "label", "data-source"], properties: selection(20) },
  ChipsSelector: {
    required: ["name", "label", "data-source"],
    properties: {
      ...selection(80),
      "init-value": list(),
      description: string({ maxChars: 300 }),
      "min-selected-items": number,
      "max-selected-items": number,
      "on-unselect-action": action(["update_data"], "7.1"),
    },
  },
  Footer: {
    required: ["label", "on-click-action"],
    properties: {
      label: string({ maxChars: 35 }),
      "left-caption": string({ maxChars: 15 }),
      "center-caption": string({ maxChars: 15 }),
      "right-caption": string({ maxChars: 15 }),
      enabled: boolean,
      "on-click-action": action(["complete", "data_exchange", "navigate"]),
    },
  },
  OptIn: {
    required: ["name", "label"],
    properties: {
      name: string(),
      label: string({ maxChars: 120 }),
      required: boolean,
      visible,
      "init-value": { kind: "boolean", since: "4.0" },
      "on-click-action": action(["data_exchange", "navigate", "open_url"]),
      "on-select-action": action(["update_data"], "6.0"),
      "on-unselect-action": action(["update_data"], "6.0"),
    },
  },
  EmbeddedLink: {
    required: ["text", "on-click-action"],
    properties: {
      // Spec 6.4 says 25; Meta's own 2.1 sign-in example has 30 and pywa documents 35: the
      // validator uses 35 so that it never rejects what Meta accepts.
      text: string({ maxChars: 35 }),
      visible,
      "on-click-action": action(["data_exchange", "navigate", "open_url", "update_data"]),
    },
  },
  DatePicker: {
    required: ["name", "label"],
    properties: {
      name: string(),
      label: string({ maxChars: 40 }),
      "min-date": string(),
      "max-date": string(),
      "unavailable-dates": list(),
      "helper-text": string({ maxChars: 80 }),
      enabled: boolean,
      required: boolean,
      visible,
      "init-value": string({ since: "4.0" }),
      "error-message": string({ since: "4.0" }),
      "on-select-action": action(["data_exchange"]),
    },
  },
  CalendarPicker: {
    required: ["name", "label"],
    properties: {
      name: string(),
      label: string({ maxChars: 40, perEnd: true }),
      title: string(),
      description: string({ maxChars: 300 }),
      mode: string({ values: ["single", "range"] }),
      "min-date": string(),
      "max-date": string(),
      "unavailable-dates": list(),
      "include-days": list({ values: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] }),
      "min-days": number,
      "max-days": number,
      "helper-text": string({ maxChars: 80, perEnd: true }),
      enabled: boolean,
      required: { kind: "boolean", perEnd: true },
      visible,
      "init-value": string({ perEnd: true }),
      "error-message": string({ perEnd: true }),
      "on-select-action": { ...action(["data_exchange"]), perEnd: true },
    },
  },
  Image: {
    required: ["src"],
    properties: {
      src: string(),
      width: number,
      height: number,
      "scale-type": string({ values: SCALE_TYPES }),
      "aspect-ratio": number,
      "alt-text": string(),
      visible,
    },
  },
  ImageCarousel: {
    required: ["images"],
    properties: {
      images: list(),
      "aspect-ratio": string({ values: ["4:3", "16:9"] }),
      "scale-type": string({ values: SCALE_TYPES }),
      visible,
    },
  },
  PhotoPicker: {
    required: ["name", "label"],
    properties: {
      ...picker,
      "photo-source": string({ values: ["camera_gallery", "camera", "gallery"] }),
      "min-uploaded-photos": number,
      "max-uploaded-photos": number,
    },
  },
  DocumentPicker: {
    required: ["name", "label"],
    properties: {
      ...picker,
      "min-uploaded-documents": number,
      "max-uploaded-documents": number,
      "allowed-mime-types": list({ values: DOCUMENT_MIME_TYPES }),
    },
  },
  If: {
    required: ["condition", "then"],
    properties: {
      condition: string(),
      // biome-ignore lint/suspicious/noThenProperty: "then" is the branch of Meta's If component
      then: { kind: "components" },
      else: { kind: "components" },
    },
  },
  Switch: {
    required: ["value", "cases"],
    properties: { value: string(), cases: { kind: "cases" } },
  },
  NavigationList: {
    required: ["name", "list-items"],
    properties: {
      name: string(),
      "list-items": list(),
      label: string({ maxChars: 80 }),
      description: string({ maxChars: 300 }),
      "media-size": string({ values: MEDIA_SIZES }),
      "on-click-action": action(["navigate", "data_exchange"]),
    },
  },
};

/** The properties of a `data-source` item (spec 6.4). */
export const DATA_SOURCE_RULE: ComponentRule = {
  required: ["id", "title"],
  properties: {
    id: string(),
    title: string({ maxChars: 30 }),
    description: string({ maxChars: 300 }),
    metadata: string({ maxChars: 20 }),
    enabled: boolean,
    image: string({ since: "5.0" }),
    "alt-text": string({ since: "5.0" }),
    color: string({ since: "5.0" }),
    "on-select-action": action(SELECT, "6.0"),
    "on-unselect-action": action(["update_data"], "6.0"),
  },
};
