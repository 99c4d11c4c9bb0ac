import type { RunningServer } from "@tswa/flows/node";
import {
  type CallbackButton,
  type FlowCompletion,
  type Message,
  type MessageStatus,
  WhatsApp,
} from "tswa";
import { WebhookSimulator } from "tswa/simulator";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const APP_SECRET = "simulated-webhooks-secret";
let server: RunningServer;
let wa: WhatsApp;
const updates: (Message | CallbackButton | MessageStatus | FlowCompletion)[] = [];

beforeAll(async () => {
  wa = new WhatsApp({ appSecret: APP_SECRET, awaitHandlers: true });
  wa.on("error", () => undefined);
  wa.onMessage((msg) => void updates.push(msg));
  wa.onCallbackButton((press) => void updates.push(press));
  wa.onMessageStatus((status) => void updates.push(status));
  wa.onFlowCompletion((flow) => void updates.push(flow));
  server = await wa.listen();
});
afterAll(() => server.close());
beforeEach(() => {
  updates.length = 0;
});

const simulator = (options: Partial<ConstructorParameters<typeof WebhookSimulator>[0]> = {}) =>
  new WebhookSimulator({ url: `${server.url}/`, appSecret: APP_SECRET, ...options });

describe("WebhookSimulator", () => {
  it("posts a text message shaped as WhatsApp's webhook, signed, and the handler gets it", async () => {
    const delivery = await simulator().text("Hi there", { from: "447700900123", name: "Grace" });
    expect(delivery.status).toBe(200);
    expect(delivery.body).toEqual({
      object: "whatsapp_business_account",
      entry: [
        {
          id: "102290129340398",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: {
                  display_phone_number: "15550783881",
                  phone_number_id: "106540352242922",
                },
                contacts: [{ profile: { name: "Grace" }, wa_id: "447700900123" }],
                messages: [
                  {
                    from: "447700900123",
                    id: expect.stringMatching(/^wamid\.[A-Za-z0-9+/=]{40}$/),
                    timestamp: expect.stringMatching(/^\d{10}$/),
                    type: "text",
                    text: { body: "Hi there" },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      kind: "message",
      type: "text",
      text: "Hi there",
      from: { waId: "447700900123", name: "Grace" },
    });
  });

  it("posts an image, a reply-button press, a status and a flow completion that reach their handlers", async () => {
    const whatsapp = simulator({ from: "16505550000", phoneId: "999" });
    expect((await whatsapp.image("a receipt")).status).toBe(200);
    expect((await whatsapp.buttonPress({ id: "yes", title: "Yes!" })).status).toBe(200);
    expect((await whatsapp.status("read", { messageId: "wamid.sent" })).status).toBe(200);
    const done = await whatsapp.flowCompletion({ name: "Ada" }, { flowToken: "sign-up:1" });
    expect(done.status).toBe(200);

    expect(
      updates.map((u) => [
        u.kind,
        u.kind === "message"
          ? u.type
          : u.kind === "messageStatus"
            ? u.status
            : u.kind === "callbackButton"
              ? u.data
              : undefined,
      ]),
    ).toEqual([
      ["message", "image"],
      ["callbackButton", "yes"],
      ["messageStatus", "read"],
      ["flowCompletion", undefined],
    ]);
    const [image, button, status, flow] = updates as [
      Message,
      CallbackButton,
      MessageStatus,
      FlowCompletion,
    ];
    expect(image.metadata.phoneNumberId).toBe("999");
    expect(image.message.image).toEqual({
      caption: "a receipt",
      mime_type: "image/jpeg",
      sha256: expect.any(String),
      id: expect.stringMatching(/^\d+$/),
    });
    expect(button).toMatchObject({ type: "interactive", data: "yes", title: "Yes!" });
    expect(button.replyToMessage).toMatchObject({ from: "15550783881" });
    expect(status).toMatchObject({ id: "wamid.sent", recipientId: "16505550000" });
    expect(flow).toMatchObject({
      flowToken: "sign-up:1",
      response: { name: "Ada" },
      from: { waId: "16505550000" },
    });
  });

  it("presses a button of a given message when told its id (what sent.waitForClick() matches)", async () => {
    const whatsapp = simulator({});
    await whatsapp.buttonPress({ id: "pro", title: "Pro", messageId: "wamid.question" });
    const [press] = updates as [CallbackButton];
    expect(press.replyToMessage?.messageId).toBe("wamid.question");
  });

  it("posts a failed status with the error WhatsApp reports", async () => {
    expect((await simulator().status("failed", { messageId: "wamid.lost" })).status).toBe(200);
    const [status] = updates as [MessageStatus];
    expect(status).toMatchObject({ id: "wamid.lost", status: "failed" });
    expect(status.errors).toEqual([
      expect.objectContaining({ code: 131026, title: "Message undeliverable" }),
    ]);
  });

  it("posts any body as it is with send(), signed", async () => {
    const body = '{"object":"whatsapp_business_account","entry":[]}';
    const delivery = await simulator().send(body);
    expect(delivery).toEqual({ body: JSON.parse(body), status: 200, answer: "OK" });
  });

  it("sends unsigned without an app secret, and the server answers 401", async () => {
    const delivery = await simulator({ appSecret: undefined }).text();
    expect(delivery.status).toBe(401);
    expect(updates).toEqual([]);
  });

  it("keeps the app secret out of inspection and JSON", async () => {
    const { inspect } = await import("node:util");
    const whatsapp = simulator();
    expect(inspect(whatsapp, { depth: 5 })).not.toContain(APP_SECRET);
    expect(JSON.stringify(whatsapp)).not.toContain(APP_SECRET);
  });
});
