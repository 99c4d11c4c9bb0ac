import {
  FlowRequestTooLarge,
  type Message,
  MessageStatus,
  parseWebhook,
  WebhookErrors,
  WebhookRequestError,
  WhatsApp,
  type WhatsAppError,
} from "tswa";
import { describe, expect, it } from "vitest";
import { recordingClient } from "../fixtures/deliver.js";
import {
  envelope,
  messagesValue,
  PHONE_ID,
  status,
  textMessage,
  USER,
} from "../fixtures/webhooks.js";

const metadata = { display_phone_number: "15550783881", phone_number_id: PHONE_ID };

describe("users with a username and no visible number (regression)", () => {
  const usernameContact = {
    profile: { name: "Noa", username: "@noa" },
    user_id: "IL.1502576394655843",
    parent_user_id: "IL.ENT.99",
  };
  const fromUsername = {
    from_user_id: "IL.1502576394655843",
    id: "wamid.bsuid1",
    timestamp: "1732000000",
    type: "text",
    text: { body: "hi from a username" },
  };

  it("delivers the message with the BSUID as the id to reply to, and the other senders' too", async () => {
    const { updates, errors, post } = recordingClient();
    const value = {
      messaging_product: "whatsapp",
      metadata,
      contacts: [usernameContact, { profile: { name: "Ada" }, wa_id: USER }],
      messages: [fromUsername, textMessage("hi from a number")],
    };
    expect(await post(envelope([{ field: "messages", value }]))).toBe(200);
    expect(errors).toEqual([]);
    const [first, second] = updates as Message[];
    expect(first?.from).toEqual({
      waId: undefined,
      userId: "IL.1502576394655843",
      parentUserId: "IL.ENT.99",
      username: "@noa",
      name: "Noa",
      identityKeyHash: undefined,
    });
    expect(first?.from.preferredId).toBe("IL.1502576394655843");
    expect(second?.from).toMatchObject({ waId: USER, name: "Ada" });
    expect(second?.text).toBe("hi from a number");
  });

  it("delivers a status whose recipient has only a recipient_user_id", async () => {
    const { updates, post } = recordingClient();
    const { recipient_id: _, ...withoutNumber } = status("delivered");
    const value = {
      messaging_product: "whatsapp",
      metadata,
      contacts: [usernameContact],
      statuses: [{ ...withoutNumber, recipient_user_id: "IL.1502576394655843" }],
    };
    await post(envelope([{ field: "messages", value }]));
    const [delivered] = updates as MessageStatus[];
    expect(delivered).toBeInstanceOf(MessageStatus);
    expect(delivered?.recipientId).toBe("IL.1502576394655843");
    expect(delivered?.from).toMatchObject({ userId: "IL.1502576394655843", username: "@noa" });
  });
});

describe("change-level errors (regression)", () => {
  it("make a WebhookErrors update and event (130429, rate limit hit)", async () => {
    const { wa, updates, post } = recordingClient();
    const handled: WebhookErrors[] = [];
    wa.onWebhookErrors((update) => handled.push(update));
    const error = {
      code: 130429,
      title: "Rate limit hit",
      message: "Rate limit hit",
      error_data: { details: "Cloud API message throughput has been reached." },
    };
    await post(
      envelope([
        { field: "messages", value: { messaging_product: "whatsapp", metadata, errors: [error] } },
      ]),
    );
    expect(updates).toHaveLength(1);
    expect(handled).toHaveLength(1);
    expect(handled[0]).toBeInstanceOf(WebhookErrors);
    expect(handled[0]).toMatchObject({
      field: "messages",
      metadata: { phoneNumberId: PHONE_ID, displayPhoneNumber: "15550783881" },
      timestamp: new Date(1_732_000_000 * 1000),
      errors: [
        {
          code: 130429,
          title: "Rate limit hit",
          message: "Rate limit hit",
          details: "Cloud API message throughput has been reached.",
          href: undefined,
        },
      ],
    });
  });

  it("read the older shape with a top-level details", () => {
    const parsed = parseWebhook(
      envelope([
        {
          field: "messages",
          value: messagesValue({
            statuses: [
              status("failed", {
                errors: [
                  { code: 131026, title: "Undeliverable", details: "Message undeliverable" },
                ],
              }),
            ],
          }),
        },
      ]),
    );
    const failed = parsed?.updates[1] as MessageStatus;
    expect(failed.errors).toEqual([
      {
        code: 131026,
        title: "Undeliverable",
        message: undefined,
        details: "Message undeliverable",
        href: undefined,
      },
    ]);
  });
});

