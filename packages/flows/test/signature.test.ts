import { createHmac } from "node:crypto";
import { signPayload, verifySignature } from "@tswa/flows";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
const hex = createHmac("sha256", "secret").update(body).digest("hex");

describe("verifySignature", () => {
  it("accepts Meta's header, in lower or upper case, for any of the secrets", () => {
    expect(verifySignature(body, `sha256=${hex}`, "secret")).toBe(true);
    expect(verifySignature(body, `sha256=${hex.toUpperCase()}`, "secret")).toBe(true);
    expect(verifySignature(body, signPayload(body, "secret"), ["new", "secret"])).toBe(true);
    expect(verifySignature(body.toString(), `sha256=${hex}`, ["secret"])).toBe(true);
  });

  it("rejects a missing header, another prefix, a wrong length, a non-hex digit, another secret", () => {
    expect(verifySignature(body, undefined, "secret")).toBe(false);
    expect(verifySignature(body, null, "secret")).toBe(false);
    expect(verifySignature(body, `sha1=${hex}`, "secret")).toBe(false);
    expect(verifySignature(body, `sha256=${hex}0`, "secret")).toBe(false);
    expect(verifySignature(body, `sha256=${hex.slice(0, 63)}`, "secret")).toBe(false);
    expect(verifySignature(body, `sha256=${hex.slice(0, 63)}g`, "secret")).toBe(false);
    expect(verifySignature(body, `sha256=${hex}`, "other")).toBe(false);
    expect(verifySignature(body, `sha256=${hex}`, ["", ""])).toBe(false);
  });

  it("rejects every header that differs from the right one in any character", () => {
    const header = `sha256=${hex}`;
    fc.assert(
      fc.property(
        fc.nat({ max: header.length - 1 }),
        fc.integer({ min: 0, max: 0xffff }),
        (at, code) => {
          const changed = header.slice(0, at) + String.fromCharCode(code) + header.slice(at + 1);
          const sameDigit = at >= "sha256=".length && changed.toLowerCase() === header;
          expect(verifySignature(body, changed, "secret")).toBe(sameDigit);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
