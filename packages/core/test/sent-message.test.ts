import {
  Contact,
  ImageCarouselCard,
  type MessagesApi,
  ProductsSection,
  type SentMessage,
  URLButton,
} from "@tswa/core";
import { describe, expect, it } from "vitest";
import { messagesApi, PHONE_ID, sentBody, useGraph } from "./graph-handlers.js";

const { seen } = useGraph();
const api = messagesApi();
const USER = "16505551234";
const OTHER_PHONE = "109876543210";
const card = (image: string) =>
  new ImageCarouselCard({
    image,
    buttons: new URLButton({ title: "Buy", url: "https://example.com/buy" }),
  });

/** [shortcut, the MessagesApi method it stands for, options without recipient and sender] */
const shortcuts: [keyof SentMessage & string, keyof MessagesApi & string, object][] = [
  ["replyImage", "sendImage", { image: "123", caption: "c" }],
  ["replyVideo", "sendVideo", { video: "https://example.com/v.mp4" }],
  ["replyDocument", "sendDocument", { document: "123", filename: "a.pdf" }],
  ["replyAudio", "sendAudio", { audio: "123" }],
  ["replyVoice", "sendVoice", { voice: "123" }],
  ["replySticker", "sendSticker", { sticker: "123" }],
  ["replyLocation", "sendLocation", { latitude: 1, longitude: 2 }],
  ["replyLocationRequest", "requestLocation", { text: "Where are you?" }],
  ["replyContactInfoRequest", "requestContactInfo", { text: "Your number?" }],
  [
    "replyContact",
    "sendContact",
    { contact: new Contact({ name: { formattedName: "A B", firstName: "A" } }) },
  ],
  ["replyCatalog", "sendCatalog", { body: "Our catalog" }],
  ["replyProduct", "sendProduct", { catalogId: "1", sku: "s" }],
  [
    "replyProducts",
    "sendProducts",
    {
      catalogId: "1",
      title: "t",
      body: "b",
      productSections: [new ProductsSection({ title: "S", skus: ["a"] })],
    },
  ],
  [
    "replyCarousel",
    "sendCarousel",
    { body: "b", cards: [card("https://example.com/1.jpg"), card("https://example.com/2.jpg")] },
  ],
];

async function sentFrom(sender?: string): Promise<SentMessage> {
  const sent = await api.sendMessage({ to: USER, text: "first", sender });
  seen.length = 0;
  return sent;
}

describe("SentMessage", () => {
  it("carries the id, the recipient, Graph's wa_id and the sending number", async () => {
    const sent = await api.sendMessage({ to: "+1 650-555-1234", text: "hi" });
    expect(sent).toMatchObject({
      id: sentBody().messages[0]?.id,
      to: "+1 650-555-1234",
      recipient: "+1 650-555-1234",
      waId: "16505551234",
      fromPhoneId: PHONE_ID,
    });
    const toUser = await api.sendMessage({ to: { userId: "US.134912" }, text: "hi" });
    expect(toUser).toMatchObject({ to: "US.134912", recipient: { userId: "US.134912" } });
  });

  it.each(shortcuts)(
    "%s sends what %s sends, to the same chat from the same number",
    async (shortcut, method, options) => {
      const sent = await sentFrom(OTHER_PHONE);
      await (sent[shortcut] as (o: object) => Promise<unknown>).call(sent, options);
      await (api[method] as (o: object) => Promise<unknown>).call(api, {
        ...options,
        to: USER,
        sender: OTHER_PHONE,
      });
      expect(seen).toHaveLength(2);
      expect(seen[0]?.path).toBe(`/v26.0/${OTHER_PHONE}/messages`);
      expect(seen[0]?.rawBody).toBe(seen[1]?.rawBody);
    },
  );

  it("reply(text, options) and replyText take the text first, as on a received update", async () => {
    const sent = await sentFrom();
    await sent.reply("plain");
    await sent.replyText("quoted", { quote: true, previewUrl: true });
    expect(seen[0]?.body).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: USER,
      type: "text",
      text: { body: "plain" },
    });
    expect(seen[1]?.body).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: USER,
      context: { message_id: sent.id },
      type: "text",
      text: { body: "quoted", preview_url: true },
    });
  });

  it("reacts to, unreacts, pins and unpins itself", async () => {
    const group = { groupId: "Y2FwaV9ncm91cDox" };
    const sent = await api.sendMessage({ to: group, text: "Meeting at 5" });
    seen.length = 0;
    await sent.react("🎉");
    await sent.unreact();
    await sent.pin({ expirationDays: 3 });
    await sent.unpin();
    expect(seen.map((r) => r.body)).toEqual([
      expect.objectContaining({
        recipient_type: "group",
        reaction: { message_id: sent.id, emoji: "🎉" },
      }),
      expect.objectContaining({ reaction: { message_id: sent.id, emoji: "" } }),
      expect.objectContaining({ pin: { type: "pin", message_id: sent.id, expiration_days: 3 } }),
      expect.objectContaining({ pin: { type: "unpin", message_id: sent.id } }),
    ]);
  });

  it("keeps the client out of its JSON and inspection", async () => {
    const sent = await sentFrom();
    expect(Object.keys(JSON.parse(JSON.stringify(sent))).sort()).toEqual(
      ["fromPhoneId", "id", "recipient", "to", "waId"].sort(),
    );
  });
});
