import type { FormRef } from "./refs.js";

/**
 * A union of components together with every component nested in them (Form children, If
 * branches, Switch cases), so screen-level types see the whole tree.
 */
export type Flatten<C> =
  | C
  | (C extends { readonly children: readonly (infer K)[] } ? Flatten<K> : never)
  | (C extends { readonly then: readonly (infer K)[] } ? Flatten<K> : never)
  | (C extends { readonly else?: readonly (infer K)[] | undefined } ? Flatten<K> : never)
  | (C extends { readonly cases: Readonly<Record<string, readonly (infer K)[]>> }
      ? Flatten<K>
      : never);

/** The names of the input components in a component tree (what `${form.NAME}` may reference). */
export type FieldNames<C> =
  Flatten<C> extends infer X ? (X extends { readonly ref: FormRef<infer N> } ? N : never) : never;
