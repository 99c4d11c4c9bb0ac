import type { UpdateKind, UpdateKinds } from "../updates/kinds.js";
import { type Guard, guard } from "./filter.js";

/** What a kind filter proves: the update is of kind `K`. */
export type KindNarrowing<K extends UpdateKind> = { readonly kind: K } & UpdateKinds[K];

/**
 * A filter passing updates of kind `kind` whose `field` is `value`, proving both (the status,
 * event and direction filters are made with it).
 */
export const fieldIs = <
  K extends UpdateKind,
  F extends keyof UpdateKinds[K] & string,
  const V extends string,
>(
  kind: K,
  field: F,
  value: V,
): Guard<{ readonly kind: K } & { readonly [P in F]: V }> =>
  guard((u) => u.kind === kind && (u as unknown as Record<string, unknown>)[field] === value);

/** A filter passing updates of one kind (useful where any update arrives, such as listeners). */
export const ofKind = <K extends UpdateKind>(kind: K): Guard<KindNarrowing<K>> =>
  guard((u) => u.kind === kind);

/** Passes reply-button and quick-reply presses. */
export const callbackButton = ofKind("callbackButton");
/** Passes list-row choices. */
export const callbackSelection = ofKind("callbackSelection");
/** Passes statuses of messages you sent. */
export const messageStatus = ofKind("messageStatus");
/** Passes flow completions. */
export const flowCompletion = ofKind("flowCompletion");
/** Passes template status updates. */
export const templateStatus = ofKind("templateStatusUpdate");
/** Passes template quality updates. */
export const templateQuality = ofKind("templateQualityUpdate");
/** Passes template category updates. */
export const templateCategory = ofKind("templateCategoryUpdate");
/** Passes template components updates. */
export const templateComponents = ofKind("templateComponentsUpdate");
/** Passes calls connecting. */
export const callConnect = ofKind("callConnect");
/** Passes calls ending. */
export const callTerminate = ofKind("callTerminate");
/** Passes statuses of calls you started. */
export const callStatus = ofKind("callStatus");
/** Passes answers to a call permission request. */
export const callPermissionUpdate = ofKind("callPermissionUpdate");
/** Passes users changing their number. */
export const phoneNumberChange = ofKind("phoneNumberChange");
/** Passes users' identity (security code) changes. */
export const identityChange = ofKind("identityChange");
/** Passes users' marketing message preferences. */
export const userMarketingPreferences = ofKind("userMarketingPreferences");
/** Passes account updates. */
export const accountUpdate = ofKind("accountUpdate");
