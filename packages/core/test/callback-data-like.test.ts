import {
  Button,
  type CallbackDataLike,
  MessageValidationError,
  Section,
  SectionList,
  SectionRow,
  templates as t,
} from "@tswa/core";
import { describe, expect, it } from "vitest";
import { messagesApi, useGraph } from "./graph-handlers.js";

const { seen } = useGraph();
const api = messagesApi();

/** Structured data of your own that sends as `kind:n`. */
class Ticket implements CallbackDataLike {
  constructor(readonly n: number) {}
  toCallbackData(): string {
    return `ticket:${this.n}`;
  }
}

describe("callback data objects (CallbackDataLike)", () => {
  it("send their string as the button id, the row id and the tracker", async () => {
    await api.sendMessage({
      to: "16505551234",
      text: "Open it?",
      buttons: [new Button({ title: "Open", callbackData: new Ticket(1) })],
      tracker: new Ticket(2),
    });
    await api.sendMessage({
      to: "16505551234",
      text: "Which?",
      buttons: new SectionList({
        buttonTitle: "Tickets",
        sections: [
          new Section({
            title: "Open",
            rows: [new SectionRow({ title: "#3", callbackData: new Ticket(3) })],
          }),
        ],
      }),
    });
    expect(seen.map((r) => r.body)).toMatchObject([
      {
        biz_opaque_callback_data: "ticket:2",
        interactive: { action: { buttons: [{ reply: { id: "ticket:1" } }] } },
      },
      { interactive: { action: { sections: [{ rows: [{ id: "ticket:3" }] }] } } },
    ]);
  });

  it("send their string as a template quick reply's payload", () => {
    const params = t.QuickReplyButton.params({ callbackData: new Ticket(4), index: 0 });
    expect(JSON.parse(JSON.stringify(params))).toMatchObject({
      parameters: [{ type: "payload", payload: "ticket:4" }],
    });
  });

  it("are checked by their string's length, before anything is sent", async () => {
    const long = { toCallbackData: () => "x".repeat(257) };
    expect(() => new Button({ title: "Open", callbackData: long })).toThrow(
      "Button: `callbackData` is 257 characters; the limit is 256",
    );
    expect(
      () => new SectionRow({ title: "Open", callbackData: { toCallbackData: () => "" } }),
    ).toThrow(MessageValidationError);
    await expect(
      api.sendMessage({
        to: "16505551234",
        text: "x",
        tracker: { toCallbackData: () => "x".repeat(513) },
      }),
    ).rejects.toThrow(MessageValidationError);
    expect(seen).toHaveLength(0);
  });
});
