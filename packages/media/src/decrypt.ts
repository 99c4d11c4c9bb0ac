import { downloadCdnFile } from "./download.js";
import { FlowMediaTooLarge } from "./errors.js";
import type { ParsedFlowMedia } from "./metadata.js";
import type { ResolvedFlowMediaOptions } from "./options.js";
import { downloadIntoSpool, type Spool } from "./spool.js";
import { FlowMediaVerifier } from "./verifier.js";

/** The CDN file is the padded ciphertext plus a 10-byte MAC: the plaintext is at least 11 bytes shorter. */
const OVERHEAD = 11;

/**
 * Downloads, checks and decrypts one file into a fresh spool, starting again (with a new spool)
 * when the body broke off or stalled. Resolves with the spool only after every check passed;
 * on failure the spool has been discarded.
 */
export async function decryptIntoSpool<S extends Spool>(
  media: ParsedFlowMedia,
  settings: ResolvedFlowMediaOptions,
  createSpool: () => S | Promise<S>,
): Promise<{ spool: S; size: number }> {
  const { spool, result } = await downloadIntoSpool(settings, createSpool, (fresh) =>
    decryptOnce(media, settings, fresh),
  );
  return { spool, size: result };
}

async function decryptOnce(
  media: ParsedFlowMedia,
  settings: ResolvedFlowMediaOptions,
  spool: Spool,
): Promise<number> {
  const verifier = new FlowMediaVerifier(media.encryption_metadata, (plaintext) =>
    spool.write(plaintext),
  );
  await downloadCdnFile(media.cdn_url, settings, {
    begin: (contentLength) =>
      spool.expect(contentLength === undefined ? undefined : Math.max(0, contentLength - OVERHEAD)),
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
