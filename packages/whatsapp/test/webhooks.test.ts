import { signPayload } from "@tswa/flows";
import type { RunningServer } from "@tswa/flows/node";
import {
  FlowCompletion,
  FlowsEvent,
  Message,
  MessageStatus,
  RawUpdate,
  WebhookHandlerError,
  type WebhookRequestError,
  WhatsApp,
  type WhatsAppError,
} from "tswa";
import { afterEach, describe, expect, it } from "vitest";
import {
  envelope,
  flowCompletionMessage,
  flowsEvent,
  messagesValue,
  PHONE_ID,
  status,
  textMessage,
  USER,
  WABA_ID,
} from "./fixtures/webhooks.js";

const APP_SECRET = "webhook-app-secret";
const VERIFY_TOKEN = "my-verify-token";
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(wa: WhatsApp): Promise<string> {
  server = await wa.listen({ port: 0 });
  return `${server.url}${wa.webhookEndpoint}`;
}

function client(): { wa: WhatsApp; errors: WhatsAppError[] } {
  const wa = new WhatsApp({
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    webhookEndpoint: "/webhook",
  });
  const errors: WhatsAppError[] = [];
  wa.on("error", (error) => errors.push(error));
  return { wa, errors };
}

async function post(url: string, body: unknown, signature?: string | null) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json" };
  const value = signature === undefined ? signPayload(text, APP_SECRET) : signature;
  if (value !== null) headers["x-hub-signature-256"] = value;
  const response = await fetch(url, { method: "POST", headers, body: text });
  return { status: response.status, text: await response.text() };
}

