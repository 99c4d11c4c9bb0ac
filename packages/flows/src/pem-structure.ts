/**
 * Whether a PEM private key is whole: its body is clean base64, and, where the body is DER
 * (PKCS#8, encrypted or not, and plain PKCS#1), the outer SEQUENCE's length matches the bytes.
 * A legacy encrypted PKCS#1 body (`Proc-Type: 4,ENCRYPTED`) is raw ciphertext: only its base64
 * and block size can be checked. Tells a damaged file apart from a wrong passphrase.
 */
export function pemLooksIntact(text: string): boolean {
  const match = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) return false;
  const lines = (match[2] as string).split(/\r?\n/).map((line) => line.trim());
  const legacyEncrypted = lines.some((line) => /^Proc-Type:\s*4,\s*ENCRYPTED/.test(line));
  const body = lines.filter((line) => line !== "" && !line.includes(":")).join("");
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    return false;
  }
  const bytes = Buffer.from(body, "base64");
  if (legacyEncrypted) return bytes.length > 0 && bytes.length % 8 === 0;
  return derLength(bytes) === bytes.length;
}

/** The total length of the DER SEQUENCE at the start of `bytes`, or -1 when there is none. */
function derLength(bytes: Buffer): number {
  if (bytes.length < 2 || bytes[0] !== 0x30) return -1;
  const first = bytes[1] as number;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  if (count === 0 || count > 4 || bytes.length < 2 + count) return -1;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (bytes[2 + i] as number);
  return 2 + count + length;
}
