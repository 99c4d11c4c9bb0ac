import { createHmac } from "node:crypto";

const PREFIX = "sha256=";

/**
 * Signs a body as Meta does for `X-Hub-Signature-256`: `sha256=` and the lowercase hex
 * HMAC-SHA256 of the raw bytes with the app secret. Use it in your own tests to sign requests.
 *
 * @example
 * ```ts
 * import { signPayload } from "@tswa/flows";
 *
 * const body = JSON.stringify({ object: "whatsapp_business_account", entry: [] });
 * const headers = { "x-hub-signature-256": signPayload(body, "app-secret") };
 * ```
 */
export function signPayload(body: Uint8Array | string, appSecret: string): string {
  return PREFIX + createHmac("sha256", appSecret).update(body).digest("hex");
}

/**
 * Checks an `X-Hub-Signature-256` header against the raw body, in constant time.
 *
 * A missing header, a header without the `sha256=` prefix or with a digest of the wrong length
 * is rejected before any comparison. Pass several secrets while rotating the app secret: the
 * signature is accepted when any of them produced it.
 *
 * @param body - The raw request body, exactly as received (never re-serialized JSON).
 * @param header - The header value, or `null`/`undefined` when the request had none.
 * @param appSecrets - The app secret, or the secrets valid during a rotation.
 *
 * @example
 * ```ts
 * import { verifySignature } from "@tswa/flows";
 *
 * declare const rawBody: Uint8Array;
 * declare const header: string | null;
 * if (!verifySignature(rawBody, header, [process.env.NEW_SECRET ?? "", process.env.OLD_SECRET ?? ""])) {
 *   // answer 432 (flow endpoint) or 401 (webhook)
 * }
 * ```
 */
export function verifySignature(
  body: Uint8Array | string,
  header: string | null | undefined,
  appSecrets: string | readonly string[],
): boolean {
  if (
    typeof header !== "string" ||
    header.length !== PREFIX.length + 64 ||
    !header.startsWith(PREFIX)
  )
    return false;
  let valid = false;
  for (const secret of typeof appSecrets === "string" ? [appSecrets] : appSecrets) {
    if (secret === "") continue;
    const actual = createHmac("sha256", secret).update(body).digest("hex");
    // No early exit: the time taken does not tell which secret matched.
    valid = equalsHex(actual, header, PREFIX.length) || valid;
  }
  return valid;
}

/**
 * Whether `hex` (from `offset`, 64 characters, either case) spells the lowercase hex digest
 * `expected`, in time that does not depend on where they differ. A hex digest is a third
 * cheaper than a Buffer one (no ArrayBuffer per request); a character that is not hex can
 * never match, since `expected` has only `0-9a-f`.
 */
function equalsHex(expected: string, hex: string, offset: number): boolean {
  let diff = 0;
  for (let i = 0; i < 64; i++) {
    const code = hex.charCodeAt(offset + i);
    // Only A-F are lowered: the branch depends on the header, which the sender knows anyway.
    diff |= expected.charCodeAt(i) ^ (code >= 0x41 && code <= 0x46 ? code | 0x20 : code);
  }
  return diff === 0;
}
