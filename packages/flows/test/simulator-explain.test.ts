import { explainFlowStatus } from "@tswa/flows/simulator";
import { describe, expect, it } from "vitest";

describe("explainFlowStatus", () => {
  it("says to pass the server's app secret when unsigned requests were answered 432", () => {
    expect(explainFlowStatus(432, { signed: false })).toMatch(
      /^432: .*not signed: give the simulator the app secret the server has \(--app-secret, or export WHATSAPP_APP_SECRET/,
    );
  });

  it("says the secret differs when signed requests were answered 432", () => {
    expect(explainFlowStatus(432, { signed: true })).toMatch(
      /^432: .*signature did not match: sign with the same app secret the server has/,
    );
  });

  it("names the key pair for a 421, whether or not the requests were signed", () => {
    for (const signed of [true, false]) {
      expect(explainFlowStatus(421, { signed })).toContain(
        "the public key given to the simulator is not the public half of the server's private key (businessPrivateKey)",
      );
    }
  });

  it("explains 404, 400 and 500, and has nothing to say about 200 or a handler's own 427", () => {
    expect(explainFlowStatus(404, { signed: true })).toMatch(
      /^404: nothing is served on this path/,
    );
    expect(explainFlowStatus(400, { signed: true })).toMatch(/^400: /);
    expect(explainFlowStatus(500, { signed: true })).toMatch(/^500: a handler threw/);
    expect(explainFlowStatus(200, { signed: true })).toBeUndefined();
    expect(explainFlowStatus(427, { signed: true })).toBeUndefined();
  });
});
