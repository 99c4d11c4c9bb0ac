import { memoryLogger, signPayload, WhatsApp } from "tswa";
import { describe, expect, it } from "vitest";
import { envelope, messagesValue, PHONE_ID, textMessage } from "./fixtures/webhooks.js";

describe("client logging", () => {
  it("logs webhooks and failing handlers with a request id, and passes the logger to Graph calls", async () => {
    const logger = memoryLogger();
    const { lines } = logger;
    const wa = new WhatsApp({
      appSecret: "s",
      token: "secret-token-xyz",
      phoneId: PHONE_ID,
      logger,
      fetch: async () =>
        new Response(JSON.stringify({ messages: [{ id: "wamid.1" }] }), { status: 200 }),
    });
    wa.on("error", () => undefined);
    wa.onMessage(() => {
      throw new Error("handler bug");
    });
    const body = JSON.stringify(
      envelope([{ field: "messages", value: messagesValue({ messages: [textMessage("hi")] }) }]),
    );
    const request = (signature: string) => ({
      method: "POST",
      path: "/",
      headers: { "x-hub-signature-256": signature },
      body: Buffer.from(body),
    });
    await wa.handle(request(signPayload(body, "s")));
    await wa.idle();
    await wa.handle(request("sha256=00"));
    await wa.sendMessage({ to: "2", text: "hello" });
    expect(lines.map((l) => `${l.level} ${l.message}`)).toEqual([
      "debug webhook",
      "error webhook handler failed",
      "info webhook rejected",
      "debug graph call",
    ]);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(lines[0]?.fields).toMatchObject({ method: "POST", status: 200, updates: 2 });
    expect(lines[0]?.fields.requestId).toMatch(uuid);
    expect(lines[3]?.fields.requestId).toMatch(uuid);
    expect(lines[1]?.fields).toMatchObject({
      requestId: lines[0]?.fields.requestId,
      kind: "message",
    });
    expect(lines[2]?.fields).toMatchObject({
      status: 401,
      reason: "webhook X-Hub-Signature-256 does not match the app secret",
    });
    expect(JSON.stringify(lines)).not.toContain("secret-token-xyz");
    expect(JSON.stringify(lines)).not.toContain('"hi"');
  });
});
