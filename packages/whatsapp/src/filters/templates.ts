import type { Guard } from "./filter.js";
import { fieldIs } from "./kinds.js";

/** What a template status filter proves. */
export type TemplateStatusNarrowing<S extends string> = {
  readonly kind: "templateStatusUpdate";
  readonly newStatus: S;
};

/** Passes template status updates to `APPROVED`. */
export const templateStatusApproved: Guard<TemplateStatusNarrowing<"APPROVED">> = fieldIs(
  "templateStatusUpdate",
  "newStatus",
  "APPROVED",
);

/** Passes template status updates to `REJECTED`. */
export const templateStatusRejected: Guard<TemplateStatusNarrowing<"REJECTED">> = fieldIs(
  "templateStatusUpdate",
  "newStatus",
  "REJECTED",
);
