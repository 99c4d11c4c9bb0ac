import { EventEmitter } from "node:events";

/**
 * The abort signal of one attempt sent with undici's `request`, in the EventEmitter form it
 * accepts (`aborted`, `reason`, an `abort` event): on Node 20 creating an `AbortController`
 * costs about 10 µs and listening to its signal 7 µs more, a tenth of a whole send to a local
 * server; this costs under 1 µs.
 */
export class AttemptSignal extends EventEmitter {
  /** Whether the attempt was aborted. */
  aborted = false;
  /** Why: the caller's reason, or a `TimeoutError` DOMException. */
  reason: unknown = undefined;

  /** Aborts the attempt: undici fails the request, or the body being read, with `reason`. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit("abort");
  }
}
