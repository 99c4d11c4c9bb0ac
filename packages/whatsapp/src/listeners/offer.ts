import { ContinueHandling, StopHandling } from "../updates/handling.js";
import { passes, type UpdateFilter } from "../webhook/handlers.js";
import { isUserAction, type ListenableUpdate } from "./listenable.js";
import type { PendingListener } from "./pending-listener.js";

/**
 * Offers an update from its user to the listener waiting for them: cancelers matched reject
 * the listener with `ListenerCanceled`, else filters matched resolve it; either way the update
 * was the listener's (pywa's rule). Otherwise the update goes on to the handlers, unless the
 * listener holds back the user's other actions (`ignoreUpdates`). Cancelers come first, so a
 * cancel word cancels even when the filters would take it as an answer (pywa checks the filters
 * first).
 *
 * A filter that throws rejects the listener with that error (the update was the listener's);
 * `update.stopHandling()` in a filter keeps the update from the handlers and
 * `update.continueHandling()` passes it on, the listener waiting on in both cases.
 *
 * Synchronous while the filters are. When an async filter settles after another update (or the
 * timeout) ended the listener, the update goes to the handlers.
 *
 * @returns Whether the handlers must not see the update.
 */
export function offerTo(
  listener: PendingListener,
  update: ListenableUpdate,
  continueHandling: boolean,
): boolean | Promise<boolean> {
  const answer = () =>
    check(
      listener,
      update,
      listener.filters,
      () => {
        listener.resolve(update);
        return !continueHandling;
      },
      () => held(listener, update),
    );
  if (listener.cancelers.length === 0) return answer();
  return check(
    listener,
    update,
    listener.cancelers,
    () => {
      listener.cancel(update);
      return !continueHandling;
    },
    answer,
  );
}

/** Runs `filters`, then `matched` or `unmatched`; a throwing filter ends in {@link failed}. */
function check(
  listener: PendingListener,
  update: ListenableUpdate,
  filters: readonly UpdateFilter<ListenableUpdate>[],
  matched: () => boolean,
  unmatched: () => boolean | Promise<boolean>,
): boolean | Promise<boolean> {
  let result: boolean | Promise<boolean>;
  try {
    result = passes(filters as readonly UpdateFilter<never>[], update);
  } catch (error) {
    return failed(listener, error);
  }
  if (result === true) return matched();
  if (result === false) return unmatched();
  return result.then(
    (ok) => (listener.settled ? false : ok ? matched() : unmatched()),
    (error: unknown) => (listener.settled ? false : failed(listener, error)),
  );
}

/** An update the listener did not want: held back when it is one of the user's actions. */
function held(listener: PendingListener, update: ListenableUpdate): boolean {
  return listener.ignoreUpdates && isUserAction(update);
}

/** A filter threw: pywa's handling signals, or the listener's failure. */
function failed(listener: PendingListener, error: unknown): boolean {
  if (error instanceof StopHandling) return true;
  if (error instanceof ContinueHandling) return false;
  listener.reject(error);
  return true;
}
