import { timingSafeEqual } from "node:crypto";

/**
 * Answers Meta's webhook verification (`GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`):
 * the challenge when the mode is `subscribe` and the token matches, else `undefined` (answer 403).
 */
export function verificationChallenge(
  query: URLSearchParams,
  verifyToken: string | undefined,
): string | undefined {
  const mode = query.get("hub.mode");
  const token = query.get("hub.verify_token");
  const challenge = query.get("hub.challenge");
  if (mode !== "subscribe" || token === null || challenge === null || !verifyToken)
    return undefined;
  const given = Buffer.from(token);
  const expected = Buffer.from(verifyToken);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return challenge;
}
