import type { KnownFlowJSONVersion, VersionsFrom } from "./versions.js";

/**
 * The first Flow JSON version of each component (spec 6.4). One table for the compile-time check
 * of `new FlowJSON(...)` and for the validator.
 */
export const COMPONENT_MIN_VERSION = {
  Form: "2.1",
  TextHeading: "2.1",
  TextSubheading: "2.1",
  TextBody: "2.1",
  TextCaption: "2.1",
  TextInput: "2.1",
  TextArea: "2.1",
  CheckboxGroup: "2.1",
  RadioButtonsGroup: "2.1",
  Dropdown: "2.1",
  Footer: "2.1",
  OptIn: "2.1",
  EmbeddedLink: "2.1",
  DatePicker: "2.1",
  Image: "2.1",
  If: "4.0",
  Switch: "4.0",
  PhotoPicker: "4.0",
  DocumentPicker: "4.0",
  RichText: "5.1",
  CalendarPicker: "6.1",
  NavigationList: "6.2",
  ChipsSelector: "6.3",
  ImageCarousel: "7.1",
} as const satisfies Record<string, KnownFlowJSONVersion>;

/** A component type tswa knows. */
export type KnownComponentType = keyof typeof COMPONENT_MIN_VERSION;

/** The first Flow JSON version of each action (spec 6.3). */
export const ACTION_MIN_VERSION = {
  navigate: "2.1",
  data_exchange: "2.1",
  complete: "2.1",
  update_data: "6.0",
  open_url: "6.0",
} as const satisfies Record<string, KnownFlowJSONVersion>;

/** An action name tswa knows. */
export type KnownActionName = keyof typeof ACTION_MIN_VERSION;

/** Global references `${screen.ID.form.x}` / `${screen.ID.data.x}` exist from this version. */
export const GLOBAL_REFERENCES_MIN_VERSION = "4.0";
/** Nested expressions (inside backticks) exist from this version. */
export const NESTED_EXPRESSIONS_MIN_VERSION = "6.0";
/** Before this version, input components must sit inside a `Form`. */
export const FORM_OPTIONAL_MIN_VERSION = "4.0";

/** The component types (of a union) that a flow of version `V` cannot use, as a union of names. */
export type ComponentsTooNew<V extends string, C> = V extends KnownFlowJSONVersion
  ? C extends { readonly type: infer T extends KnownComponentType }
    ? V extends VersionsFrom<(typeof COMPONENT_MIN_VERSION)[T]>
      ? never
      : `${T} (needs Flow JSON ${(typeof COMPONENT_MIN_VERSION)[T]})`
    : never
  : never;
