import { type Guard, guard } from "./filter.js";

/** What a template status filter proves. */
export type TemplateStatusNarrowing<S extends string> = {
  readonly kind: "templateStatusUpdate";
  readonly newStatus: S;
};

/** Passes template status updates to `APPROVED`. */
export const templateStatusApproved: Guard<TemplateStatusNarrowing<"APPROVED">> = guard(
  (u) => u.kind === "templateStatusUpdate" && u.newStatus === "APPROVED",
);

/** Passes template status updates to `REJECTED`. */
export const templateStatusRejected: Guard<TemplateStatusNarrowing<"REJECTED">> = guard(
  (u) => u.kind === "templateStatusUpdate" && u.newStatus === "REJECTED",
);
