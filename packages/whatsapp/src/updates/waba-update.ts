import { BaseUpdate, type BaseUpdateInit } from "./base-update.js";

/**
 * What an account-level update is made from.
 *
 * @inline
 */
export interface WabaUpdateInit extends BaseUpdateInit {
  /** When it happened (`entry[].time`). */
  timestamp: Date | undefined;
}

/** An update about your account rather than a user: templates, quality, account events. */
export abstract class WabaUpdate extends BaseUpdate {
  /** When it happened (`entry[].time`). */
  readonly timestamp: Date | undefined;

  constructor(init: WabaUpdateInit) {
    super(init);
    this.timestamp = init.timestamp;
  }
}
