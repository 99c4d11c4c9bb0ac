import { setTimeout as sleep } from "node:timers/promises";
import { backoffDelay, DEFAULT_RETRY_POLICY } from "@tswa/core";
import { downloadCdnFile, isMidBodyFailure } from "./download.js";
import { FlowMediaTooLarge } from "./errors.js";
import type { ParsedFlowMedia } from "./metadata.js";
import type { ResolvedFlowMediaOptions } from "./options.js";
import { FlowMediaVerifier } from "./verifier.js";

/**
 * Where plaintext waits while it is unverified: memory for the Buffer form, a temporary file for
 * the file and stream forms. Nothing in a spool reaches the caller until every check passed.
 */
export interface PlaintextSpool {
  /** Called when the response headers arrived, with the declared CDN file size when known. */
  expect(cdnFileSize: number | undefined): void;
  /** Takes the next plaintext piece. */
  write(plaintext: Buffer): void;
  /** A promise while the spool has too much pending (backpressure), else `undefined`. */
  ready(): Promise<void> | undefined;
  /** Throws away what was written; leaves nothing behind. Never rejects. */
  discard(): Promise<void>;
}

/**
 * Downloads, checks and decrypts one file into a fresh spool, starting again (with a new spool)
 * when the body broke off or stalled. Resolves with the spool only after every check passed;
 * on failure the spool has been discarded.
 */
export async function decryptIntoSpool<S extends PlaintextSpool>(
  media: ParsedFlowMedia,
  settings: ResolvedFlowMediaOptions,
  createSpool: () => S | Promise<S>,
): Promise<{ spool: S; size: number }> {
  for (let attempt = 0; ; attempt++) {
    const spool = await createSpool();
    try {
      const size = await decryptOnce(media, settings, spool);
      return { spool, size };
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

async function decryptOnce(
  media: ParsedFlowMedia,
  settings: ResolvedFlowMediaOptions,
  spool: PlaintextSpool,
): Promise<number> {
  const verifier = new FlowMediaVerifier(media.encryption_metadata, (plaintext) =>
    spool.write(plaintext),
  );
  await downloadCdnFile(media.cdn_url, settings, {
    begin: (contentLength) => spool.expect(contentLength),
    write: (piece) => {
      verifier.update(piece);
      return spool.ready();
    },
  });
  verifier.final();
  // Padding lets a file reach 15 bytes past a maxSize that is not a multiple of 16.
  if (verifier.plaintextSize > settings.maxSize) throw new FlowMediaTooLarge(settings.maxSize);
  return verifier.plaintextSize;
}
