import { isCallbackDataClass } from "../callback-data/callback-data.js";
import { byCallbackData } from "../callback-data/parsed-field.js";
import { HANDLER_TABLE, type HandlerMethod } from "./handler-table.js";
import type { HandlerOptions, UpdateFilter, UpdateHandler, UpdateHandlers } from "./handlers.js";

/**
 * `([query], [filters], handler, [options])`, as every `on…` method takes them; the query is a
 * string or, for callback fields, a `CallbackData` class.
 */
export type RegistrationArgs = readonly unknown[];

/** Splits the arguments of an `on…` method into its query, filters, handler and options. */
export function readRegistration(
  method: string,
  args: RegistrationArgs,
): {
  query: string | undefined;
  factory: unknown;
  filters: UpdateFilter<never>[];
  handler: unknown;
  options: HandlerOptions;
} {
  const rest = [...args];
  const last = rest[rest.length - 1];
  const options =
    typeof last === "object" && last !== null && !Array.isArray(last)
      ? (rest.pop() as HandlerOptions)
      : {};
  const handler = rest.pop();
  const query = typeof rest[0] === "string" ? (rest.shift() as string) : undefined;
  const factory = query === undefined && isCallbackDataClass(rest[0]) ? rest.shift() : undefined;
  if (rest.length > 1)
    throw new TypeError(`${method}: expected (query?, filters?, handler, options?)`);
  const filters = rest[0] === undefined ? [] : Array.isArray(rest[0]) ? rest[0] : [rest[0]];
  if (typeof handler !== "function")
    throw new TypeError(`${method}: the handler must be a function (after the query and filters)`);
  return { query, factory, filters: filters as UpdateFilter<never>[], handler, options };
}

/**
 * Registers the arguments of an `on…` method by its row of {@link HANDLER_TABLE}.
 *
 * @throws TypeError for arguments out of order, a query the method does not take, or a
 *   filter or handler that is not a function.
 */
export function registerHandler<C>(
  handlers: UpdateHandlers<C>,
  method: HandlerMethod,
  args: RegistrationArgs,
): void {
  const { query, factory, filters, handler, options } = readRegistration(method, args);
  const spec: {
    kind: string;
    query?: (q: string) => (u: never) => boolean;
    callbackField?: string;
  } = HANDLER_TABLE[method];
  if (query !== undefined && spec.query === undefined)
    throw new TypeError(`${method}: takes no query string, only (filters?, handler, options?)`);
  if (factory !== undefined) {
    if (spec.callbackField === undefined)
      throw new TypeError(`${method}: takes no CallbackData class`);
    const parsed = byCallbackData(
      factory as never,
      spec.callbackField,
      filters,
      handler as UpdateHandler<never, C>,
    );
    handlers.add(spec.kind as never, parsed.filters, parsed.handler, options);
    return;
  }
  const byQuery = query === undefined || !spec.query ? [] : [spec.query(query)];
  handlers.add(
    spec.kind as never,
    [...byQuery, ...filters] as UpdateFilter<never>[],
    handler as UpdateHandler<never, C>,
    options,
  );
}
