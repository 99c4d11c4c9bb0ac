import {
  Button,
  CallPermissionRequestButton,
  Contact,
  ContactInfoRequestButton,
  FlowButton,
  ImageCarouselCard,
  type MessagesApi,
  ProductsSection,
  Section,
  SectionList,
  SectionRow,
  URLButton,
  VideoCarouselCard,
  VoiceCallButton,
} from "@tswa/core";
import { describe, expect, it } from "vitest";
import * as meta from "./fixtures/meta-message-examples.js";
import { messagesApi, PHONE_ID, TOKEN, useGraph } from "./graph-handlers.js";

const { seen } = useGraph();
const api = messagesApi();
const { USER, WAMID, GROUP_ID } = meta;

const echeveria = "https://www.luckyshrub.com/assets/blue-echeveria.jpeg";
const echeveriaBody =
  "*Blue Echeveria*\n\nA rosette-shaped succulent with powdery blue leaves, perfect for brightening up any space.";
const aloe = "https://www.luckyshrub.com/assets/aloe-vera.jpeg";
const aloeBody = "*Aloe Vera*\n\nA soothing succulent for your windowsill.";

/** [what, Meta's example, the call that must send exactly it] */
const cases: [string, meta.MetaExample, (api: MessagesApi) => Promise<unknown>][] = [
  [
    "a text message with a link preview",
    meta.text,
    (m) =>
      m.sendMessage({
        to: USER,
        text: "As requested, here's the link to our latest product: https://www.meta.com/quest/quest-3/",
        previewUrl: true,
      }),
  ],
  [
    "reply buttons under an image header",
    meta.replyButtons,
    (m) =>
      m.sendMessage({
        to: USER,
        header: { image: "2762702990552401" },
        text: "Hi Pablo! Your gardening workshop is scheduled for 9am tomorrow. Use the buttons if you need to reschedule. Thank you!",
        footer: "Lucky Shrub: Your gateway to succulents!™",
        buttons: [
          new Button({ title: "Change", callbackData: "change-button" }),
          new Button({ title: "Cancel", callbackData: "cancel-button" }),
        ],
      }),
  ],
  [
    "reply buttons from sendImage (the image becomes the header, the caption the body)",
    meta.replyButtons,
    (m) =>
      m.sendImage({
        to: USER,
        image: { id: "2762702990552401" },
        caption:
          "Hi Pablo! Your gardening workshop is scheduled for 9am tomorrow. Use the buttons if you need to reschedule. Thank you!",
        footer: "Lucky Shrub: Your gateway to succulents!™",
        buttons: [
          new Button({ title: "Change", callbackData: "change-button" }),
          new Button({ title: "Cancel", callbackData: "cancel-button" }),
        ],
      }),
  ],
  [
    "a CTA URL button",
    meta.ctaUrl,
    (m) =>
      m.sendImage({
        to: USER,
        image: "https://www.luckyshrub.com/assets/lucky-shrub-banner-logo-v1.png",
        caption: "Tap the button below to see available dates.",
        footer: "Dates subject to change.",
        buttons: new URLButton({
          title: "See Dates",
          url: "https://www.luckyshrub.com?clickID=kqDGWd24Q5TRwoEQTICY7W1JKoXvaZOXWAS7h1P76s0R7Paec4",
        }),
      }),
  ],
  [
    "a list of sections and rows",
    meta.list,
    (m) =>
      m.sendMessage({
        to: USER,
        header: "Choose Shipping Option",
        text: "Which shipping option do you prefer?",
        footer: "Lucky Shrub: Your gateway to succulents™",
        buttons: new SectionList({
          buttonTitle: "Shipping Options",
          sections: [
            new Section({
              title: "I want it ASAP!",
              rows: [
                new SectionRow({
                  title: "Priority Mail Express",
                  callbackData: "priority_express",
                  description: "Next Day to 2 Days",
                }),
                new SectionRow({
                  title: "Priority Mail",
                  callbackData: "priority_mail",
                  description: "1–3 Days",
                }),
              ],
            }),
            new Section({
              title: "I can wait a bit",
              rows: [
                new SectionRow({
                  title: "USPS Ground Advantage",
                  callbackData: "usps_ground_advantage",
                  description: "2–5 Days",
                }),
                new SectionRow({
                  title: "Media Mail",
                  callbackData: "media_mail",
                  description: "2–8 Days",
                }),
              ],
            }),
          ],
        }),
      }),
  ],
  [
    "a voice call button",
    meta.voiceCall,
    (m) =>
      m.sendMessage({
        to: "14085551234",
        text: "You can call us on WhatsApp now for faster service!",
        buttons: new VoiceCallButton({ title: "Call on WhatsApp", ttlMinutes: 100 }),
      }),
  ],
  [
    "a call permission request",
    meta.callPermissionRequest,
    (m) =>
      m.sendMessage({
        to: USER,
        text: "We would like to call you to help support your query on Order No: ON-12853.",
        buttons: new CallPermissionRequestButton(),
      }),
  ],
  [
    "a location request",
    meta.locationRequest,
    (m) =>
      m.requestLocation({
        to: USER,
        text: "Let's start with your pickup. You can either manually *enter an address* or *share your current location*.",
      }),
  ],
  [
    "a contact info request",
    meta.contactInfoRequest,
    (m) =>
      m.requestContactInfo({
        to: USER,
        text: "Please share your phone number so we can look up your order.",
      }),
  ],
  [
    "an image",
    meta.image,
    (m) =>
      m.sendImage({ to: USER, image: "1479537139650973", caption: "The best succulent ever?" }),
  ],
  [
    "a video",
    meta.video,
    (m) => m.sendVideo({ to: USER, video: "1166846181421424", caption: "A succulent eclipse!" }),
  ],
  [
    "a document with its file name",
    meta.document,
    (m) =>
      m.sendDocument({
        to: USER,
        document: "1376223850470843",
        caption: "Lucky Shrub Invoice",
        filename: "lucky-shrub-invoice.pdf",
      }),
  ],
  ["an audio file", meta.audio, (m) => m.sendAudio({ to: USER, audio: "1013859600285441" })],
  ["a voice message", meta.voice, (m) => m.sendVoice({ to: USER, voice: "1013859600285441" })],
  ["a sticker", meta.sticker, (m) => m.sendSticker({ to: USER, sticker: "798882015472548" })],
  ["a reaction", meta.reaction, (m) => m.sendReaction({ to: USER, emoji: "😀", messageId: WAMID })],
  [
    "a location",
    meta.location,
    (m) =>
      m.sendLocation({
        to: USER,
        latitude: 37.44216251868683,
        longitude: -122.16153582049394,
        name: "Philz Coffee",
        address: "101 Forest Ave, Palo Alto, CA 94301",
      }),
  ],
  [
    "a contact card",
    meta.contacts,
    (m) =>
      m.sendContact({
        to: USER,
        contact: new Contact({
          name: {
            formattedName: "Barbara J. Johnson",
            firstName: "Barbara",
            lastName: "Johnson",
            middleName: "Joana",
            suffix: "Esq.",
            prefix: "Dr.",
          },
          birthday: "1999-01-23",
          phones: [
            { phone: "+1 (415) 555-0859", type: "HOME" },
            { phone: "+1 (415) 555-0543", type: "WORK", waId: "14155550543" },
          ],
          emails: [
            { email: "bjohnson@luckyshrub.com", type: "WORK" },
            { email: "bjohnson@luckyshrubplants.com", type: "HOME" },
          ],
          urls: [
            { url: "https://www.luckyshrub.com", type: "WORK" },
            { url: "https://www.facebook.com/luckyshrubplants", type: "WORK" },
          ],
          addresses: [
            {
              street: "1 Lucky Shrub Way",
              city: "Menlo Park",
              state: "CA",
              zip: "94025",
              country: "United States",
              countryCode: "US",
              type: "WORK",
            },
          ],
          org: { company: "Lucky Shrub", department: "Legal", title: "Lead Counsel" },
        }),
      }),
  ],
  [
    "a catalog message",
    meta.catalog,
    (m) =>
      m.sendCatalog({
        to: USER,
        body: "Hello! Thanks for your interest. Ordering is easy. Just visit our catalog and add items to purchase.",
        footer: "Best grocery deals on WhatsApp!",
        thumbnailProductSku: "2lc20305pt",
      }),
  ],
  [
    "a single product",
    meta.product,
    (m) =>
      m.sendProduct({
        to: USER,
        catalogId: "194836987003835",
        sku: "di9ozbzfi4",
        body: "Check out this plant!",
        footer: "Lucky Shrub",
      }),
  ],
  [
    "several products in sections",
    meta.productList,
    (m) =>
      m.sendProducts({
        to: USER,
        catalogId: "194836987003835",
        title: "Our top products",
        body: "Take a look at our best sellers.",
        footer: "Lucky Shrub",
        productSections: [
          new ProductsSection({ title: "Succulents", skus: ["di9ozbzfi4", "nqryix03ez"] }),
          new ProductsSection({ title: "Cacti", skus: ["r07qei73l7"] }),
        ],
      }),
  ],
  [
    "a carousel of cards with reply buttons",
    meta.carouselQuickReplies,
    (m) =>
      m.sendCarousel({
        to: USER,
        body: "Of course! Here are three of our latest arrivals, each under $25:",
        cards: [
          new ImageCarouselCard({
            image: echeveria,
            body: echeveriaBody,
            buttons: [new Button({ title: "Learn more", callbackData: "learn-blue-echeveria" })],
          }),
          new ImageCarouselCard({
            image: aloe,
            body: aloeBody,
            buttons: [new Button({ title: "Learn more", callbackData: "learn-aloe-vera" })],
          }),
        ],
      }),
  ],
  [
    "a carousel of cards with URL buttons",
    meta.carouselUrls,
    (m) =>
      m.sendCarousel({
        to: USER,
        body: "Of course! Here are three of our latest arrivals, each under $25:",
        cards: [
          new ImageCarouselCard({
            image: echeveria,
            body: echeveriaBody,
            buttons: new URLButton({
              title: "Buy now",
              url: "https://www.luckyshrub.com/shop?id=CI2x7w0c",
            }),
          }),
          new ImageCarouselCard({
            image: aloe,
            body: aloeBody,
            buttons: new URLButton({
              title: "Buy now",
              url: "https://www.luckyshrub.com/shop?id=Aw9a1c3e",
            }),
          }),
        ],
      }),
  ],
  ["a read receipt", meta.markAsRead, (m) => m.markMessageAsRead(WAMID)],
  ["a typing indicator", meta.typingIndicator, (m) => m.indicateTyping(WAMID)],
  [
    "a text to a group",
    meta.groupText,
    (m) =>
      m.sendMessage({
        to: { groupId: GROUP_ID },
        text: "Welcome to the Lucky Shrub succulent club!",
      }),
  ],
  [
    "a pin in a group",
    meta.pin,
    (m) => m.pinMessage({ to: { groupId: GROUP_ID }, messageId: WAMID, expirationDays: 7 }),
  ],
  [
    "an unpin in a group",
    meta.unpin,
    (m) => m.unpinMessage({ to: { groupId: GROUP_ID }, messageId: WAMID }),
  ],
  [
    "a text to a business-scoped user id (the `recipient` field)",
    meta.userIdText,
    (m) =>
      m.sendMessage({
        to: { userId: "US.13491208655302741918" },
        text: "Hi! Your order has shipped.",
      }),
  ],
];

