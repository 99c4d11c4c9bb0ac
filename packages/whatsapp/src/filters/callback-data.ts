import type { CallbackDataClass } from "../callback-data/callback-data.js";
import { type Check, check } from "./filter.js";

/**
 * Passes buttons, list choices, message statuses and call statuses whose `data` (or
 * `tracker`) is callback data of the class. It does not parse the field for the handler: use
 * `onCallbackButton(MyData, handler)` for that; this filter is for places that take only
 * filters, such as listeners.
 *
 * @example
 * ```ts
 * import { CallbackData, filters } from "tswa";
 * import { z } from "zod";
 *
 * const Vote = CallbackData("vote", { poll: z.number(), up: z.boolean() });
 * const isVote = filters.callbackData(Vote);
 * ```
 */
export function callbackData(factory: CallbackDataClass<unknown>): Check {
  if (typeof factory?.tryParse !== "function")
    throw new TypeError("filters.callbackData: give a class made by CallbackData()");
  return check((u) => {
    const field =
      u.kind === "callbackButton" || u.kind === "callbackSelection"
        ? u.data
        : u.kind === "messageStatus" || u.kind === "callStatus"
          ? u.tracker
          : undefined;
    return typeof field === "string" && factory.tryParse(field) !== undefined;
  });
}
