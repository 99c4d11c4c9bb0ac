/** What a secret is replaced with in text that leaves the client (errors, logs). */
export const MASKED = "[redacted]";

/**
 * Replaces every occurrence of `secret` in `text` with {@link MASKED}: Graph quotes a malformed
 * access token back in its error message, which would otherwise reach logs through the error.
 */
export function maskSecret(text: string, secret: string | undefined): string {
  // Short secrets (a test's "t") would mask unrelated text; real tokens are long.
  if (secret === undefined || secret.length < 8 || !text.includes(secret)) return text;
  return text.replaceAll(secret, MASKED);
}
