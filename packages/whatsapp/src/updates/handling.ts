/**
 * Thrown by `update.stopHandling()`: no further handler sees the update, even with
 * `continueHandling: true`. Caught by the dispatcher, never reported as an error.
 */
export class StopHandling extends Error {
  constructor() {
    super("stopHandling() was called outside a webhook handler");
    this.name = "StopHandling";
  }
}

/**
 * Thrown by `update.continueHandling()`: the next matching handler sees the update too, as if
 * it had not been taken. Caught by the dispatcher, never reported as an error.
 */
export class ContinueHandling extends Error {
  constructor() {
    super("continueHandling() was called outside a webhook handler");
    this.name = "ContinueHandling";
  }
}
