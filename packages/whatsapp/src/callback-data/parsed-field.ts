import type { UpdateFilter, UpdateHandler } from "../webhook/handlers.js";
import type { CallbackDataClass } from "./callback-data.js";

/**
 * The update as a handler registered with a `CallbackData` class sees it: the same object (its
 * methods, getters and `sharedData` work on the original), with `field` read as the parsed
 * object. The update itself is not changed, so other handlers still see the string.
 */
function withField<U extends object>(update: U, field: string, value: unknown): U {
  return new Proxy(update, {
    get(target, key) {
      if (key === field) return value;
      const member: unknown = Reflect.get(target, key, target);
      return typeof member === "function" && key !== "constructor"
        ? (member as (...args: unknown[]) => unknown).bind(target)
        : member;
    },
  });
}

/**
 * The filters and handler of a registration by `CallbackData` class: a first filter that takes
 * only updates whose `field` parses as the class (others go on to other handlers, nothing is
 * thrown), then the user's filters and handler, each given the update with `field` parsed.
 */
export function byCallbackData<C>(
  factory: CallbackDataClass<unknown>,
  field: string,
  filters: readonly UpdateFilter<never>[],
  handler: UpdateHandler<never, C>,
): { filters: UpdateFilter<never>[]; handler: UpdateHandler<never, C> } {
  const views = new WeakMap<object, object>();
  const view = (update: object): never => views.get(update) as never;
  const parses = (update: Record<string, unknown>) => {
    const parsed = factory.tryParse(update[field] as string);
    if (parsed === undefined) return false;
    views.set(update, withField(update, field, parsed));
    return true;
  };
  return {
    filters: [
      parses as UpdateFilter<never>,
      ...filters.map((f) => (update: object) => (f as UpdateFilter<unknown>)(view(update))),
    ],
    handler: (update: object, client: C) =>
      (handler as UpdateHandler<unknown, C>)(view(update), client),
  };
}
