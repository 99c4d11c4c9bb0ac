// The filters namespace (`import { filters } from "tswa"`): pywa's `pywa.filters`, one concept
// per file. See docs/filters.md.
export * from "./account.js";
export * from "./callback-data.js";
export * from "./calls.js";
export * from "./combinators.js";
export * from "./contacts.js";
export type {
  AnyFilter,
  Check,
  Guard,
  Narrowed,
  Narrowing,
  NarrowingAll,
} from "./filter.js";
export * from "./flows.js";
export * from "./kinds.js";
export * from "./location.js";
export * from "./media.js";
export * from "./message-context.js";
export * from "./message-types.js";
export * from "./preferences.js";
export * from "./reactions.js";
export * from "./senders.js";
export * from "./statuses.js";
export * from "./templates.js";
export * from "./text.js";
