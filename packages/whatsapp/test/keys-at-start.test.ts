import { createPrivateKey } from "node:crypto";
import { FlowPrivateKeyError, WhatsApp } from "tswa";
import { describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey } from "./fixtures/keys.js";

const flip = (text: string) =>
  `${text.slice(0, 10)}${text[10] === "A" ? "B" : "A"}${text.slice(11)}`;

function startError(
  businessPrivateKey: string | ReturnType<typeof createPrivateKey>,
): FlowPrivateKeyError {
  const wa = new WhatsApp({ businessPrivateKey, businessPrivateKeyPassword: PASSPHRASE });
  try {
    wa.onFlowRequest("/flow");
  } catch (error) {
    expect(error).toBeInstanceOf(FlowPrivateKeyError);
    return error as FlowPrivateKeyError;
  }
  throw new Error("expected the endpoint not to start");
}

describe("the business key is checked when the endpoint starts", () => {
  it("says a key file cut short is damaged, not that the passphrase is wrong", () => {
    const lines = privateKey.split("\n");
    const cut = [...lines.slice(0, 6), ...lines.slice(-2)].join("\n");
    expect(startError(cut).reason).toBe("damaged");
  });

  it("still says so when only the passphrase is wrong", () => {
    const wa = new WhatsApp({ businessPrivateKey: privateKey, businessPrivateKeyPassword: "nope" });
    expect(() => wa.onFlowRequest("/flow")).toThrow(/passphrase does not decrypt/);
  });

  it("refuses a key that loads but fails its self-test, before any request", () => {
    const jwk = createPrivateKey({ key: privateKey, passphrase: PASSPHRASE }).export({
      format: "jwk",
    });
    const broken = createPrivateKey({
      key: { ...jwk, d: flip(jwk.d as string), dp: flip(jwk.dp as string) },
      format: "jwk",
    });
    expect(startError(broken).reason).toBe("failed-self-test");
  });
});
