import type { Extensible, JsonObject } from "./codec.js";
import { encodeFields } from "./codec.js";
import type { DynamicBoolean, DynamicNumber, DynamicString } from "./dynamic.js";
import type { DynamicRef } from "./refs.js";

/** The data an action sends: values, references, expressions, `DataSource` items. */
export type ActionPayload = Readonly<Record<string, unknown>>;

/** A screen (anything with an `id`, such as a `Screen`), a screen id, or an explicit `next`. */
export type NavigateTarget = string | { readonly id: string } | Next;

/** The `next` of a navigate action: a screen (or, in Meta's reserved form, a plugin). */
export interface Next<N extends string = string> {
  /** `"screen"` (the default) or `"plugin"`. */
  readonly type: "screen" | "plugin" | (string & {});
  /** The screen id. */
  readonly name: N;
}

/** The id a navigate target points to. */
export type TargetId<T> = T extends string
  ? T
  : T extends { readonly id: infer I extends string }
    ? I
    : T extends { readonly name: infer N extends string }
      ? N
      : string;

/** What a value of the target screen's data may be given as: a literal, a reference, an expression. */
export type Bindable<V> = V extends string
  ? DynamicString
  : V extends number
    ? DynamicNumber
    : V extends boolean
      ? DynamicBoolean
      : V | DynamicRef;

/** The data keys a navigate target declares (`string` when its declarations are not known). */
export type DeclaredDataKeys<T> = T extends {
  readonly data?: readonly (infer D)[] | undefined;
}
  ? D extends { readonly key: infer K extends string }
    ? K
    : never
  : string;

/**
 * The payload a navigate action must give its target: one entry per data the target screen
 * declares (typed from each declaration's example). Any payload when the target is an id or a
 * screen whose declarations are not known.
 */
export type PayloadFor<T> =
  string extends DeclaredDataKeys<T>
    ? ActionPayload
    : T extends { readonly data?: readonly (infer D)[] | undefined }
      ? {
          readonly [X in D as X extends { readonly key: infer K extends string }
            ? K
            : never]: X extends { readonly example: infer V } ? Bindable<V> : unknown;
        }
      : ActionPayload;

/** Options of {@link NavigateAction}. */
export type NavigateActionOptions<T extends NavigateTarget> = Extensible & {
  /** The screen to show: a `Screen` (its declared data then types the payload) or its id. */
  readonly next: T;
} & (string extends DeclaredDataKeys<T>
    ? {
        /** The data for the next screen. */
        readonly payload?: ActionPayload | undefined;
      }
    : [DeclaredDataKeys<T>] extends [never]
      ? {
          /** The next screen declares no data: nothing to send. */
          readonly payload?: PayloadFor<T> | undefined;
        }
      : {
          /** The data for the next screen: every data the screen declares. */
          readonly payload: PayloadFor<T>;
        });

/**
 * Shows the next screen with `payload` as its data (spec 6.3). Not allowed on the Footer of a
 * terminal screen. Given a `Screen` object, the payload must provide exactly the data that
 * screen declares: a renamed or missing data key fails to compile.
 *
 * @example
 * ```ts
 * import { Layout, NavigateAction, Screen, ScreenData, TextBody } from "@tswa/flows/json";
 *
 * const name = new ScreenData({ key: "name", example: "Ada" });
 * const confirm = new Screen({
 *   id: "CONFIRM",
 *   data: [name],
 *   layout: new Layout({ children: [new TextBody({ text: name.ref })] }),
 * });
 * new NavigateAction({ next: confirm, payload: { name: "${form.name}" } });
 * ```
 */
export class NavigateAction<const T extends NavigateTarget = NavigateTarget> {
  /**
   * camelCase option -> Flow JSON key, in output order (what the encoder and parser read).
   *
   * @internal
   */
  static readonly fields = { next: "next", payload: "payload" };
  /** Always `"navigate"`. */
  readonly name = "navigate" as const;
  /** The target, as Flow JSON writes it. */
  readonly next: Next<TargetId<T>>;
  /** The data for the next screen. */
  readonly payload: ActionPayload | undefined;
  /** Unmodelled keys, written as given. */
  readonly extra: Readonly<Record<string, unknown>> | undefined;

  constructor(options: NavigateActionOptions<T>) {
    const next: NavigateTarget = options.next;
    this.next = (
      typeof next === "string"
        ? { type: "screen", name: next }
        : "id" in next
          ? { type: "screen", name: next.id }
          : { type: next.type, name: next.name }
    ) as Next<TargetId<T>>;
    this.payload = options.payload ?? {};
    this.extra = options.extra;
  }

  /** The action as Flow JSON (`JSON.stringify` calls this). */
  toJSON(): JsonObject {
    return encodeFields(this, NavigateAction.fields, { name: this.name });
  }
}
