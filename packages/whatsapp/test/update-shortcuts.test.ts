import {
  Contact,
  ImageCarouselCard,
  type Message,
  MessageNotCopyableError,
  ProductsSection,
  parseWebhook,
  type TemplateStatusUpdate,
  UpdateWithoutClientError,
  URLButton,
} from "tswa";
import { describe, expect, it } from "vitest";
import { type SentRequest, sendingClient } from "./fixtures/deliver.js";
import {
  envelope,
  messagesValue,
  PHONE_ID,
  textMessage,
  USER,
  WABA_ID,
} from "./fixtures/webhooks.js";

const incoming = (message: Record<string, unknown>) =>
  envelope([
    {
      field: "messages",
      value: messagesValue({
        messages: [{ from: USER, id: "wamid.in", timestamp: "1732000000", ...message }],
      }),
    },
  ]);
const oneText = () =>
  envelope([
    { field: "messages", value: messagesValue({ messages: [textMessage("hi", "wamid.in")] }) },
  ]);

/** What every message sent to the update's user starts with. */
const toUser = { messaging_product: "whatsapp", recipient_type: "individual", to: USER };
const quoting = { context: { message_id: "wamid.in" } };
const card = (image: string) =>
  new ImageCarouselCard({
    image,
    buttons: new URLButton({ title: "Buy", url: "https://example.com/b" }),
  });

/** [shortcut, its options, the body Graph receives (without the addressing)] */
const replies: [string, Record<string, unknown>, Record<string, unknown>][] = [
  [
    "replyImage",
    { image: "1001", caption: "Menu" },
    { type: "image", image: { id: "1001", caption: "Menu" } },
  ],
  [
    "replyVideo",
    { video: "https://example.com/v.mp4" },
    { type: "video", video: { link: "https://example.com/v.mp4" } },
  ],
  [
    "replyDocument",
    { document: "1002", filename: "a.pdf" },
    { type: "document", document: { id: "1002", filename: "a.pdf" } },
  ],
  ["replyAudio", { audio: "1003" }, { type: "audio", audio: { id: "1003" } }],
  ["replyVoice", { voice: "1004" }, { type: "audio", audio: { id: "1004", voice: true } }],
  ["replySticker", { sticker: "1005" }, { type: "sticker", sticker: { id: "1005" } }],
  [
    "replyLocation",
    { latitude: 37.48, longitude: -122.15, name: "HQ" },
    { type: "location", location: { latitude: 37.48, longitude: -122.15, name: "HQ" } },
  ],
  [
    "replyLocationRequest",
    { text: "Where are you?" },
    {
      type: "interactive",
      interactive: {
        type: "location_request_message",
        body: { text: "Where are you?" },
        action: { name: "send_location" },
      },
    },
  ],
  [
    "replyContact",
    { contact: new Contact({ name: { formattedName: "Ada L", firstName: "Ada" } }) },
    { type: "contacts", contacts: [{ name: { formatted_name: "Ada L", first_name: "Ada" } }] },
  ],
  [
    "replyCatalog",
    { body: "Our catalog" },
    {
      type: "interactive",
      interactive: {
        type: "catalog_message",
        body: { text: "Our catalog" },
        action: { name: "catalog_message" },
      },
    },
  ],
  [
    "replyProduct",
    { catalogId: "cat-1", sku: "sku-1" },
    {
      type: "interactive",
      interactive: {
        type: "product",
        action: { catalog_id: "cat-1", product_retailer_id: "sku-1" },
      },
    },
  ],
];

async function received(
  shortcut: (msg: Message) => Promise<unknown>,
  payload: unknown = oneText(),
  answer?: (request: SentRequest) => unknown,
) {
  const { wa, requests, post, errors } = sendingClient(answer);
  let result: unknown;
  wa.onMessage(async (msg) => {
    result = await shortcut(msg).catch((error: unknown) => error);
  });
  await post(payload);
  expect(errors).toEqual([]);
  return { requests, result };
}