describe("every message body is the one Meta documents, byte for byte", () => {
  it.each(cases)("%s", async (_what, example, call) => {
    await call(api);
    expect(seen).toHaveLength(1);
    const request = seen[0];
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe(`/v26.0/${PHONE_ID}/messages`);
    expect(request?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(request?.rawBody).toBe(JSON.stringify(example.body));
  });
});

describe("the shared fields", () => {
  it("quotes, tracks and guards by identity hash, in that order, before the type", async () => {
    await api.sendMessage({
      to: USER,
      text: "hi",
      replyToMessageId: WAMID,
      tracker: "order-42",
      identityKeyHash: "DF2lS5v2W6x=",
    });
    expect(seen[0]?.rawBody).toBe(
      JSON.stringify({
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: USER,
        context: { message_id: WAMID },
        biz_opaque_callback_data: "order-42",
        recipient_identity_key_hash: "DF2lS5v2W6x=",
        type: "text",
        text: { body: "hi" },
      }),
    );
  });

  it("sends from `sender` instead of the default phone number id", async () => {
    const sent = await api.sendMessage({ to: USER, text: "hi", sender: "109876543210" });
    expect(seen[0]?.path).toBe("/v26.0/109876543210/messages");
    expect(sent.fromPhoneId).toBe("109876543210");
  });

  it("sends a template (or any type tswa does not model) with sendRawMessage", async () => {
    await api.sendRawMessage({
      to: USER,
      type: "template",
      content: { name: "hello_world", language: { code: "en_US" } },
    });
    expect(seen[0]?.rawBody).toBe(
      JSON.stringify({
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: USER,
        type: "template",
        template: { name: "hello_world", language: { code: "en_US" } },
      }),
    );
  });
});

describe("the other building blocks", () => {
  it("a ContactInfoRequestButton sends what requestContactInfo sends", async () => {
    const text = "Please share your phone number so we can look up your order.";
    await api.sendMessage({ to: USER, text, buttons: new ContactInfoRequestButton() });
    expect(seen[0]?.rawBody).toBe(JSON.stringify(meta.contactInfoRequest.body));
  });

  it("a VideoCarouselCard has a video header", async () => {
    const buttons = new URLButton({ title: "Watch", url: "https://example.com/w" });
    await api.sendCarousel({
      to: USER,
      body: "Clips",
      cards: [
        new VideoCarouselCard({ video: "https://example.com/1.mp4", buttons }),
        new VideoCarouselCard({ video: "https://example.com/2.mp4", buttons }),
      ],
    });
    expect(seen[0]?.body).toMatchObject({ interactive: { type: "carousel" } });
    const body = seen[0]?.body as { interactive: { action: { cards: unknown[] } } };
    expect(body.interactive.action.cards[1]).toEqual({
      card_index: 1,
      type: "cta_url",
      header: { type: "video", video: { link: "https://example.com/2.mp4" } },
      action: {
        name: "cta_url",
        parameters: { display_text: "Watch", url: "https://example.com/w" },
      },
    });
  });

  it("a document with buttons keeps its file name in the header", async () => {
    await api.sendDocument({
      to: USER,
      document: "1376223850470843",
      filename: "menu.pdf",
      caption: "Our menu",
      buttons: new FlowButton({ title: "Order", flowId: "1" }),
    });
    expect(seen[0]?.body).toMatchObject({
      interactive: {
        type: "flow",
        header: { type: "document", document: { id: "1376223850470843", filename: "menu.pdf" } },
        body: { text: "Our menu" },
      },
    });
  });

  it("a video header by link on a text message with reply buttons", async () => {
    await api.sendMessage({
      to: USER,
      header: { video: { link: "https://example.com/v.mp4" } },
      text: "Watch this",
      buttons: [new Button({ title: "Nice", callbackData: "nice" })],
    });
    expect(seen[0]?.body).toMatchObject({
      interactive: { header: { type: "video", video: { link: "https://example.com/v.mp4" } } },
    });
  });
});
