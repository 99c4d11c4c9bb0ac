import type { DecodeContext, Fields, JsonObject } from "./codec.js";
import { decodeFields, encodeFields, rememberOrder } from "./codec.js";
import type { FormRef, ScreenFormRef } from "./refs.js";

/** What every builder object has: its Meta JSON. */
export interface Serializable {
  /** The object as Meta's Flow JSON (hyphenated keys, undefined options left out). */
  toJSON(): JsonObject;
}

/** What every component has. */
export interface ComponentMethods<T extends string> extends Serializable {
  /** The component `type` of Flow JSON. */
  readonly type: T;
}

/** What every input component (one with a `name`) has on top of {@link ComponentMethods}. */
export interface FieldMethods<N extends string> {
  /** `${form.NAME}`: the value of this input, for the same screen. */
  readonly ref: FormRef<N>;
  /** `${screen.ID.form.NAME}`: the value of this input, from another screen (Flow JSON 4.0+). */
  refIn<const S extends string>(screen: S | { readonly id: S }): ScreenFormRef<S, N>;
}

/** The static side of a builder class: its fields, for parsing. */
export interface BuilderStatics {
  /**
   * camelCase option -> Flow JSON key, in output order (what the encoder and parser read).
   *
   * @internal
   */
  readonly fields: Fields;
}

/** The static side of a component class. */
export interface ComponentStatics<T extends string> extends BuilderStatics {
  /** The component `type` this class builds. */
  readonly componentType: T;
}

/** A builder object's class, as parsing sees it. */
export type BuilderClass = (abstract new (...args: never[]) => object) & BuilderStatics;

/** A base class whose instances carry their options as own properties. */
export function defineObject(fields: Fields) {
  class JsonBuilder {
    /**
     * camelCase option -> Flow JSON key, in output order (what the encoder and parser read).
     *
     * @internal
     */
    static readonly fields = fields;
    constructor(props: object) {
      Object.assign(this, props);
    }
    toJSON(): JsonObject {
      return encodeFields(this, fields);
    }
  }
  return JsonBuilder as unknown as (new <P extends object>(
    props: P,
  ) => P & Serializable) &
    BuilderStatics;
}

/** A base class for the component `type`. */
export function defineComponent<const T extends string>(type: T, fields: Fields) {
  class ComponentBuilder {
    /**
     * camelCase option -> Flow JSON key, in output order (what the encoder and parser read).
     *
     * @internal
     */
    static readonly fields = fields;
    static readonly componentType = type;
    readonly type: string = type;
    constructor(props: object) {
      Object.assign(this, props);
    }
    toJSON(): JsonObject {
      return encodeFields(this, fields, { type: this.type });
    }
  }
  return ComponentBuilder as unknown as (new <P extends object>(
    props: P,
  ) => P & ComponentMethods<T>) &
    ComponentStatics<T>;
}

/** A base class for an input component `type`: one with a `name`, a `ref` and `refIn()`. */
export function defineField<const T extends string>(type: T, fields: Fields) {
  const Base = defineComponent(type, fields) as unknown as new (
    props: object,
  ) => {
    readonly name: string;
  };
  class FieldBuilder extends Base {
    get ref(): string {
      return `\${form.${this.name}}`;
    }
    refIn(screen: string | { readonly id: string }): string {
      return `\${screen.${typeof screen === "string" ? screen : screen.id}.form.${this.name}}`;
    }
  }
  return FieldBuilder as unknown as (new <P extends { readonly name: string }>(
    props: P,
  ) => P & ComponentMethods<T> & FieldMethods<P["name"]>) &
    ComponentStatics<T>;
}

/**
 * Rebuilds a builder object from its Flow JSON without running its constructor (so no defaults
 * are added and the result re-serializes to the same JSON), remembering the source key order.
 */
export function revive<C extends BuilderClass>(
  cls: C,
  json: Readonly<Record<string, unknown>>,
  context: DecodeContext,
  head: Readonly<Record<string, unknown>> = {},
): InstanceType<C> {
  const props = decodeFields(json, cls.fields, context, Object.keys(head));
  const instance = Object.assign(Object.create(cls.prototype) as object, head, props);
  return rememberOrder(instance, Object.keys(json)) as InstanceType<C>;
}
