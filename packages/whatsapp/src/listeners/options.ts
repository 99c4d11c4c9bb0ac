import type { User } from "../updates/user.js";
import type { Filters } from "../webhook/on-signatures.js";
import type { ListenableUpdate } from "./listenable.js";

/** What every listener takes: filters, cancelers, a timeout and a signal. */
export interface ListenOptions<U, F extends Filters<U> | undefined = undefined> {
  /**
   * The update the listener waits for: every filter must pass (sync or async). Default: the
   * first update from the user. Filters that are type guards (`filters.text`, your own
   * `(u): u is Message => …`) narrow what the promise resolves with.
   */
  filters?: F;
  /**
   * Updates that cancel the wait: the first from the user every canceler passes rejects the
   * listener with {@link ListenerCanceled}, which carries it. It does not reach the handlers.
   */
  cancelers?: Filters<ListenableUpdate> | undefined;
  /**
   * How long to wait, in ms; then the listener rejects with {@link ListenerTimeout}. Default: no
   * limit. Set one: a user who never answers keeps the listener in memory until then.
   */
  timeout?: number | undefined;
  /** Stops the listener when aborted: it rejects with {@link ListenerStopped} (`reason: "aborted"`). */
  signal?: AbortSignal | undefined;
  /**
   * Hold back the user's other actions (messages, presses…) that match neither the filters nor
   * the cancelers from the handlers while waiting, as pywa's `ignore_updates`. Statuses always
   * go on. Default `false` for `wa.waitForUpdate`, `true` for the `SentMessage` shortcuts that
   * wait for the user.
   */
  ignoreUpdates?: boolean | undefined;
}

/** Options of `wa.waitForUpdate` (pywa's `listen`). */
export interface WaitForUpdateOptions<F extends Filters<ListenableUpdate> | undefined = undefined>
  extends ListenOptions<ListenableUpdate, F> {
  /**
   * The user: their id (a phone number as WhatsApp sends it, `wa_id`, or a BSUID) or a
   * {@link User} (`msg.from`, which stands for its `preferredId`). An update matches when it
   * carries that id, as its phone number or its BSUID.
   */
  from: string | User;
  /** Listen on this business phone number id only. Default: any of your numbers. */
  phoneId?: string | undefined;
}
