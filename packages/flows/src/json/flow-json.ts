import { type BuilderStatics, revive } from "./builder.js";
import type { Extensible, FieldCodec, JsonObject } from "./codec.js";
import { encodeFields, isPlainObject } from "./codec.js";
import type { AnyComponent } from "./component.js";
import type { Flatten } from "./component-tree.js";
import { FlowJsonParseError } from "./errors.js";
import { decodeContext } from "./parse.js";
import { type AnyScreenData, parseScreen, type Screen } from "./screen.js";
import type { ComponentsTooNew } from "./version-table.js";
import type { FlowDataApiVersion, FlowJSONVersion } from "./versions.js";

/** Any screen. */
export type AnyScreen = Screen<string, AnyScreenData, AnyComponent>;

/** The ids of a union of screens. */
export type ScreenIds<S> = S extends { readonly id: infer I extends string } ? I : never;

/** For each screen id, the screens it can lead to (spec 6.2). */
export type RoutingModel<Id extends string = string> = Readonly<Partial<Record<Id, readonly Id[]>>>;

/** The components of every screen of a union, nested ones included. */
type ComponentsOf<S> = S extends Screen<string, AnyScreenData, infer C> ? Flatten<C> : never;

/**
 * Fails to compile when a screen uses a component newer than the flow's version, naming it:
 * "Property 'unsupportedComponents' is missing … 'ChipsSelector (needs Flow JSON 6.3)'".
 *
 * @inline
 */
type VersionCheck<V extends string, S> = [ComponentsTooNew<V, ComponentsOf<S>>] extends [never]
  ? unknown
  : { readonly unsupportedComponents: ComponentsTooNew<V, ComponentsOf<S>> };

/** Options of {@link FlowJSON}. */
export interface FlowJSONOptions<V extends FlowJSONVersion, S extends AnyScreen>
  extends Extensible {
  /** The Flow JSON version, such as `"7.1"`; it decides which components and properties exist. */
  readonly version: V;
  /** The screens; the first one is shown first unless the routing model says otherwise. */
  readonly screens: readonly S[];
  /** The Data API version of the endpoint (`"3.0"`); required when a screen uses `data_exchange`. */
  readonly dataApiVersion?: FlowDataApiVersion | undefined;
  /**
   * Which screens each screen can lead to; required with an endpoint. The keys and targets must
   * be ids of `screens` (checked at compile time).
   */
  readonly routingModel?: RoutingModel<NoInfer<ScreenIds<S>>> | undefined;
  /** The endpoint URL, only for Flow JSON before 3.0 (since 3.0 it is set through the API). */
  readonly dataChannelUri?: string | undefined;
}

const screens: FieldCodec = {
  decode: (json, context) =>
    Array.isArray(json) ? json.map((screen) => parseScreen(screen, context)) : json,
};

const FLOW_JSON_FIELDS = {
  version: "version",
  dataApiVersion: "data_api_version",
  dataChannelUri: "data_channel_uri",
  routingModel: "routing_model",
  screens: ["screens", screens],
} as const;

/**
 * A whole Flow JSON document: what `updateFlowJson` and `createFlow` upload.
 *
 * It serializes through `toJSON()`, so `JSON.stringify(flow)` is the document Meta expects
 * (hyphenated keys, options left undefined are omitted, keys in a fixed order), and
 * `FlowJSON.fromJSON` reads a document back into builder objects. For a document the builder
 * made, `JSON.stringify(FlowJSON.fromJSON(JSON.stringify(flow)))` is the same string; for any
 * other document, parsing and serializing gives the same JSON with the same key order.
 *
 * A component newer than `version` fails to compile (for versions tswa knows); properties and
 * every other rule are checked by `validateFlowJson`.
 *
 * @example
 * ```ts
 * import { CompleteAction, FlowJSON, Footer, Layout, Screen, TextHeading } from "@tswa/flows/json";
 *
 * const flow = new FlowJSON({
 *   version: "7.1",
 *   screens: [
 *     new Screen({
 *       id: "WELCOME",
 *       terminal: true,
 *       layout: new Layout({
 *         children: [
 *           new TextHeading({ text: "Welcome!" }),
 *           new Footer({ label: "Close", onClickAction: new CompleteAction() }),
 *         ],
 *       }),
 *     }),
 *   ],
 * });
 * JSON.stringify(flow); // {"version":"7.1","screens":[{"id":"WELCOME",…}]}
 * ```
 */
export class FlowJSON<
  const V extends FlowJSONVersion = FlowJSONVersion,
  const S extends AnyScreen = AnyScreen,
> {
  /**
   * camelCase option -> Flow JSON key, in output order (what the encoder and parser read).
   *
   * @internal
   */
  static readonly fields = FLOW_JSON_FIELDS;

  /** The Flow JSON version. */
  readonly version: V;
  /** The screens. */
  readonly screens: readonly S[];
  /** The Data API version of the endpoint. */
  readonly dataApiVersion: FlowDataApiVersion | undefined;
  /** The routing model. */
  readonly routingModel: RoutingModel<ScreenIds<S>> | undefined;
  /** The endpoint URL (Flow JSON before 3.0). */
  readonly dataChannelUri: string | undefined;
  /** Unmodelled top-level keys, written as given. */
  readonly extra: Readonly<Record<string, unknown>> | undefined;

  constructor(options: FlowJSONOptions<V, S> & VersionCheck<V, S>) {
    this.version = options.version;
    this.screens = options.screens;
    this.dataApiVersion = options.dataApiVersion;
    this.routingModel = options.routingModel;
    this.dataChannelUri = options.dataChannelUri;
    this.extra = options.extra;
  }

  /** The screen with this id, if any. */
  screen<const I extends ScreenIds<S>>(id: I): Extract<S, { readonly id: I }> | undefined {
    return this.screens.find((screen) => screen.id === id) as Extract<S, { readonly id: I }>;
  }

  /** The document as Meta's Flow JSON. */
  toJSON(): JsonObject {
    return encodeFields(this, FLOW_JSON_FIELDS);
  }

  /**
   * Reads a Flow JSON document (a string or a parsed object) into builder objects. Components
   * and actions tswa does not know are kept as `RawComponent` / `RawAction`, unknown keys in
   * `extra`, so serializing gives the document back.
   *
   * @throws {@link FlowJsonParseError} when the input is not JSON or not a JSON object.
   *
   * @example
   * ```ts
   * import { FlowJSON } from "@tswa/flows/json";
   *
   * const flow = FlowJSON.fromJSON('{"version":"7.1","screens":[]}');
   * flow.version; // "7.1"
   * ```
   */
  static fromJSON(input: string | Readonly<Record<string, unknown>>): FlowJSON {
    let json: unknown = input;
    if (typeof input === "string") {
      try {
        json = JSON.parse(input);
      } catch (error) {
        throw new FlowJsonParseError("the Flow JSON is not valid JSON", { cause: error });
      }
    }
    if (!isPlainObject(json)) {
      throw new FlowJsonParseError("the Flow JSON must be a JSON object with version and screens");
    }
    return revive(
      FlowJSON as unknown as BuilderStatics & (abstract new () => FlowJSON),
      json,
      decodeContext,
    );
  }
}

/** Same as {@link FlowJSON.fromJSON}. */
export function parseFlowJson(input: string | Readonly<Record<string, unknown>>): FlowJSON {
  return FlowJSON.fromJSON(input);
}
