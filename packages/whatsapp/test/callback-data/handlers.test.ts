import { type CallbackButton, CallbackData, filters } from "tswa";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sendingClient } from "../fixtures/deliver.js";
import { pywaPayload } from "../fixtures/pywa-updates.js";
import { envelope, messagesValue, PHONE_ID, status, USER } from "../fixtures/webhooks.js";

class Order extends CallbackData("order", { id: z.number().int(), size: z.enum(["S", "M", "L"]) }) {
  get label() {
    return `#${this.id} ${this.size}`;
  }
}
const Vote = CallbackData("vote", { up: z.boolean() });

const press = (id: string, n = 0) => ({
  from: USER,
  id: `wamid.press${n}`,
  timestamp: "1732000000",
  type: "interactive",
  context: { from: "15550783881", id: "wamid.asked" },
  interactive: { type: "button_reply", button_reply: { id, title: "Pick" } },
});
const choose = (id: string) => ({
  from: USER,
  id: "wamid.choice",
  timestamp: "1732000000",
  type: "interactive",
  context: { from: "15550783881", id: "wamid.asked" },
  interactive: { type: "list_reply", list_reply: { id, title: "Row" } },
});
const messages = (...items: unknown[]) =>
  envelope([{ field: "messages", value: messagesValue({ messages: items }) }]);

describe("handlers by CallbackData class", () => {
  it("hand the parsed object to the handler; other ids go on to other handlers", async () => {
    const { wa, post, errors } = sendingClient();
    const got: string[] = [];
    wa.onCallbackButton(Order, (btn) => {
      got.push(`order ${btn.data.label} (${btn.data instanceof Order})`);
    });
    wa.onCallbackButton(Vote, (btn) => {
      got.push(`vote ${btn.data.up}`);
    });
    wa.onCallbackButton("yes", (btn) => {
      got.push(`string ${btn.data}`);
    });
    wa.onCallbackButton((btn) => {
      got.push(`other ${btn.data}`);
    });
    await post(
      messages(
        press("order~7~M", 1),
        press("vote~1", 2),
        press("yes", 3),
        press("order~7~XL", 4),
        press("order~", 5),
        press("vote~maybe", 6),
      ),
    );
    expect(errors).toEqual([]);
    expect(got).toEqual([
      "order #7 M (true)",
      "vote true",
      "string yes",
      "other order~7~XL",
      "other order~",
      "other vote~maybe",
    ]);
  });

  it("give filters the parsed object too, and leave the update unchanged for later handlers", async () => {
    const { wa, post } = sendingClient(undefined, { continueHandling: true });
    const got: unknown[] = [];
    wa.onCallbackButton(Order, [(btn) => btn.data.size === "L"], (btn) => {
      got.push(["large", btn.data.id]);
      btn.sharedData.seen = btn.data.id;
    });
    wa.onCallbackButton((btn: CallbackButton) => {
      got.push(["raw", btn.data, btn.sharedData.seen]);
    });
    await post(messages(press("order~3~L", 1), press("order~4~S", 2)));
    expect(got).toEqual([
      ["large", 3],
      ["raw", "order~3~L", 3],
      ["raw", "order~4~S", undefined],
    ]);
  });

  it("shortcuts of the parsed update still reach the client", async () => {
    const { wa, post, requests, errors } = sendingClient();
    wa.onCallbackButton(Order, (btn) => btn.reply(`Order ${btn.data.id} is on its way`));
    await post(messages(press("order~9~S")));
    expect(errors).toEqual([]);
    expect(requests.map((r) => r.body)).toMatchObject([
      { to: USER, type: "text", text: { body: "Order 9 is on its way" } },
    ]);
  });

  it("onCallbackSelection parses a row id, onMessageStatus a tracker", async () => {
    const { wa, post } = sendingClient();
    const got: unknown[] = [];
    wa.onCallbackSelection(Order, (sel) => {
      got.push(["row", sel.data.id, sel.data.size]);
    });
    wa.onMessageStatus(Order, [filters.read], (s) => {
      got.push(["status", s.status, s.tracker.label]);
    });
    wa.onMessageStatus((s) => {
      got.push(["other status", s.status, s.tracker]);
    });
    await post(messages(choose("order~1~S")));
    await post(
      envelope([
        {
          field: "messages",
          value: messagesValue({
            statuses: [
              status("read", { biz_opaque_callback_data: "order~2~M" }),
              status("delivered", { biz_opaque_callback_data: "order~2~M" }),
              status("read", { id: "wamid.sent2" }),
            ],
          }),
        },
      ]),
    );
    expect(got).toEqual([
      ["row", 1, "S"],
      ["status", "read", "#2 M"],
      ["other status", "delivered", "order~2~M"],
      ["other status", "read", undefined],
    ]);
  });

  it("onCallStatus parses a call's tracker", async () => {
    const { wa, post } = sendingClient();
    const Call = CallbackData("call", { ticket: z.number() });
    const got: unknown[] = [];
    wa.onCallStatus(Call, filters.callRinging, (call) => {
      got.push([call.status, call.tracker.ticket]);
    });
    wa.onCallStatus((call) => {
      got.push(["other", call.tracker]);
    });
    // The client serves PHONE_ID; the second status is another call, carrying callback data.
    const body = JSON.stringify(pywaPayload("call_status", "call_status")).replace(
      '"5483758353"',
      `"${PHONE_ID}"`,
    );
    await post(JSON.parse(body));
    await post(
      JSON.parse(body.replace('"random_string"', '"call~12"').replace("wacid.", "wacid.2")),
    );
    expect(got).toEqual([
      ["other", "random_string"],
      ["RINGING", 12],
    ]);
  });

  it("refuses a class on a handler whose update has no callback field", () => {
    const { wa } = sendingClient();
    expect(() => (wa.onMessage as (...args: unknown[]) => unknown)(Order, () => undefined)).toThrow(
      "onMessage: takes no CallbackData class",
    );
  });
});
