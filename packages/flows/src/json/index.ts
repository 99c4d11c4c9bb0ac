export {
  type Action,
  CompleteAction,
  DataExchangeAction,
  OpenUrlAction,
  type OpenUrlActionOptions,
  type PayloadActionOptions,
  RawAction,
  UpdateDataAction,
  type UpdateDataActionOptions,
} from "./actions.js";
export type { ComponentMethods, FieldMethods, Serializable } from "./builder.js";
export type { Extensible, JsonObject, JsonValue } from "./codec.js";
export { type AnyComponent, RawComponent, type VisibleOption } from "./component.js";
export type { FieldNames, Flatten } from "./component-tree.js";
export { If, type IfOptions, Switch, type SwitchOptions } from "./components/conditional.js";
export {
  CalendarPicker,
  type CalendarPickerOptions,
  type CalendarRange,
  DatePicker,
  type DatePickerOptions,
  type FlowDate,
  type PerEnd,
} from "./components/dates.js";
export { Form, type FormOptions } from "./components/form.js";
export {
  EmbeddedLink,
  type EmbeddedLinkOptions,
  Footer,
  type FooterOptions,
  OptIn,
  type OptInOptions,
} from "./components/interactive.js";
export {
  Image,
  ImageCarousel,
  type ImageCarouselItem,
  type ImageCarouselOptions,
  type ImageOptions,
} from "./components/media.js";
export {
  NavigationItem,
  type NavigationItemEnd,
  type NavigationItemMainContent,
  type NavigationItemOptions,
  type NavigationItemStart,
  NavigationList,
  type NavigationListOptions,
} from "./components/navigation-list.js";
export {
  DocumentPicker,
  type DocumentPickerOptions,
  type MediaPickerOptions,
  PhotoPicker,
  type PhotoPickerOptions,
} from "./components/pickers.js";
export {
  CheckboxGroup,
  type CheckboxGroupOptions,
  ChipsSelector,
  type ChipsSelectorOptions,
  Dropdown,
  type DropdownOptions,
  RadioButtonsGroup,
  type RadioButtonsGroupOptions,
  type SelectionOptions,
} from "./components/selection.js";
export {
  type BodyTextOptions,
  type HeadingOptions,
  RichText,
  type RichTextOptions,
  TextBody,
  TextCaption,
  TextHeading,
  TextSubheading,
} from "./components/text.js";
export {
  TextArea,
  type TextAreaOptions,
  type TextEntryOptions,
  TextInput,
  type TextInputOptions,
} from "./components/text-entry.js";
export { DataSource, type DataSourceItem, type DataSourceOptions } from "./data-source.js";
export type {
  DynamicBoolean,
  DynamicEnum,
  DynamicList,
  DynamicNumber,
  DynamicString,
  ExpressionString,
} from "./dynamic.js";
export {
  CalendarDay,
  CalendarPickerMode,
  FlowActionType,
  FontWeight,
  InputType,
  LabelVariant,
  LayoutType,
  MediaSize,
  PhotoSource,
  ScaleType,
} from "./enums.js";
export { FlowJsonParseError } from "./errors.js";
export {
  add,
  and,
  type BooleanOperand,
  concat,
  div,
  Expr,
  type ExprType,
  eq,
  expr,
  gt,
  gte,
  lt,
  lte,
  mod,
  mul,
  type NumberOperand,
  ne,
  not,
  type Operand,
  or,
  sub,
} from "./expressions.js";
export {
  type AnyScreen,
  FlowJSON,
  type FlowJSONOptions,
  parseFlowJson,
  type RoutingModel,
  type ScreenIds,
} from "./flow-json.js";
export { Layout, type LayoutOptions } from "./layout.js";
export {
  type ActionPayload,
  type Bindable,
  type DeclaredDataKeys,
  NavigateAction,
  type NavigateActionOptions,
  type NavigateTarget,
  type Next,
  type PayloadFor,
  type TargetId,
} from "./navigate-action.js";
export { parseAction, parseComponent } from "./parse.js";
export {
  type DataRef,
  type DynamicRef,
  dataRef,
  type FormRef,
  findRefs,
  formRef,
  isDynamicRef,
  type ParsedRef,
  type ScreenDataRef,
  type ScreenFormRef,
  screenDataRef,
  screenFormRef,
} from "./refs.js";
export { type AnyScreenData, Screen, type ScreenOptions } from "./screen.js";
export {
  inferSchema,
  ScreenData,
  type ScreenDataOptions,
  type ScreenDataSchema,
} from "./screen-data.js";
export {
  FlowJsonErrorCode,
  type FlowJsonErrorType,
  type FlowJsonValidationError,
} from "./validator/errors.js";
export { validateFlowJson } from "./validator/index.js";
export {
  ACTION_MIN_VERSION,
  COMPONENT_MIN_VERSION,
  type ComponentsTooNew,
  type KnownActionName,
  type KnownComponentType,
} from "./version-table.js";
export {
  compareVersions,
  FLOW_DATA_API_VERSIONS,
  FLOW_JSON_VERSIONS,
  type FlowDataApiVersion,
  type FlowJSONVersion,
  isAtLeast,
  type KnownFlowJSONVersion,
  LATEST_FLOW_JSON_VERSION,
  type VersionsFrom,
} from "./versions.js";
