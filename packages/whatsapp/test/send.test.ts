import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import {
  Button,
  FlowBlocked,
  FlowButton,
  FlowsApi,
  FlowThrottled,
  MessagesApi,
  TemplateFlowButton,
  WhatsApp,
  WhatsAppConfigurationError,
} from "tswa";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const PHONE_ID = "106540352242922";
const TOKEN = "EAAG-test-token";
const sent: { url: string; body: unknown; auth: string | null }[] = [];
let failWith: { code: number; message: string } | undefined;

const graph = setupServer(
  http.post("https://graph.facebook.com/v26.0/:phone/messages", async ({ request, params }) => {
    sent.push({
      url: request.url,
      body: await request.json(),
      auth: request.headers.get("authorization"),
    });
    if (failWith) {
      return HttpResponse.json(
        { error: { ...failWith, type: "OAuthException", fbtrace_id: "AbCdEf" } },
        { status: 400 },
      );
    }
    return HttpResponse.json({
      messaging_product: "whatsapp",
      contacts: [{ input: "972987654321", wa_id: "972987654321" }],
      messages: [{ id: `wamid.sent-from-${params.phone}` }],
    });
  }),
);
beforeAll(() => graph.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  sent.length = 0;
  failWith = undefined;
});
afterAll(() => graph.close());

const wa = new WhatsApp({ phoneId: PHONE_ID, token: TOKEN });

describe("sending a flow (spec 4.1)", () => {
  it("posts the exact interactive flow payload and returns the message id", async () => {
    const result = await wa.sendMessage({
      to: "972987654321",
      header: "Book now",
      text: "Pick a slot for your visit",
      footer: "Takes a minute",
      buttons: new FlowButton({
        title: "Book!",
        flowId: "123456",
        flowToken: "booking-42",
        flowActionType: "navigate",
        flowActionScreen: "APPOINTMENT",
        flowActionPayload: { department: "shopping" },
        mode: "draft",
      }),
    });
    expect(result).toMatchObject({
      id: `wamid.sent-from-${PHONE_ID}`,
      to: "972987654321",
      waId: "972987654321",
      fromPhoneId: PHONE_ID,
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(`https://graph.facebook.com/v26.0/${PHONE_ID}/messages`);
    expect(sent[0]?.auth).toBe(`Bearer ${TOKEN}`);
    expect(JSON.stringify(sent[0]?.body)).toBe(
      JSON.stringify({
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: "972987654321",
        type: "interactive",
        interactive: {
          type: "flow",
          header: { type: "text", text: "Book now" },
          body: { text: "Pick a slot for your visit" },
          footer: { text: "Takes a minute" },
          action: {
            name: "flow",
            parameters: {
              flow_message_version: "3",
              flow_token: "booking-42",
              flow_id: "123456",
              flow_cta: "Book!",
              flow_action: "navigate",
              mode: "draft",
              flow_action_payload: { screen: "APPOINTMENT", data: { department: "shopping" } },
            },
          },
        },
      }),
    );
  });

  it("uses the defaults of spec 4.1: token unused, navigate, published, no payload", async () => {
    await wa.sendMessage({
      to: "1",
      text: "Open",
      buttons: new FlowButton({ title: "Go", flowName: "signup" }),
    });
    expect(sent[0]?.body).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "1",
      type: "interactive",
      interactive: {
        type: "flow",
        body: { text: "Open" },
        action: {
          name: "flow",
          parameters: {
            flow_message_version: "3",
            flow_token: "unused",
            flow_name: "signup",
            flow_cta: "Go",
            flow_action: "navigate",
            mode: "published",
          },
        },
      },
    });
  });

  it("sends data_exchange flows without a payload, and rejects what Meta would", () => {
    const exchange = new FlowButton({ title: "Go", flowId: "1", flowActionType: "data_exchange" });
    expect(exchange.toAction().parameters).toMatchObject({ flow_action: "data_exchange" });
    expect(exchange.toAction().parameters).not.toHaveProperty("flow_action_payload");
    expect(() => new FlowButton({ title: "Go", flowId: "1", flowName: "x" })).toThrow(
      /exactly one/,
    );
    expect(() => new FlowButton({ title: "Go" })).toThrow(/exactly one/);
    expect(
      () =>
        new FlowButton({
          title: "Go",
          flowId: "1",
          flowActionType: "data_exchange",
          flowActionScreen: "A",
        }),
    ).toThrow(/navigate/);
    expect(() => new FlowButton({ title: "Go", flowId: "1", flowActionPayload: {} })).toThrow(
      /empty/,
    );
  });

  it("turns 132068 and 132069 into FlowBlocked and FlowThrottled, without retrying", async () => {
    failWith = { code: 132068, message: "Flow is in blocked state" };
    const blocked = await wa
      .sendMessage({ to: "1", text: "x", buttons: new FlowButton({ title: "Go", flowId: "1" }) })
      .catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(FlowBlocked);
    expect(blocked).toMatchObject({ code: 132068, status: 400, fbtraceId: "AbCdEf" });
    failWith = { code: 132069, message: "Flow is in throttled state" };
    await expect(wa.sendMessage({ to: "1", text: "x" })).rejects.toBeInstanceOf(FlowThrottled);
    expect(sent).toHaveLength(2);
  });

  it("sends a template with its flow button parameter (spec 4.2)", async () => {
    await wa.sendTemplate({
      to: "1",
      name: "book_appointment",
      language: "en_US",
      components: [
        { type: "body", parameters: [{ type: "text", text: "Ada" }] },
        new TemplateFlowButton({ flowToken: "t-1", flowActionData: { dept: "eye" } }),
      ],
    });
    expect(sent[0]?.body).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "1",
      type: "template",
      template: {
        name: "book_appointment",
        language: { code: "en_US" },
        components: [
          { type: "body", parameters: [{ type: "text", text: "Ada" }] },
          {
            type: "button",
            sub_type: "flow",
            index: "0",
            parameters: [
              { type: "action", action: { flow_token: "t-1", flow_action_data: { dept: "eye" } } },
            ],
          },
        ],
      },
    });
  });

  it("says which option is missing for sending, at the call", async () => {
    const bare = new WhatsApp({ token: TOKEN });
    const error = await bare.sendMessage({ to: "1", text: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhatsAppConfigurationError);
    expect(error).toMatchObject({ option: "phoneId" });
    await expect(
      new WhatsApp({ phoneId: PHONE_ID }).sendMessage({ to: "1", text: "x" }),
    ).rejects.toMatchObject({
      option: "token",
    });
    expect(sent).toHaveLength(0);
  });

  it("sends a plain text message, and refuses a header without buttons", async () => {
    await wa.sendMessage({
      to: "1",
      text: "hello",
      previewUrl: true,
      replyToMessageId: "wamid.x",
      tracker: "t",
    });
    expect(sent[0]?.body).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "1",
      context: { message_id: "wamid.x" },
      biz_opaque_callback_data: "t",
      type: "text",
      text: { body: "hello", preview_url: true },
    });
    await expect(wa.sendMessage({ to: "1", text: "x", header: "h" })).rejects.toThrow(/buttons/);
  });
});

