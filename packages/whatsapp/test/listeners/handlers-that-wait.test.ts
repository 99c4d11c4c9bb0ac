import { type Message, WebhookHandlerError } from "tswa";
import { describe, expect, it } from "vitest";
import { recordingClient } from "../fixtures/deliver.js";
import { text } from "../fixtures/listener-webhooks.js";
import { envelope, messagesValue, textMessage, USER } from "../fixtures/webhooks.js";

const OTHER = "972500000000";

/** One webhook carrying several text messages, each `[from, body]`. */
function batch(...messages: [string, string][]) {
  const value = messagesValue({
    messages: messages.map(([from, body]) => ({ ...textMessage(body, `wamid.${body}`), from })),
  });
  value.contacts = [...new Set(messages.map(([from]) => from))].map((waId) => ({
    profile: { name: waId },
    wa_id: waId,
  }));
  return envelope([{ field: "messages", value }]);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("handlers that wait for the user", () => {
  it("do not hold back the updates after them in the same webhook", async () => {
    const { wa, post } = recordingClient();
    const seen: string[] = [];
    wa.onMessage(async (msg) => {
      seen.push(`${msg.from.waId}: ${msg.text}`);
      if (msg.text === "start") {
        const answer = (await wa.waitForUpdate({ from: msg.from })) as Message;
        seen.push(`answer: ${answer.text}`);
      }
    });
    await post(batch([USER, "start"], [OTHER, "hello"]));
    expect(seen).toEqual([`${USER}: start`, `${OTHER}: hello`]);
    await post(text("42"));
    await tick();
    expect(seen).toEqual([`${USER}: start`, `${OTHER}: hello`, "answer: 42"]);
  });

  it("get the answer that came in the same webhook as the question's trigger", async () => {
    const { wa, post } = recordingClient();
    const answers: string[] = [];
    const handled: string[] = [];
    wa.onMessage(async (msg) => {
      handled.push(msg.text ?? "");
      if (msg.text !== "start") return;
      answers.push(((await wa.waitForUpdate({ from: msg.from })) as Message).text ?? "");
    });
    await post(batch([USER, "start"], [USER, "right away"]));
    await tick();
    expect(answers).toEqual(["right away"]);
    expect(handled).toEqual(["start"]);
  });

  it("do not count toward maxPendingUpdates while they wait, so the answer is not refused", async () => {
    const { wa, post } = recordingClient({ maxPendingUpdates: 1 });
    const answers: string[] = [];
    wa.onMessage(async (msg) => {
      if (msg.text !== "start") return;
      answers.push(((await wa.waitForUpdate({ from: msg.from })) as Message).text ?? "");
    });
    expect(await post(text("start"))).toBe(200);
    expect(await post(text("the answer"))).toBe(200);
    await tick();
    expect(answers).toEqual(["the answer"]);
  });

  it("report what they throw after the wait as a WebhookHandlerError with the update", async () => {
    const { wa, post, errors } = recordingClient();
    wa.onMessage(async (msg) => {
      if (msg.text !== "start") return;
      await wa.waitForUpdate({ from: msg.from });
      throw new RangeError("after the answer");
    });
    await post(text("start"));
    expect(errors).toEqual([]);
    await post(text("go"));
    await tick();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(WebhookHandlerError);
    expect(((errors[0] as WebhookHandlerError).update as Message).text).toBe("start");
    expect(errors[0]?.message).toContain("RangeError: after the answer");
  });

  it("leave wa.idle() free: it resolves while a handler waits", async () => {
    const { wa, post } = recordingClient();
    let finished = false;
    wa.onMessage(async (msg) => {
      await wa.waitForUpdate({ from: msg.from, timeout: 60_000 });
      finished = true;
    });
    await post(text("start"));
    await wa.idle();
    expect(finished).toBe(false);
    expect(await wa.stopListening(USER)).toBe(true);
  });
});

describe("handlers that wait, with two deliveries for the user at once", () => {
  it("free the one whose handler waits even when a later delivery for the user is in progress", async () => {
    // Each webhook is two updates (the message and its RawUpdate).
    const { wa, post } = recordingClient({ maxPendingUpdates: 4 });
    let letSlowFinish: () => void = () => undefined;
    let slowStarted: () => void = () => undefined;
    const slowHasStarted = new Promise<void>((resolve) => (slowStarted = resolve));
    const answers: string[] = [];
    wa.onMessage(async (msg) => {
      if (msg.text === "slow") {
        slowStarted();
        return new Promise<void>((resolve) => (letSlowFinish = resolve));
      }
      if (msg.text !== "start") return;
      await slowHasStarted; // a second delivery for the user is now in progress
      answers.push(((await wa.waitForUpdate({ from: msg.from })) as Message).text ?? "");
    });
    const started = post(text("start"));
    await new Promise((resolve) => setImmediate(resolve));
    const slow = post(text("slow"));
    await started; // freed: wa.idle() inside post() no longer waits for "start"
    letSlowFinish();
    await slow;
    expect(await post(text("the answer"))).toBe(200);
    await tick();
    expect(answers).toEqual(["the answer"]);
  });
});
