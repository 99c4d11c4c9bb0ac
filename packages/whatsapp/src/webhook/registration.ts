import type { UpdateFilter } from "./handlers.js";

/** `(handler)`, `(filters, handler)`, `(query, handler)` or `(query, filters, handler)`. */
export type RegistrationArgs = readonly unknown[];

/** Splits the arguments of an `on…` method into its query, filters and handler. */
export function readRegistration(
  method: string,
  args: RegistrationArgs,
): { query: string | undefined; filters: UpdateFilter<never>[]; handler: unknown } {
  const rest = [...args];
  const handler = rest.pop();
  const query = typeof rest[0] === "string" ? (rest.shift() as string) : undefined;
  if (rest.length > 1) throw new TypeError(`${method}: expected (query?, filters?, handler)`);
  const filters = rest[0] === undefined ? [] : Array.isArray(rest[0]) ? rest[0] : [rest[0]];
  if (typeof handler !== "function")
    throw new TypeError(`${method}: the last argument must be the handler`);
  return { query, filters: filters as UpdateFilter<never>[], handler };
}