describe("reply shortcuts on a received update: to the user, from the number it arrived on", () => {
  it.each(replies)(
    "%s sends the send method's body, quoting with quote: true",
    async (name, options, body) => {
      const call = (msg: Message, quote: boolean) =>
        (msg[name as keyof Message] as (o: object) => Promise<unknown>).call(msg, {
          ...options,
          quote,
        });
      const { requests } = await received(async (msg) => {
        await call(msg, false);
        await call(msg, true);
      });
      expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
        `POST /v26.0/${PHONE_ID}/messages`,
        `POST /v26.0/${PHONE_ID}/messages`,
      ]);
      expect(requests[0]?.body).toEqual({ ...toUser, ...body });
      expect(requests[1]?.body).toEqual({ ...toUser, ...quoting, ...body });
    },
  );

  it("replyContactInfoRequest, replyProducts and replyCarousel send their interactive messages", async () => {
    const { requests } = await received(async (msg) => {
      await msg.replyContactInfoRequest({ text: "Your number?" });
      await msg.replyProducts({
        catalogId: "cat-1",
        title: "Picks",
        body: "For you",
        productSections: [new ProductsSection({ title: "Bread", skus: ["b-1"] })],
        quote: true,
      });
      await msg.replyCarousel({
        body: "Pick one",
        cards: [card("https://example.com/1.jpg"), card("https://example.com/2.jpg")],
      });
    });
    expect(requests.map((r) => r.body)).toEqual([
      expect.objectContaining({
        ...toUser,
        type: "interactive",
        interactive: expect.objectContaining({ type: "request_contact_info" }),
      }),
      {
        ...toUser,
        ...quoting,
        type: "interactive",
        interactive: {
          type: "product_list",
          header: { type: "text", text: "Picks" },
          body: { text: "For you" },
          action: {
            catalog_id: "cat-1",
            sections: [{ title: "Bread", product_items: [{ product_retailer_id: "b-1" }] }],
          },
        },
      },
      expect.objectContaining({
        ...toUser,
        type: "interactive",
        interactive: expect.objectContaining({ type: "carousel" }),
      }),
    ]);
  });

  it("react and unreact point at the update's message", async () => {
    const { requests } = await received(async (msg) => {
      await msg.react("👍");
      await msg.unreact({ tracker: "t-1" });
    });
    expect(requests.map((r) => r.body)).toEqual([
      { ...toUser, type: "reaction", reaction: { message_id: "wamid.in", emoji: "👍" } },
      {
        ...toUser,
        biz_opaque_callback_data: "t-1",
        type: "reaction",
        reaction: { message_id: "wamid.in", emoji: "" },
      },
    ]);
  });

  it("markAsRead and indicateTyping mark the update's message read from its number", async () => {
    const { requests, result } = await received(
      async (msg) => [await msg.markAsRead(), await msg.indicateTyping()],
      oneText(),
      () => ({ success: true }),
    );
    expect(result).toEqual([true, true]);
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `POST /v26.0/${PHONE_ID}/messages`,
      `POST /v26.0/${PHONE_ID}/messages`,
    ]);
    expect(requests.map((r) => r.body)).toEqual([
      { messaging_product: "whatsapp", status: "read", message_id: "wamid.in" },
      {
        messaging_product: "whatsapp",
        status: "read",
        message_id: "wamid.in",
        typing_indicator: { type: "text" },
      },
    ]);
  });

  it("blockSender and unblockSender block the user on the number the update arrived on", async () => {
    const { requests, result } = await received(
      async (msg) => [await msg.blockSender(), await msg.unblockSender()],
      oneText(),
      (r) =>
        r.method === "POST"
          ? { block_users: { added_users: [{ input: USER, wa_id: USER }] } }
          : { block_users: { removed_users: [{ input: USER, wa_id: USER }] } },
    );
    expect(result).toEqual([true, true]);
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `POST /v26.0/${PHONE_ID}/block_users`,
      `DELETE /v26.0/${PHONE_ID}/block_users`,
    ]);
    const body = { messaging_product: "whatsapp", block_users: [{ user: USER }] };
    expect(requests.map((r) => r.body)).toEqual([body, body]);
  });

  it("a user who hides their number is blocked and answered by their BSUID", async () => {
    const value = {
      messaging_product: "whatsapp",
      metadata: { phone_number_id: PHONE_ID },
      contacts: [{ profile: { name: "Noa", username: "@noa" }, user_id: "IL.15" }],
      messages: [
        { from_user_id: "IL.15", id: "wamid.u", timestamp: "1", type: "text", text: { body: "x" } },
      ],
    };
    const { requests } = await received(
      async (msg) => {
        await msg.react("👋");
        await msg.blockSender();
      },
      envelope([{ field: "messages", value }]),
      (r) =>
        r.url.endsWith("/block_users")
          ? { block_users: { added_users: [{ input: "IL.15", user_id: "IL.15" }] } }
          : { messages: [{ id: "wamid.sent" }] },
    );
    expect(requests.map((r) => r.body)).toEqual([
      {
        messaging_product: "whatsapp",
        recipient_type: "individual",
        recipient: "IL.15",
        type: "reaction",
        reaction: { message_id: "wamid.u", emoji: "👋" },
      },
      { messaging_product: "whatsapp", block_users: [{ user_id: "IL.15" }] },
    ]);
  });

  it("blockSender says false when Graph could not block the user", async () => {
    const { result } = await received(
      (msg) => msg.blockSender(),
      oneText(),
      () => ({
        block_users: {
          failed_users: [
            { input: USER, wa_id: USER, errors: [{ code: 139_100, message: "x", title: "x" }] },
          ],
        },
      }),
    );
    expect(result).toBe(false);
  });
});

