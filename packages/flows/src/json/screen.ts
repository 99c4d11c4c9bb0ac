import { defineObject, revive } from "./builder.js";
import type { DecodeContext, Extensible, FieldCodec } from "./codec.js";
import { isPlainObject, rememberOrder } from "./codec.js";
import type { AnyComponent } from "./component.js";
import type { FieldNames } from "./component-tree.js";
import { Layout } from "./layout.js";
import type { ScreenDataRef, ScreenFormRef } from "./refs.js";
import { ScreenData } from "./screen-data.js";

/** Any screen data declaration. */
export type AnyScreenData = ScreenData<string, unknown>;

/** Options of {@link Screen}. */
export interface ScreenOptions<Id extends string, D extends AnyScreenData, C extends AnyComponent>
  extends Extensible {
  /** The screen id, unique in the flow; `SUCCESS` is reserved. */
  readonly id: Id;
  /** The title in the top bar. */
  readonly title?: string | undefined;
  /** Whether the flow can end on this screen (it then needs a Footer). */
  readonly terminal?: boolean | undefined;
  /** For a terminal screen: whether ending here is a success. Default `true`. */
  readonly success?: boolean | undefined;
  /** Asks the endpoint for fresh data (a BACK request) when the user comes back here. */
  readonly refreshOnBack?: boolean | undefined;
  /** Inputs whose values the response summary hides (Flow JSON 5.1+). */
  readonly sensitive?: readonly NoInfer<FieldNames<C>>[] | undefined;
  /** The data the screen receives from the previous screen or the endpoint. */
  readonly data?: readonly D[] | undefined;
  /** The screen's components. */
  readonly layout: Layout<C>;
}

/** The resolved options of a {@link Screen}. */
interface ScreenProps<Id extends string, D extends AnyScreenData, C extends AnyComponent>
  extends Omit<ScreenOptions<Id, D, C>, "sensitive"> {
  /** Inputs whose values the response summary hides (Flow JSON 5.1+). */
  readonly sensitive?: readonly string[] | undefined;
}

// `data` is a list of declarations in tswa and an object keyed by data key in Flow JSON.
const screenData: FieldCodec = {
  encode: (value) =>
    Array.isArray(value)
      ? Object.fromEntries((value as AnyScreenData[]).map((d) => [d.key, d.toJSON()]))
      : value,
  decode: (json) => {
    if (!isPlainObject(json) || !Object.values(json).every(isPlainObject)) return json;
    return Object.entries(json).map(([key, declaration]) => {
      const { __example__: example, ...schema } = declaration as Record<string, unknown>;
      const data = Object.assign(Object.create(ScreenData.prototype) as AnyScreenData, {
        key,
        example,
        schema,
      });
      return rememberOrder(data, Object.keys(declaration as object));
    });
  },
};

const layout: FieldCodec = {
  decode: (json, context) => (isPlainObject(json) ? revive(Layout, json, context) : json),
};

/**
 * A screen of a flow (spec 6.2). Its type keeps its id, its data declarations and its
 * components, so references to it are checked at compile time: `screen.formRef("email")` fails
 * to compile when the screen has no input named `email`, and a `NavigateAction` to it must give
 * exactly the data it declares.
 *
 * @example
 * ```ts
 * import { CompleteAction, Footer, Layout, Screen, TextInput } from "@tswa/flows/json";
 *
 * const email = new TextInput({ name: "email", label: "Email", inputType: "email" });
 * const signUp = new Screen({
 *   id: "SIGN_UP",
 *   title: "Sign up",
 *   terminal: true,
 *   layout: new Layout({
 *     children: [
 *       email,
 *       new Footer({ label: "Done", onClickAction: new CompleteAction({ payload: { email: email.ref } }) }),
 *     ],
 *   }),
 * });
 * signUp.formRef("email"); // "${screen.SIGN_UP.form.email}"
 * ```
 */
export class Screen<
  const Id extends string = string,
  const D extends AnyScreenData = AnyScreenData,
  const C extends AnyComponent = AnyComponent,
> extends defineObject({
  id: "id",
  title: "title",
  terminal: "terminal",
  success: "success",
  refreshOnBack: "refresh_on_back",
  sensitive: "sensitive",
  data: ["data", screenData],
  layout: ["layout", layout],
} as const)<ScreenProps<Id, D, C>> {
  constructor(options: ScreenOptions<Id, D, C>) {
    super(options);
  }

  /** `${screen.ID.form.NAME}`: an input of this screen, from another screen (Flow JSON 4.0+). */
  formRef<const N extends FieldNames<C>>(name: N): ScreenFormRef<Id, N> {
    return `\${screen.${this.id}.form.${name}}`;
  }

  /** `${screen.ID.data.KEY}`: data of this screen, from another screen (Flow JSON 4.0+). */
  dataRef<const K extends D["key"]>(key: K): ScreenDataRef<Id, K> {
    return `\${screen.${this.id}.data.${key}}`;
  }
}

/** Parses one screen's Flow JSON into a {@link Screen}; a value that is not an object stays as is. */
export function parseScreen(json: unknown, context: DecodeContext): unknown {
  return isPlainObject(json) ? revive(Screen, json, context) : json;
}