describe("webhook verification (GET)", () => {
  it("echoes the challenge when the mode is subscribe and the token matches", async () => {
    const url = await serve(client().wa);
    const answer = await fetch(
      `${url}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    );
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe("1158201444");
  });

  it("answers 403 to a wrong token, a wrong mode or a missing challenge", async () => {
    const url = await serve(client().wa);
    for (const query of [
      `hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`,
      `hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`,
      `hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}`,
      "",
    ]) {
      expect((await fetch(`${url}?${query}`)).status, query).toBe(403);
    }
  });

  it("answers 403 when no verifyToken is configured", async () => {
    const wa = new WhatsApp({ appSecret: APP_SECRET });
    const url = await serve(wa);
    expect(
      (await fetch(`${url}?hub.mode=subscribe&hub.verify_token=&hub.challenge=1`)).status,
    ).toBe(403);
  });
});

describe("webhook signatures (POST)", () => {
  it("answers 401 to a missing or wrong signature and delivers nothing", async () => {
    const { wa, errors } = client();
    const seen: unknown[] = [];
    wa.onRawUpdate((update) => seen.push(update));
    const url = await serve(wa);
    const body = envelope([
      { field: "messages", value: messagesValue({ messages: [textMessage("hi")] }) },
    ]);
    expect((await post(url, body, null)).status).toBe(401);
    expect((await post(url, body, signPayload(JSON.stringify(body), "other-secret"))).status).toBe(
      401,
    );
    expect((await post(url, body, "sha256=zz")).status).toBe(401);
    await wa.idle();
    expect(seen).toEqual([]);
    expect(errors.map((e) => (e as WebhookRequestError).status)).toEqual([401, 401, 401]);
  });

  it("checks the raw bytes: the same JSON re-serialized does not pass", async () => {
    const { wa } = client();
    const url = await serve(wa);
    const raw = '{"object":"whatsapp_business_account",  "entry":[]}';
    const signedForCompact = signPayload(JSON.stringify(JSON.parse(raw)), APP_SECRET);
    expect((await post(url, raw, signedForCompact)).status).toBe(401);
    expect((await post(url, raw)).status).toBe(200);
  });

  it("answers 400 to a signed body that is not a webhook envelope", async () => {
    const { wa, errors } = client();
    const url = await serve(wa);
    expect((await post(url, "not json")).status).toBe(400);
    expect((await post(url, { hello: "world" })).status).toBe(400);
    expect(errors).toHaveLength(2);
  });

  it("refuses to register handlers without appSecret unless validateUpdates is off", () => {
    const wa = new WhatsApp({ verifyToken: VERIFY_TOKEN });
    expect(() => wa.onMessage(() => undefined)).toThrow(/appSecret/);
    const trusting = new WhatsApp({ validateUpdates: false });
    expect(() => trusting.onMessage(() => undefined)).not.toThrow();
  });
});

describe("typed updates", () => {
  it("delivers every entry and change to the right typed handler, with a raw update each", async () => {
    const { wa } = client();
    const got: string[] = [];
    wa.onMessage("text", (msg) => {
      expect(msg).toBeInstanceOf(Message);
      got.push(`text:${msg.text}:${msg.from.name}:${msg.metadata.phoneNumberId}`);
    });
    wa.onFlowCompletion((flow) => {
      expect(flow).toBeInstanceOf(FlowCompletion);
      got.push(
        `completion:${flow.flowToken}:${JSON.stringify(flow.response)}:${flow.replyToMessage?.messageId}`,
      );
    });
    wa.onMessageStatus((s) => {
      expect(s).toBeInstanceOf(MessageStatus);
      got.push(`status:${s.status}:${s.recipientId}`);
    });
    wa.onFlowsEvent((e) => {
      expect(e).toBeInstanceOf(FlowsEvent);
      got.push(`flows:${e.event}:${e.flowId}:${e.newStatus ?? e.threshold}`);
    });
    wa.onRawUpdate((u) => {
      expect(u).toBeInstanceOf(RawUpdate);
      got.push(`raw:${u.field}`);
    });
    const url = await serve(wa);
    const body = envelope(
      [
        {
          field: "messages",
          value: messagesValue({ messages: [textMessage("one"), textMessage("two", "wamid.2")] }),
        },
        {
          field: "messages",
          value: messagesValue({
            messages: [flowCompletionMessage({ flow_token: "booking-42", date: "2026-12-01" })],
          }),
        },
      ],
      [
        { field: "messages", value: messagesValue({ statuses: [status("delivered")] }) },
        flowsEvent({
          event: "FLOW_STATUS_CHANGE",
          flow_id: "987",
          old_status: "PUBLISHED",
          new_status: "THROTTLED",
        }),
        flowsEvent({
          event: "ENDPOINT_LATENCY",
          flow_id: "987",
          threshold: 7000,
          p90_latency: 7250,
          alert_state: "ACTIVATED",
        }),
        {
          field: "message_template_status_update",
          value: { event: "APPROVED", message_template_id: 1 },
        },
      ],
    );
    expect(await post(url, body)).toEqual({ status: 200, text: "OK" });
    await wa.idle();
    expect(got).toEqual([
      "raw:messages",
      `text:one:Ada:${PHONE_ID}`,
      `text:two:Ada:${PHONE_ID}`,
      "raw:messages",
      'completion:booking-42:{"date":"2026-12-01"}:wamid.flowmsg',
      "raw:messages",
      `status:delivered:${USER}`,
      "raw:flows",
      "flows:FLOW_STATUS_CHANGE:987:THROTTLED",
      "raw:flows",
      "flows:ENDPOINT_LATENCY:987:7000",
      "raw:message_template_status_update",
    ]);
  });

  it("parses a flow completion without a flow token, and dates and numbers Meta sends as strings", async () => {
    const { wa } = client();
    const seen: (FlowCompletion | FlowsEvent)[] = [];
    wa.on("flowCompletion", (flow) => seen.push(flow));
    wa.on("flowsEvent", (event) => seen.push(event));
    const url = await serve(wa);
    await post(
      url,
      envelope([
        {
          field: "messages",
          value: messagesValue({ messages: [flowCompletionMessage({ rating: "5" })] }),
        },
        flowsEvent({
          event: "ENDPOINT_ERROR_RATE",
          flow_id: 5,
          error_rate: "14.28",
          errors: [{ error_type: "timeout_error", error_rate: 14.28, error_count: "2" }],
        }),
      ]),
    );
    await wa.idle();
    const [flow, event] = seen as [FlowCompletion, FlowsEvent];
    expect(flow.flowToken).toBeUndefined();
    expect(flow.response).toEqual({ rating: "5" });
    expect(flow.timestamp).toEqual(new Date(1_732_000_100_000));
    expect(flow.wabaId).toBe(WABA_ID);
    expect(event).toMatchObject({
      flowId: "5",
      errorRate: 14.28,
      errors: [{ errorType: "timeout_error", errorRate: 14.28, errorCount: 2 }],
    });
    expect(event.timestamp).toEqual(new Date(1_732_000_000_000));
  });

  it("gives the first matching handler the update, by type query and filters", async () => {
    const { wa } = client();
    const got: string[] = [];
    wa.onMessage("image", () => got.push("image"));
    wa.onMessage(
      "text",
      (m) => m.text.startsWith("/"),
      (m) => got.push(`command ${m.text}`),
    );
    wa.onMessage("text", (m) => got.push(`text ${m.text}`));
    wa.onMessage(() => got.push("never: an earlier handler matched"));
    wa.onMessageStatus("failed", (s) => got.push(`failed ${s.errors[0]?.code}`));
    wa.onMessageStatus(() => got.push("other status"));
    const url = await serve(wa);
    await post(
      url,
      envelope([
        {
          field: "messages",
          value: messagesValue({
            messages: [textMessage("/start"), textMessage("hello")],
            statuses: [
              status("failed", { errors: [{ code: 131047, title: "Re-engagement message" }] }),
              status("read"),
            ],
          }),
        },
      ]),
    );
    await wa.idle();
    expect(got).toEqual(["command /start", "text hello", "failed 131047", "other status"]);
  });
});

describe("handler failures", () => {
  it("answers 200 and reports a throwing handler with its update, then keeps delivering", async () => {
    const { wa, errors } = client();
    const got: string[] = [];
    wa.onMessage("text", (m) => {
      if (m.text === "boom") throw new Error("handler bug");
      got.push(m.text);
    });
    const url = await serve(wa);
    const body = envelope([
      {
        field: "messages",
        value: messagesValue({ messages: [textMessage("boom"), textMessage("after")] }),
      },
    ]);
    expect((await post(url, body)).status).toBe(200);
    await wa.idle();
    expect(got).toEqual(["after"]);
    expect(errors).toHaveLength(1);
    const error = errors[0] as WebhookHandlerError;
    expect(error).toBeInstanceOf(WebhookHandlerError);
    expect(error.message).toMatch(/handler bug/);
    expect((error.update as Message).text).toBe("boom");
  });

  it("answers before a slow handler finishes, unless awaitHandlers is on", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { wa } = client();
    let done = false;
    wa.onMessage(async () => {
      await gate;
      done = true;
    });
    const url = await serve(wa);
    const body = envelope([
      { field: "messages", value: messagesValue({ messages: [textMessage("x")] }) },
    ]);
    expect((await post(url, body)).status).toBe(200);
    expect(done).toBe(false);
    release();
    await wa.idle();
    expect(done).toBe(true);

    await server?.close();
    const waiting = new WhatsApp({ appSecret: APP_SECRET, awaitHandlers: true });
    waiting.onMessage(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      done = false;
    });
    const second = await serve(waiting);
    expect((await post(second, body)).status).toBe(200);
    expect(done).toBe(false);
  });

  it("reports an item it cannot read and still delivers its raw update", async () => {
    const { wa, errors } = client();
    const raws: RawUpdate[] = [];
    wa.onRawUpdate((u) => raws.push(u));
    const url = await serve(wa);
    await post(
      url,
      envelope([
        { field: "messages", value: messagesValue({ messages: [{ id: "x", type: "text" }] }) },
      ]),
    );
    await wa.idle();
    expect(raws).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /messages\[0\].timestamp could not be read: expected a number/,
    );
  });
});