describe("the facade forwards every messages call to wa.messages", () => {
  const methods = Object.getOwnPropertyNames(MessagesApi.prototype).filter(
    (name) => name !== "constructor",
  );

  it("has every MessagesApi method, bound, so it can be passed around", async () => {
    expect(wa.messages).toBeInstanceOf(MessagesApi);
    for (const name of methods) {
      expect(typeof (wa as unknown as Record<string, unknown>)[name], name).toBe("function");
    }
    const { sendMessage } = wa;
    const sent = await sendMessage({
      to: "972987654321",
      text: "Book a visit?",
      buttons: [new Button({ title: "Yes", callbackData: "yes" })],
    });
    expect(sent.id).toBe(`wamid.sent-from-${PHONE_ID}`);
    expect(sent0().body).toMatchObject({ type: "interactive", interactive: { type: "button" } });
  });

  it("has every FlowsApi method, and the delegations cannot be replaced", () => {
    expect(wa.flows).toBeInstanceOf(FlowsApi);
    for (const name of Object.getOwnPropertyNames(FlowsApi.prototype)) {
      if (name === "constructor") continue;
      expect(typeof (wa as unknown as Record<string, unknown>)[name], name).toBe("function");
    }
    expect(() => {
      (wa as unknown as Record<string, unknown>).sendMessage = () => undefined;
    }).toThrow(TypeError);
  });
});

function sent0() {
  return sent[0] as { body: unknown };
}

describe("construction", () => {
  it("validates options and names the one that is wrong", () => {
    expect(() => new WhatsApp({ phoneId: "12ab" })).toThrow(/`phoneId` must be digits/);
    expect(() => new WhatsApp({ apiVersion: "latest" })).toThrow(/`apiVersion`/);
    expect(() => new WhatsApp({ webhookEndpoint: "hooks" })).toThrow(/`webhookEndpoint`/);
    expect(() => new WhatsApp({ token: "" })).toThrow(/`token` must not be empty/);
    expect(new WhatsApp({ phoneId: 123, businessAccountId: 456 })).toMatchObject({
      phoneId: "123",
      businessAccountId: "456",
    });
  });
});
