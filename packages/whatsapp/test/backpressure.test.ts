import { memoryLogger } from "@tswa/core";
import { signPayload } from "@tswa/flows";
import type { RunningServer } from "@tswa/flows/node";
import { WebhookRequestError, WhatsApp, type WhatsAppError } from "tswa";
import { afterEach, describe, expect, it } from "vitest";
import { envelope, messagesValue, textMessage } from "./fixtures/webhooks.js";

const APP_SECRET = "backpressure-secret";
let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close({ timeout: 0 });
  running = undefined;
});

const webhook = (...texts: string[]) =>
  JSON.stringify(
    envelope([
      {
        field: "messages",
        value: messagesValue({
          messages: texts.map((text, i) => textMessage(text, `wamid.${text}.${i}`)),
        }),
      },
    ]),
  );

async function post(url: string, body: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "x-hub-signature-256": signPayload(body, APP_SECRET) },
    body,
  });
  return response.status;
}

describe("a bounded backlog of webhook updates", () => {
  it("answers 503 and reports it once maxPendingUpdates updates wait for slow handlers, and 200 again when they finish", async () => {
    const logger = memoryLogger();
    const wa = new WhatsApp({
      appSecret: APP_SECRET,
      webhookEndpoint: "/webhook",
      maxPendingUpdates: 5,
      logger,
    });
    const errors: WhatsAppError[] = [];
    wa.on("error", (error) => errors.push(error));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handled: string[] = [];
    wa.onMessage(async (msg) => {
      await gate;
      handled.push(msg.text ?? "");
    });
    running = await wa.listen();
    const url = `${running.url}/webhook`;

    expect(await post(url, webhook("a", "b"))).toBe(200);
    expect(await post(url, webhook("c"))).toBe(200);
    // Five updates wait (three messages, and the raw update of each change): one more would
    // pass the bound, and WhatsApp would never re-send what it got a 200 for.
    expect(await post(url, webhook("d"))).toBe(503);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(WebhookRequestError);
    expect((errors[0] as WebhookRequestError).status).toBe(503);
    expect(errors[0]?.message).toContain("maxPendingUpdates 5");
    expect(logger.lines.some((l) => l.level === "warn" && l.fields.status === 503)).toBe(true);

    release();
    await wa.idle();
    expect(handled.sort()).toEqual(["a", "b", "c"]);
    // WhatsApp's retry of the refused webhook now goes through.
    expect(await post(url, webhook("d"))).toBe(200);
    await wa.idle();
    expect(handled).toContain("d");
  });

  it("takes a batch larger than the bound when nothing is pending, so it is not refused forever", async () => {
    const wa = new WhatsApp({
      appSecret: APP_SECRET,
      webhookEndpoint: "/webhook",
      maxPendingUpdates: 1,
    });
    const handled: string[] = [];
    wa.onMessage((msg) => {
      handled.push(msg.text ?? "");
    });
    running = await wa.listen();
    expect(await post(`${running.url}/webhook`, webhook("a", "b", "c"))).toBe(200);
    await wa.idle();
    expect(handled).toEqual(["a", "b", "c"]);
  });

  it("rejects a maxPendingUpdates that is not a whole number above zero", () => {
    expect(() => new WhatsApp({ maxPendingUpdates: 0 })).toThrow(/maxPendingUpdates/);
  });
});