describe("Message.copy sends the received content to another recipient", () => {
  const OTHER = "16505550000";
  const toOther = { messaging_product: "whatsapp", recipient_type: "individual", to: OTHER };
  const copies: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ["text", { type: "text", text: { body: "hello" } }, { type: "text", text: { body: "hello" } }],
    [
      "image",
      { type: "image", image: { id: "img-9", mime_type: "image/jpeg", caption: "Look" } },
      { type: "image", image: { id: "img-9", caption: "Look" } },
    ],
    [
      "document",
      {
        type: "document",
        document: { id: "doc-9", filename: "a.pdf", mime_type: "application/pdf" },
      },
      { type: "document", document: { id: "doc-9", filename: "a.pdf" } },
    ],
    [
      "voice note",
      { type: "audio", audio: { id: "aud-9", voice: true } },
      { type: "audio", audio: { id: "aud-9", voice: true } },
    ],
    [
      "sticker",
      { type: "sticker", sticker: { id: "st-9", animated: false } },
      { type: "sticker", sticker: { id: "st-9" } },
    ],
    [
      "location",
      {
        type: "location",
        location: { latitude: 1.5, longitude: 2.5, name: "Cafe", address: "Main St" },
      },
      {
        type: "location",
        location: { latitude: 1.5, longitude: 2.5, name: "Cafe", address: "Main St" },
      },
    ],
    [
      "contacts",
      {
        type: "contacts",
        contacts: [
          {
            name: { formatted_name: "Ada Lovelace", first_name: "Ada", last_name: "Lovelace" },
            phones: [{ phone: "+1 650 555 1234", type: "CELL", wa_id: "16505551234" }],
            addresses: [{ city: "London", country_code: "GB" }],
          },
        ],
      },
      {
        type: "contacts",
        contacts: [
          {
            name: { formatted_name: "Ada Lovelace", first_name: "Ada", last_name: "Lovelace" },
            phones: [{ phone: "+1 650 555 1234", type: "CELL", wa_id: "16505551234" }],
            addresses: [{ city: "London", country_code: "GB" }],
          },
        ],
      },
    ],
  ];

  it.each(copies)("a %s message", async (_, message, body) => {
    const { requests } = await received(
      (msg) => msg.copy(OTHER, { tracker: "copied" }),
      incoming(message),
    );
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]?.url ?? "").pathname).toBe(`/v26.0/${PHONE_ID}/messages`);
    expect(requests[0]?.body).toEqual({ ...toOther, biz_opaque_callback_data: "copied", ...body });
  });

  it("sends from another number and quotes when asked", async () => {
    const { requests } = await received(
      (msg) => msg.copy({ userId: "US.1" }, { sender: "999", replyToMessageId: "wamid.x" }),
      oneText(),
    );
    expect(new URL(requests[0]?.url ?? "").pathname).toBe("/v26.0/999/messages");
    expect(requests[0]?.body).toMatchObject({
      recipient: "US.1",
      context: { message_id: "wamid.x" },
    });
  });

  it("refuses a reaction with MessageNotCopyableError, before any request", async () => {
    const reaction = { type: "reaction", reaction: { message_id: "wamid.other", emoji: "❤️" } };
    const { requests, result } = await received((msg) => msg.copy(OTHER), incoming(reaction));
    expect(requests).toEqual([]);
    expect(result).toBeInstanceOf(MessageNotCopyableError);
    expect(result).toMatchObject({
      name: "MessageNotCopyableError",
      type: "reaction",
      message: expect.stringMatching(/copy\(\) cannot send a reaction message again/),
    });
  });
});

describe("template update shortcuts", () => {
  const statusUpdate = envelope([
    {
      field: "message_template_status_update",
      value: {
        event: "PAUSED",
        message_template_id: "1234567",
        message_template_name: "welcome",
        message_template_language: "en_US",
        reason: "NONE",
      },
    },
  ]);

  it("getTemplate() fetches and unpause() unpauses the update's template", async () => {
    const { wa, requests, post, errors } = sendingClient((r) =>
      r.method === "GET"
        ? {
            id: "1234567",
            name: "welcome",
            language: "en_US",
            category: "MARKETING",
            status: "PAUSED",
            components: [],
          }
        : { success: true },
    );
    const got: unknown[] = [];
    wa.onTemplateStatusUpdate(async (update) => {
      got.push((await update.getTemplate()).name, await update.unpause());
    });
    await post(statusUpdate);
    expect(errors).toEqual([]);
    expect(got).toEqual(["welcome", { success: true, reason: undefined }]);
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      "GET /v26.0/1234567",
      "POST /v26.0/1234567/unpause",
    ]);
  });

  it("a template update parsed without a client says what its shortcut needs", async () => {
    const update = parseWebhook(statusUpdate)?.updates.find(
      (u) => u.kind === "templateStatusUpdate",
    ) as TemplateStatusUpdate;
    expect(update.wabaId).toBe(WABA_ID);
    await expect(update.unpause()).rejects.toThrow(UpdateWithoutClientError);
    await expect(update.getTemplate()).rejects.toThrow(/getTemplate\(\) needs a client/);
  });
});
