import {
  CompleteAction,
  DataExchangeAction,
  isActionJson,
  OpenUrlAction,
  RawAction,
  UpdateDataAction,
} from "./actions.js";
import { type BuilderClass, revive } from "./builder.js";
import type { DecodeContext, JsonObject, JsonValue } from "./codec.js";
import { isPlainObject } from "./codec.js";
import { type AnyComponent, RawComponent } from "./component.js";
import { If, Switch } from "./components/conditional.js";
import { CalendarPicker, DatePicker } from "./components/dates.js";
import { Form } from "./components/form.js";
import { EmbeddedLink, Footer, OptIn } from "./components/interactive.js";
import { Image, ImageCarousel } from "./components/media.js";
import { NavigationItem, NavigationList } from "./components/navigation-list.js";
import { DocumentPicker, PhotoPicker } from "./components/pickers.js";
import {
  CheckboxGroup,
  ChipsSelector,
  Dropdown,
  RadioButtonsGroup,
} from "./components/selection.js";
import { RichText, TextBody, TextCaption, TextHeading, TextSubheading } from "./components/text.js";
import { TextArea, TextInput } from "./components/text-entry.js";
import { DataSource } from "./data-source.js";
import { NavigateAction } from "./navigate-action.js";

const COMPONENTS = [
  Form,
  TextHeading,
  TextSubheading,
  TextBody,
  TextCaption,
  RichText,
  TextInput,
  TextArea,
  CheckboxGroup,
  RadioButtonsGroup,
  Dropdown,
  ChipsSelector,
  Footer,
  OptIn,
  EmbeddedLink,
  DatePicker,
  CalendarPicker,
  Image,
  ImageCarousel,
  PhotoPicker,
  DocumentPicker,
  If,
  Switch,
  NavigationList,
];

const COMPONENT_CLASSES: ReadonlyMap<string, BuilderClass> = new Map(
  COMPONENTS.map((cls) => [cls.componentType, cls as BuilderClass]),
);

const ACTION_CLASSES: ReadonlyMap<string, BuilderClass> = new Map<string, BuilderClass>([
  ["navigate", NavigateAction],
  ["data_exchange", DataExchangeAction],
  ["complete", CompleteAction],
  ["update_data", UpdateDataAction],
  ["open_url", OpenUrlAction],
]);

/**
 * Rebuilds the builder object of one component from its Flow JSON. Unknown types (or JSON that
 * is not a component) become a {@link RawComponent} that serializes back unchanged.
 */
export function parseComponent(json: unknown): AnyComponent {
  if (!isPlainObject(json) || typeof json.type !== "string") {
    return new RawComponent(json as JsonValue);
  }
  const cls = COMPONENT_CLASSES.get(json.type);
  if (!cls) return new RawComponent(json as JsonObject & { type: string });
  return revive(cls, json, decodeContext, { type: json.type }) as AnyComponent;
}

/** Rebuilds an action from its Flow JSON; unknown names become a {@link RawAction}. */
export function parseAction(json: unknown): unknown {
  if (!isActionJson(json)) return json;
  const cls = ACTION_CLASSES.get(json.name);
  if (!cls) return new RawAction(json);
  return revive(cls, json, decodeContext, { name: json.name });
}

/** The context that turns nested JSON back into builder objects. */
export const decodeContext: DecodeContext = {
  component: parseComponent,
  action: parseAction,
  dataSource: (json) => (isPlainObject(json) ? revive(DataSource, json, decodeContext) : json),
  navigationItem: (json) =>
    isPlainObject(json) ? revive(NavigationItem, json, decodeContext) : json,
};
