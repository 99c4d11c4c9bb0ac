import {
  Button,
  CallbackData,
  MessageValidationError,
  Section,
  SectionList,
  SectionRow,
} from "tswa";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sendingClient } from "../fixtures/deliver.js";

const Note = CallbackData("n", { text: z.string() });
/** Callback data whose string is exactly `length` characters (`n~` and the text). */
const ofLength = (length: number, char = "a") => new Note({ text: char.repeat(length - 2) });

describe("callback data within Meta's limits", () => {
  it("a reply button id takes 256 characters, not 257", () => {
    expect(new Button({ title: "Go", callbackData: ofLength(256) }).callbackData).toHaveLength(256);
    expect(() => new Button({ title: "Go", callbackData: ofLength(257) })).toThrow(
      MessageValidationError,
    );
    expect(() => new Button({ title: "Go", callbackData: ofLength(257) })).toThrow(
      "Button: `callbackData` is 257 characters; the limit is 256",
    );
  });

  it("a list row id takes 200 characters, not 201", () => {
    const row = new SectionRow({ title: "One", callbackData: ofLength(200) });
    expect(row.callbackData).toBe(ofLength(200).toString());
    const error = (() => {
      try {
        new SectionRow({ title: "One", callbackData: ofLength(201) });
      } catch (e) {
        return e as MessageValidationError;
      }
    })();
    expect(error).toBeInstanceOf(MessageValidationError);
    expect([error?.field, error?.limit]).toEqual(["callbackData", "rowId"]);
  });

  it("counts characters as Meta does (code points): 254 emojis fit a button", () => {
    const emojis = ofLength(256, "👍");
    expect(emojis.toString().length).toBe(2 + 254 * 2);
    expect(new Button({ title: "Go", callbackData: emojis }).callbackData).toBe(emojis.toString());
    expect(() => new Button({ title: "Go", callbackData: ofLength(257, "👍") })).toThrow(
      MessageValidationError,
    );
  });

  it("an escaped separator counts as the three characters sent", () => {
    const tildes = new Note({ text: "~".repeat(85) }); // 2 + 85 * 3 = 257
    expect(() => new Button({ title: "Go", callbackData: tildes })).toThrow("257 characters");
  });

  it("sends the string as the button id, the row id and the tracker, which takes 512", async () => {
    const { wa, requests } = sendingClient();
    const Order = CallbackData("order", { id: z.number(), size: z.enum(["S", "M"]) });
    await wa.sendMessage({
      to: "16505551234",
      text: "Size?",
      buttons: [new Button({ title: "Medium", callbackData: new Order({ id: 7, size: "M" }) })],
      tracker: ofLength(512),
    });
    await wa.sendMessage({
      to: "16505551234",
      text: "Pick one",
      buttons: new SectionList({
        buttonTitle: "Sizes",
        sections: [
          new Section({
            title: "Sizes",
            rows: [
              new SectionRow({ title: "Small", callbackData: new Order({ id: 7, size: "S" }) }),
            ],
          }),
        ],
      }),
    });
    expect(requests[0]?.body).toMatchObject({
      biz_opaque_callback_data: ofLength(512).toString(),
      interactive: { action: { buttons: [{ reply: { id: "order~7~M", title: "Medium" } }] } },
    });
    expect(requests[1]?.body).toMatchObject({
      interactive: { action: { sections: [{ rows: [{ id: "order~7~S", title: "Small" }] }] } },
    });
    await expect(
      wa.sendMessage({ to: "16505551234", text: "x", tracker: ofLength(513) }),
    ).rejects.toThrow("sendMessage: `tracker` is 513 characters; the limit is 512");
    expect(requests).toHaveLength(2);
  });
});