describe("a broken change never takes the batch down (regression)", () => {
  it("answers 200, reports the change whose value is not an object, and delivers the others", async () => {
    const { updates, errors, post } = recordingClient();
    const status = await post(
      envelope(
        [
          { field: "messages", value: messagesValue({ messages: [textMessage("before")] }) },
          { field: "messages", value: "not an object" },
          { field: "messages", value: [1, 2] },
        ],
        [{ field: "messages", value: messagesValue({ messages: [textMessage("after")] }) }],
      ),
    );
    expect(status).toBe(200);
    expect((updates as Message[]).map((m) => m.text)).toEqual(["before", "after"]);
    expect(errors.map((e) => e.message)).toEqual([
      "webhook entry[0].changes[1] (messages) value could not be read: expected an object; the rest of the webhook was delivered",
      "webhook entry[0].changes[2] (messages) value could not be read: expected an object; the rest of the webhook was delivered",
    ]);
    expect((errors[0] as WebhookRequestError).status).toBe(200);
  });

  it("delivers a change whose metadata has no display_phone_number", async () => {
    const { updates, post } = recordingClient();
    const value = {
      ...messagesValue({ messages: [textMessage("hi")] }),
      metadata: { phone_number_id: PHONE_ID },
    };
    await post(envelope([{ field: "messages", value }]));
    expect((updates[0] as Message).metadata).toEqual({
      phoneNumberId: PHONE_ID,
      displayPhoneNumber: undefined,
    });
  });

  it("exposes pricing.type (and the older pricing_type)", () => {
    const parsed = parseWebhook(
      envelope([
        {
          field: "messages",
          value: messagesValue({
            statuses: [
              status("sent", {
                pricing: {
                  billable: false,
                  pricing_model: "PMP",
                  type: "free_customer_service",
                  category: "service",
                },
              }),
              status("read", {
                pricing: { pricing_model: "PMP", pricing_type: "regular", category: "utility" },
              }),
            ],
          }),
        },
      ]),
    );
    const [, sent, read] = (parsed?.updates ?? []) as [unknown, MessageStatus, MessageStatus];
    expect(sent.pricing).toEqual({
      billable: false,
      model: "PMP",
      type: "free_customer_service",
      category: "service",
    });
    expect(read.pricing?.type).toBe("regular");
  });
});

describe("a body over the limit (regression)", () => {
  it("answers 413 and reports it to `error`, for the webhook and for a flow endpoint", async () => {
    const wa = new WhatsApp({ appSecret: "s", verifyToken: "v" });
    const errors: WhatsAppError[] = [];
    wa.on("error", (error) => errors.push(error));
    const server = await wa.listen({ port: 0 });
    try {
      const tooBig = new Uint8Array(wa.maxBodySize + 1);
      const response = await fetch(`${server.url}/`, { method: "POST", body: tooBig });
      expect(response.status).toBe(413);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(WebhookRequestError);
      expect(errors[0]).toMatchObject({
        status: 413,
        message: `webhook body exceeds ${wa.maxBodySize} bytes`,
      });
    } finally {
      await server.close();
    }
    wa.payloadTooLarge("/flows/sign-up");
    expect(errors[1]).toBeInstanceOf(FlowRequestTooLarge);
  });
});
