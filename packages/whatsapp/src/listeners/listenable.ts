import type { Update, UpdateKind } from "../updates/kinds.js";
import { UserUpdate } from "../updates/user-update.js";

/**
 * An update a listener can wait for: one from a user (a message, a button press, a status of a
 * message you sent, a call…), as pywa's user updates. The business's own echoes are not.
 */
export type ListenableUpdate = Exclude<
  Extract<Update, UserUpdate>,
  { kind: "outgoingMessage" | "outgoingEditedMessage" | "outgoingDeletedMessage" }
>;

/** The business's own echoes (coexistence): about a user, but not from them. */
const ECHOES: ReadonlySet<UpdateKind> = new Set<UpdateKind>([
  "outgoingMessage",
  "outgoingEditedMessage",
  "outgoingDeletedMessage",
]);

/**
 * What the user did themselves, as opposed to what happened to a message (statuses) or to
 * their account (number and identity changes): pywa's user actions, which the `SentMessage`
 * shortcuts hold back from the handlers while they wait (`ignoreUpdates`).
 */
const NOT_ACTIONS: ReadonlySet<UpdateKind> = new Set<UpdateKind>([
  "messageStatus",
  "callStatus",
  "phoneNumberChange",
  "identityChange",
]);

/** Whether a listener can take `update`. */
export function isListenable(update: Update): update is ListenableUpdate {
  return update instanceof UserUpdate && !ECHOES.has(update.kind);
}

/** Whether the user did `update` themselves (a message, a press, a call…). */
export function isUserAction(update: ListenableUpdate): boolean {
  return !NOT_ACTIONS.has(update.kind);
}
