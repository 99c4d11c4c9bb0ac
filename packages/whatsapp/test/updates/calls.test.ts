import { CallConnect, CallStatus, CallTerminate } from "tswa";
import { describe, expect, it } from "vitest";
import { fieldsOf, onlyUpdate, TEST_USER } from "../fixtures/pywa-updates.js";

describe("calls, from pywa's call_*.json", () => {
  it("CallConnect, user-initiated: the user's SDP offer", () => {
    const call = onlyUpdate(CallConnect, "call_connect", "user_initiated");
    expect(fieldsOf(call)).toEqual({
      kind: "callConnect",
      wabaId: "100293269804676",
      sharedData: {},
      id: "wacid.xxxx=",
      from: TEST_USER,
      timestamp: new Date(1752583107 * 1000),
      metadata: { phoneNumberId: "743897493242", displayPhoneNumber: "16315553601" },
      event: "connect",
      direction: "USER_INITIATED",
      session: { sdpType: "offer", sdp: "<<RFC 8866 SDP>>" },
    });
  });

  it("CallConnect, business-initiated: the user is the callee", () => {
    const call = onlyUpdate(CallConnect, "call_connect", "business_initiated");
    expect(call).toMatchObject({ direction: "BUSINESS_INITIATED", session: { sdpType: "answer" } });
    // The change's only contact is the user, whatever `from` and `to` say.
    expect(call.from).toEqual(TEST_USER);
  });

  it("CallTerminate: status, times, duration, the change's errors and the tracker", () => {
    const call = onlyUpdate(CallTerminate, "call_terminate", "call_terminate");
    expect(call).toMatchObject({
      kind: "callTerminate",
      id: "wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh",
      event: "terminate",
      direction: "BUSINESS_INITIATED",
      status: "COMPLETED",
      startTime: new Date(1671644824 * 1000),
      endTime: new Date(1671644944 * 1000),
      duration: 120,
      tracker: "random_string",
      errors: [
        {
          code: 12455,
          title: undefined,
          message: "ERROR_TITLE",
          details: "ERROR_DETAILS",
          href: "ERROR_HREF",
        },
      ],
      metadata: { phoneNumberId: "37489742", displayPhoneNumber: "16315553602" },
    });
  });

  it("CallStatus: RINGING, with the tracker", () => {
    const status = onlyUpdate(CallStatus, "call_status", "call_status");
    expect(fieldsOf(status)).toMatchObject({
      kind: "callStatus",
      wabaId: "487439753",
      id: "wacid.ABGGFjFVU2AfAgo6V",
      timestamp: new Date(1671644824 * 1000),
      type: "call",
      status: "RINGING",
      tracker: "random_string",
    });
  });
});
