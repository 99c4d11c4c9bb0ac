import { WhatsAppConfigurationError } from "../errors.js";

/**
 * Bearer tokens are visible ASCII. Anything else cannot go in an `Authorization` header: fetch
 * throws before connecting, which would otherwise surface as a network error.
 */
const HEADER_SAFE = /^[\x21-\x7e]*$/;

/**
 * Throws a {@link WhatsAppConfigurationError} that says what is wrong with an access token
 * that cannot be sent: a placeholder such as `EAAG…`, a pasted line break, quotes or spaces.
 * The message names the character and its position, never the token.
 */
export function checkAccessToken(token: string | undefined): void {
  if (token === undefined || token === "" || HEADER_SAFE.test(token)) return;
  const index = [...token].findIndex((char) => !HEADER_SAFE.test(char));
  const char = [...token][index] ?? "";
  const code = `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
  const what =
    char === "…"
      ? `an ellipsis "…" (${code}): it looks like a shortened placeholder, such as the docs' EAAG…`
      : /\s/.test(char)
        ? `whitespace (${code}), such as a space or line break pasted with it`
        : `the character ${code}`;
  throw new WhatsAppConfigurationError(
    "token",
    `the access token cannot be sent in an HTTP header: character ${index + 1} is ${what}. Paste the whole token as the App Dashboard (WhatsApp > API Setup) or your system user shows it.`,
  );
}
