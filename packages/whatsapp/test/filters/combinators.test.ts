import { filters, type Message, type Update } from "tswa";
import { describe, expect, it } from "vitest";
import { recordingClient } from "../fixtures/deliver.js";
import { envelope, messagesValue, textMessage } from "../fixtures/webhooks.js";
import { editedExample } from "./examples.js";

const image = editedExample("message", "image", {});
const forwardedVideo = editedExample("message", "video", {});
const hi = editedExample("message", "text", { "messages.0.text.body": "hi" });

/** A filter that records its calls and answers `answer` (a promise when `async`). */
function spy(answer: boolean, options: { async?: boolean } = {}) {
  const calls: Update[] = [];
  const filter = (update: Update) => {
    calls.push(update);
    return options.async ? Promise.resolve(answer) : answer;
  };
  return { filter, calls };
}

describe("and / or / not", () => {
  it("and() passes when every filter passes and stops at the first that fails", () => {
    const after = spy(true);
    expect(filters.and(filters.video, filters.forwarded)(forwardedVideo)).toBe(true);
    expect(filters.and(filters.image, filters.forwarded, after.filter)(image)).toBe(false);
    expect(after.calls).toEqual([]);
  });

  it("or() passes when one filter passes and stops at the first that does", () => {
    const after = spy(false);
    expect(filters.or(filters.image, filters.video, after.filter)(image)).toBe(true);
    expect(after.calls).toEqual([]);
    expect(filters.or(filters.image, filters.video)(hi)).toBe(false);
  });

  it("not() inverts, and combinators nest", () => {
    expect(filters.not(filters.image)(image)).toBe(false);
    expect(filters.not(filters.image)(hi)).toBe(true);
    const mediaButNotImage = filters.and(filters.media, filters.not(filters.image));
    expect([mediaButNotImage(image), mediaButNotImage(forwardedVideo)]).toEqual([false, true]);
  });

  it("stay synchronous with synchronous filters (a boolean, not a promise)", () => {
    expect(typeof filters.and(filters.text, filters.not(filters.reply))(hi)).toBe("boolean");
    expect(typeof filters.or(filters.image, filters.text)(hi)).toBe("boolean");
  });

  it("await async filters, still in order and short-circuiting", async () => {
    const slowYes = spy(true, { async: true });
    const slowNo = spy(false, { async: true });
    const after = spy(true);
    const both = filters.and(slowYes.filter, slowNo.filter, after.filter);
    const result = both(hi);
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toBe(false);
    expect([slowYes.calls.length, slowNo.calls.length, after.calls.length]).toEqual([1, 1, 0]);
    expect(await filters.or(slowNo.filter, slowYes.filter)(hi)).toBe(true);
    expect(await filters.not(slowNo.filter)(hi)).toBe(true);
  });

  it("reject what is not a filter when the filter is made", () => {
    expect(() => filters.and(filters.text, "text" as never)).toThrow(
      "filters.and: every argument must be a filter function",
    );
    expect(() => filters.not(undefined as never)).toThrow(TypeError);
  });
});

describe("filters on handlers", () => {
  const post = (...texts: string[]) =>
    envelope([
      {
        field: "messages",
        value: messagesValue({ messages: texts.map((t, i) => textMessage(t, `wamid.${i}`)) }),
      },
    ]);

  it("route each update to the first handler whose filters pass, sync and async mixed", async () => {
    const { wa, post: deliver, errors } = recordingClient();
    const got: string[] = [];
    const isKnownUser = async (msg: Message) => msg.from.waId === "16505551234";
    wa.onMessage(filters.command("start"), (msg) => {
      got.push(`start:${msg.text}`);
    });
    wa.onMessage([filters.text, isKnownUser, filters.contains("order")], (msg) => {
      got.push(`order:${msg.text}`);
    });
    wa.onMessage(
      filters.or(filters.matches("hi", { ignoreCase: true }), filters.isCommand),
      (msg) => {
        got.push(`greeting:${msg.text}`);
      },
    );
    wa.onMessage(() => got.push("fallback"));
    await deliver(post("/start", "my order #4", "HI", "/help", "bye"));
    expect(errors).toEqual([]);
    expect(got).toEqual([
      "start:/start",
      "order:my order #4",
      "greeting:HI",
      "greeting:/help",
      "fallback",
    ]);
  });

  it("a filter that throws reaches the error event, and the webhook is still answered", async () => {
    const { wa, post: deliver, errors } = recordingClient();
    wa.onMessage(
      () => {
        throw new Error("database down");
      },
      () => undefined,
    );
    expect(await deliver(post("hi"))).toBe(200);
    expect(errors.map((e) => e.name)).toEqual(["WebhookHandlerError"]);
  });
});
