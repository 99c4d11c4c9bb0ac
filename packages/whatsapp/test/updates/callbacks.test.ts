import { CallbackButton, CallbackSelection, CallPermissionUpdate, FlowCompletion } from "tswa";
import { describe, expect, it } from "vitest";
import { fieldsOf, onlyUpdate, TEST_METADATA, TEST_USER } from "../fixtures/pywa-updates.js";

const common = (wabaId: string, id: string, seconds: number) => ({
  wabaId,
  sharedData: {},
  id,
  from: TEST_USER,
  timestamp: new Date(seconds * 1000),
  metadata: TEST_METADATA,
});

describe("CallbackButton, from pywa's callback_button.json", () => {
  it("a reply button: data is the button id", () => {
    const btn = onlyUpdate(CallbackButton, "callback_button", "button");
    expect(fieldsOf(btn)).toEqual({
      ...common("5467539754836534", "wamid.xyzxyz", 1698266730),
      kind: "callbackButton",
      type: "interactive",
      data: "callback_data",
      title: "title",
      replyToMessage: {
        messageId: "wamid.xyzxyz",
        from: "1122334455667",
        referredProduct: undefined,
      },
    });
    expect(btn.isQuickReply).toBe(false);
  });

  it("a template quick reply: data is the payload", () => {
    const btn = onlyUpdate(CallbackButton, "callback_button", "quick_reply");
    expect(fieldsOf(btn)).toEqual({
      ...common("5467539754836534", "wamid.xsidjw", 1698269027),
      kind: "callbackButton",
      type: "button",
      data: "callback_data",
      title: "title",
      replyToMessage: {
        messageId: "wamid.xyzxyz==",
        from: "972123456789",
        referredProduct: undefined,
      },
    });
    expect(btn.isQuickReply).toBe(true);
  });

  it("a quick reply without context, its sender also named by BSUID", () => {
    const btn = onlyUpdate(CallbackButton, "callback_button", "quick_reply_without_context");
    expect(btn.replyToMessage).toBeUndefined();
    expect(btn.from).toEqual(TEST_USER);
    expect(btn.id).toBe("wamid.xsidjx");
  });
});

describe("CallbackSelection, from pywa's callback_selection.json", () => {
  it("a list row, with and without a description", () => {
    const sel = onlyUpdate(CallbackSelection, "callback_selection", "callback");
    expect(fieldsOf(sel)).toEqual({
      ...common("1234567890987654321", "wamid.zyzxyz", 1698266905),
      kind: "callbackSelection",
      type: "interactive",
      data: "callback_data",
      title: "title",
      description: undefined,
      replyToMessage: {
        messageId: "wamid.xyzxyz",
        from: "1122334455667",
        referredProduct: undefined,
      },
    });
    expect(onlyUpdate(CallbackSelection, "callback_selection", "description").description).toBe(
      "description",
    );
  });
});

describe("FlowCompletion, from pywa's flow_completion.json", () => {
  it("the response without its flow token, which is apart", () => {
    const flow = onlyUpdate(FlowCompletion, "flow_completion", "completion");
    const response = {
      comment_text: "Comment Text",
      delivery_rating: "4",
      purchase_rating: "2",
      recommend_radio: "0",
      cs_rating: "0",
    };
    expect(fieldsOf(flow)).toEqual({
      ...common("1234567890987654321", "wamid.wegrchytvwcggt==", 1702502473),
      kind: "flowCompletion",
      body: "Sent",
      flowToken: "AQAAAAACS5FpgQ_cAAAAAD0QI3s.",
      response,
      replyToMessage: {
        messageId: "wamid.gvwegfretge==",
        from: "972123456789",
        referredProduct: undefined,
      },
    });
    const noToken = onlyUpdate(FlowCompletion, "flow_completion", "without_flow_token");
    expect(noToken.flowToken).toBeUndefined();
    expect(noToken.response).toEqual(response);
  });
});

describe("CallPermissionUpdate, from pywa's call_permission_update.json", () => {
  it("an accepted permission with its expiry, and a rejected one without", () => {
    const accept = onlyUpdate(CallPermissionUpdate, "call_permission_update", "accept");
    expect(fieldsOf(accept)).toEqual({
      ...common("1234567890987654321", "wamid.x", 1752582182),
      kind: "callPermissionUpdate",
      response: "accept",
      responseSource: "user_action",
      expirationTimestamp: new Date(1753186982 * 1000),
      replyToMessage: { messageId: "wamid.y==", from: "1122334455667", referredProduct: undefined },
    });
    const reject = onlyUpdate(CallPermissionUpdate, "call_permission_update", "reject");
    expect(reject).toMatchObject({ response: "reject", expirationTimestamp: undefined });
  });
});
