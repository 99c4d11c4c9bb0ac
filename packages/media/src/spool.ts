import { setTimeout as sleep } from "node:timers/promises";
import { backoffDelay, DEFAULT_RETRY_POLICY } from "@tswa/core";
import { isMidBodyFailure } from "./download.js";

/**
 * Where downloaded bytes wait while they are unverified: memory for the Buffer form, a temporary
 * file for the file and stream forms. Nothing in a spool reaches the caller until every check
 * passed.
 */
export interface Spool {
  /** Called when the response headers arrived, with the size the spool will hold when known. */
  expect(size: number | undefined): void;
  /** Takes the next piece. */
  write(piece: Buffer): void;
  /** A promise while the spool has too much pending (backpressure), else `undefined`. */
  ready(): Promise<void> | undefined;
  /** Throws away what was written; leaves nothing behind. Never rejects. */
  discard(): Promise<void>;
}

/** What {@link downloadIntoSpool} needs of the options. */
export interface SpoolSettings {
  /** How many times a body that broke off or stalled is downloaded again. */
  restarts: number;
  /** Aborts the download and any wait before a restart. */
  signal: AbortSignal | undefined;
}

/**
 * Runs `once` (one download that fills the spool and checks it) with a fresh spool, starting
 * again with a new spool when the body broke off or stalled. Resolves with the spool only after
 * `once` resolved (every check passed); on failure the spool has been discarded.
 */
export async function downloadIntoSpool<S extends Spool, R>(
  settings: SpoolSettings,
  createSpool: () => S | Promise<S>,
  once: (spool: S) => Promise<R>,
): Promise<{ spool: S; result: R }> {
  for (let attempt = 0; ; attempt++) {
    const spool = await createSpool();
    try {
      return { spool, result: await once(spool) };
    } catch (error) {
      await spool.discard();
      if (!isMidBodyFailure(error) || attempt >= settings.restarts) throw error;
      try {
        await sleep(backoffDelay(attempt, DEFAULT_RETRY_POLICY), undefined, {
          signal: settings.signal,
        });
      } catch {
        throw settings.signal?.reason;
      }
    }
  }
}
