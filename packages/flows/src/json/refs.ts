/**
 * Dynamic references of Flow JSON (spec 6.2): `${data.x}` (the screen's data), `${form.x}` (an
 * input of the screen) and, from Flow JSON 4.0, `${screen.ID.data.x}` / `${screen.ID.form.x}` (of
 * another screen). At run time a reference is the plain string Meta expects; its type keeps the
 * names as literals, so renaming a field or a screen breaks the build where it is referenced.
 */

/** Any dynamic reference: a string of the form `${…}`. */
export type DynamicRef = `\${${string}}`;
/** `${form.N}`: the value of the input named `N` on the same screen. */
export type FormRef<N extends string = string> = `\${form.${N}}`;
/** `${data.K}`: the screen's data `K` (declared with `ScreenData`). */
export type DataRef<K extends string = string> = `\${data.${K}}`;
/** `${screen.S.form.N}`: the input `N` of screen `S` (Flow JSON 4.0+). */
export type ScreenFormRef<
  S extends string = string,
  N extends string = string,
> = `\${screen.${S}.form.${N}}`;
/** `${screen.S.data.K}`: the data `K` of screen `S` (Flow JSON 4.0+). */
export type ScreenDataRef<
  S extends string = string,
  K extends string = string,
> = `\${screen.${S}.data.${K}}`;

/** A screen, or its id: what cross-screen helpers and navigate actions take. */
export type ScreenIdOf<S> = S extends string ? S : S extends { readonly id: infer I } ? I : never;

/**
 * The reference to the input `name` of the same screen.
 *
 * Prefer `input.ref` when you hold the component; this is for names you only know as strings.
 *
 * @example
 * ```ts
 * import { formRef } from "@tswa/flows/json";
 *
 * formRef("email"); // "${form.email}"
 * ```
 */
export function formRef<const N extends string>(name: N): FormRef<N> {
  return `\${form.${name}}`;
}

/**
 * The reference to the screen's data `key`. Prefer `screenData.ref` when you hold the declaration.
 *
 * @example
 * ```ts
 * import { dataRef } from "@tswa/flows/json";
 *
 * dataRef("slots"); // "${data.slots}"
 * ```
 */
export function dataRef<const K extends string>(key: K): DataRef<K> {
  return `\${data.${key}}`;
}

/** The id of a screen given as an object with an `id` or as the id itself. */
export function screenIdOf<const S extends string>(screen: S | { readonly id: S }): S {
  return typeof screen === "string" ? screen : screen.id;
}

/**
 * The reference to the input `name` of another screen (Flow JSON 4.0+). `Screen.formRef` does
 * the same and also checks, at compile time, that the screen has that input.
 *
 * @example
 * ```ts
 * import { screenFormRef } from "@tswa/flows/json";
 *
 * screenFormRef("SIGN_UP", "email"); // "${screen.SIGN_UP.form.email}"
 * ```
 */
export function screenFormRef<const S extends string, const N extends string>(
  screen: S | { readonly id: S },
  name: N,
): ScreenFormRef<S, N> {
  return `\${screen.${screenIdOf(screen)}.form.${name}}`;
}

/**
 * The reference to the data `key` of another screen (Flow JSON 4.0+). `Screen.dataRef` does the
 * same and also checks, at compile time, that the screen declares that data.
 *
 * @example
 * ```ts
 * import { screenDataRef } from "@tswa/flows/json";
 *
 * screenDataRef("START", "welcome"); // "${screen.START.data.welcome}"
 * ```
 */
export function screenDataRef<const S extends string, const K extends string>(
  screen: S | { readonly id: S },
  key: K,
): ScreenDataRef<S, K> {
  return `\${screen.${screenIdOf(screen)}.data.${key}}`;
}

/** Whether `value` is exactly one dynamic reference (`"${…}"` with nothing around it). */
export function isDynamicRef(value: unknown): value is DynamicRef {
  return typeof value === "string" && /^\$\{[^{}]+\}$/.test(value);
}

/** One reference found in a string, split into its parts. */
export interface ParsedRef {
  /** The reference as written, `${…}` included. */
  readonly raw: string;
  /** `form` or `data`, or another word when the reference has a shape tswa does not know. */
  readonly scope: string;
  /** The screen id of a global reference (`${screen.ID.…}`), else `undefined`. */
  readonly screen: string | undefined;
  /** The first path segment after the scope: the input name or the data key. */
  readonly name: string;
}

const REFERENCE = /\$\{([^{}]*)\}/g;

/**
 * Every reference inside a string, including those inside nested expressions
 * (`` `${form.a} + ${data.b}` ``). Used by the validator.
 */
export function findRefs(text: string): ParsedRef[] {
  const refs: ParsedRef[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const body = match[1] ?? "";
    const parts = body.split(".");
    if (parts[0] === "screen") {
      refs.push({
        raw: match[0],
        screen: parts[1] ?? "",
        scope: parts[2] ?? "",
        name: parts[3] ?? "",
      });
    } else {
      refs.push({ raw: match[0], screen: undefined, scope: parts[0] ?? "", name: parts[1] ?? "" });
    }
  }
  return refs;
}
