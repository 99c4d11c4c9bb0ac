import { signPayload } from "@tswa/flows";
import type { RunningServer } from "@tswa/flows/node";
import { type Message, WebhookRequestError, WhatsApp, type WhatsAppError } from "tswa";
import { afterEach, describe, expect, it } from "vitest";
import { envelope, messagesValue, textMessage } from "./fixtures/webhooks.js";

const APP_SECRET = "timestamp-secret";
let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close({ timeout: 0 });
  running = undefined;
});

async function deliver(body: unknown) {
  const wa = new WhatsApp({ appSecret: APP_SECRET, webhookEndpoint: "/webhook" });
  const errors: WhatsAppError[] = [];
  const messages: Message[] = [];
  const rawTimes: unknown[] = [];
  wa.on("error", (error) => errors.push(error));
  wa.onMessage((msg) => {
    messages.push(msg);
  });
  wa.onRawUpdate((update) => {
    rawTimes.push(update.timestamp);
  });
  running = await wa.listen();
  const text = JSON.stringify(body);
  const response = await fetch(`${running.url}/webhook`, {
    method: "POST",
    headers: { "x-hub-signature-256": signPayload(text, APP_SECRET) },
    body: text,
  });
  await wa.idle();
  return { status: response.status, errors, messages, rawTimes };
}

describe("timestamps out of a Date's range", () => {
  it("reports a message whose timestamp no Date can hold as unreadable, not as an Invalid Date", async () => {
    const message = { ...textMessage("hi"), timestamp: "99999999999999999" };
    const { status, errors, messages } = await deliver(
      envelope([{ field: "messages", value: messagesValue({ messages: [message] }) }]),
    );
    expect(status).toBe(200);
    expect(messages).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(WebhookRequestError);
    expect(errors[0]?.message).toContain("is not a readable timestamp");
  });

  it("reports an entry time out of range, and leaves the raw update's timestamp undefined", async () => {
    const body = envelope([
      { field: "messages", value: messagesValue({ messages: [textMessage("hi")] }) },
    ]);
    (body.entry[0] as { time: unknown }).time = 1e300;
    const { errors, messages, rawTimes } = await deliver(body);
    expect(rawTimes).toEqual([undefined]);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.timestamp.getTime()).toBe(1_732_000_000_000);
    expect(errors.map((e) => e.message)).toEqual([
      "webhook entry[0].changes[0] (messages) time could not be read: is not a readable timestamp; its raw update was delivered",
    ]);
  });
});
