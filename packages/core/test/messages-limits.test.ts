import {
  Button,
  Contact,
  FlowButton,
  ImageCarouselCard,
  MESSAGE_LIMITS,
  type MessageLimitName,
  MessageValidationError,
  ProductsSection,
  Section,
  SectionList,
  SectionRow,
  URLButton,
  VoiceCallButton,
} from "@tswa/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messagesApi, useGraph } from "./graph-handlers.js";

const { seen } = useGraph();
const api = messagesApi();
const to = "16505551234";
const x = (n: number) => "x".repeat(n);
const row = (i: number) => new SectionRow({ title: `Row ${i}`, callbackData: `row-${i}` });
const reply = (i: number) => new Button({ title: `B${i}`, callbackData: `b-${i}` });
const card = (buttons: Button[] | URLButton, body?: string) =>
  new ImageCarouselCard({ image: "https://example.com/a.jpg", body, buttons });
const products = (n: number) => Array.from({ length: n }, (_, i) => `sku-${i}`);

/** [limit, field named in the error, the call that breaks the limit by one] */
const cases: [MessageLimitName, string, () => unknown][] = [
  ["textBody", "text", () => api.sendMessage({ to, text: x(4097) })],
  ["interactiveBody", "text", () => api.sendMessage({ to, text: x(1025), buttons: [reply(1)] })],
  [
    "headerText",
    "header",
    () => api.sendMessage({ to, header: x(61), text: "t", buttons: [reply(1)] }),
  ],
  [
    "footerText",
    "footer",
    () => api.sendMessage({ to, footer: x(61), text: "t", buttons: [reply(1)] }),
  ],
  ["caption", "caption", () => api.sendImage({ to, image: "123", caption: x(1025) })],
  [
    "replyButtons",
    "buttons",
    () => api.sendMessage({ to, text: "t", buttons: [reply(1), reply(2), reply(3), reply(4)] }),
  ],
  ["replyButtonTitle", "title", () => new Button({ title: x(21), callbackData: "id" })],
  ["replyButtonId", "callbackData", () => new Button({ title: "t", callbackData: x(257) })],
  ["ctaDisplayText", "title", () => new URLButton({ title: x(21), url: "https://a.example" })],
  ["listButtonText", "buttonTitle", () => new SectionList({ buttonTitle: x(21), sections: [] })],
  [
    "listSections",
    "sections",
    () =>
      new SectionList({
        buttonTitle: "Open",
        sections: Array.from(
          { length: 11 },
          (_, i) => new Section({ title: `S${i}`, rows: [row(i)] }),
        ),
      }),
  ],
  [
    "listRows",
    "sections[].rows (all sections together)",
    () =>
      new SectionList({
        buttonTitle: "Open",
        sections: [
          new Section({ title: "A", rows: Array.from({ length: 6 }, (_, i) => row(i)) }),
          new Section({ title: "B", rows: Array.from({ length: 5 }, (_, i) => row(i + 6)) }),
        ],
      }),
  ],
  ["sectionTitle", "title", () => new Section({ title: x(25), rows: [row(1)] })],
  ["rowTitle", "title", () => new SectionRow({ title: x(25), callbackData: "r" })],
  [
    "rowDescription",
    "description",
    () => new SectionRow({ title: "t", callbackData: "r", description: x(73) }),
  ],
  ["rowId", "callbackData", () => new SectionRow({ title: "t", callbackData: x(201) })],
  ["flowCta", "title", () => new FlowButton({ title: x(31), flowId: "1" })],
  ["voiceCallDisplayText", "title", () => new VoiceCallButton({ title: x(21) })],
  ["voiceCallTtlMinutes", "ttlMinutes", () => new VoiceCallButton({ ttlMinutes: 43_201 })],
  ["tracker", "tracker", () => api.sendMessage({ to, text: "t", tracker: x(513) })],
  ["latitude", "latitude", () => api.sendLocation({ to, latitude: 90.5, longitude: 0 })],
  ["longitude", "longitude", () => api.sendLocation({ to, latitude: 0, longitude: -180.5 })],
  [
    "contacts",
    "contact",
    () =>
      api.sendContact({
        to,
        contact: Array.from(
          { length: 258 },
          () => new Contact({ name: { formattedName: "A B", firstName: "A" } }),
        ),
      }),
  ],
  ["carouselCards", "cards", () => api.sendCarousel({ to, body: "b", cards: [card([reply(1)])] })],
  ["carouselCardBody", "body", () => card([reply(1)], x(161))],
  ["carouselCardButtons", "buttons", () => card([reply(1), reply(2), reply(3), reply(4)])],
  [
    "productSections",
    "productSections",
    () =>
      api.sendProducts({
        to,
        catalogId: "1",
        title: "t",
        body: "b",
        productSections: Array.from(
          { length: 11 },
          (_, i) => new ProductsSection({ title: `S${i}`, skus: [`sku-${i}`] }),
        ),
      }),
  ],
  ["productItems", "skus", () => new ProductsSection({ title: "t", skus: products(31) })],
  [
    "pinExpirationDays",
    "expirationDays",
    () => api.pinMessage({ to: { groupId: "g" }, messageId: "wamid.1", expirationDays: 31 }),
  ],
];

describe("local validation: every documented limit, before any network call", () => {
  it.each(cases)("%s", async (limit, field, call) => {
    const error = await Promise.resolve()
      .then(call)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(MessageValidationError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ name: "MessageValidationError", field, limit });
    const message = (error as Error).message;
    expect(message).toContain(`\`${field}\``);
    expect(message).toContain(String(MESSAGE_LIMITS[limit].max));
    expect(message).toContain(MESSAGE_LIMITS[limit].source);
    expect(message).not.toContain(x(20));
    expect(seen).toHaveLength(0);
  });

  it("covers every limit of the table", () => {
    expect(new Set(cases.map(([limit]) => limit))).toEqual(new Set(Object.keys(MESSAGE_LIMITS)));
  });

  it("accepts values exactly at each length limit", () => {
    expect(() => new Button({ title: x(20), callbackData: x(256) })).not.toThrow();
    expect(
      () => new SectionRow({ title: x(24), callbackData: x(200), description: x(72) }),
    ).not.toThrow();
    expect(() => new URLButton({ title: x(20), url: "http://a.example" })).not.toThrow();
    expect(() => new VoiceCallButton({ title: x(20), ttlMinutes: 43_200 })).not.toThrow();
    expect(() => new ProductsSection({ title: x(24), skus: products(30) })).not.toThrow();
  });

  it("counts characters as Meta does: an emoji is one character, not two UTF-16 units", () => {
    expect(() => new Button({ title: "🌵".repeat(20), callbackData: "id" })).not.toThrow();
    expect(() => new Button({ title: "🌵".repeat(21), callbackData: "id" })).toThrow(
      /is 21 characters; the limit is 20/,
    );
  });

  it("names the length given and the limit, never the text", () => {
    const secret = `${"Dear customer, your PIN is 4321 ".repeat(3)}`;
    expect(() => new Button({ title: secret, callbackData: "x" })).toThrow(
      /^Button: `title` is 96 characters; the limit is 20 \(https:/,
    );
    expect(() => new Button({ title: secret, callbackData: "x" })).not.toThrow(/PIN/);
  });
});

describe("other local checks", () => {
  const rejects = async (call: () => unknown, pattern: RegExp) => {
    await expect(Promise.resolve().then(call)).rejects.toThrow(pattern);
    expect(seen).toHaveLength(0);
  };

  it("takes only http(s) URLs for buttons and media links", async () => {
    expect(() => new URLButton({ title: "Go", url: "javascript:alert(1)" })).toThrow(/http/);
    expect(() => new URLButton({ title: "Go", url: "example.com" })).toThrow(/http/);
    await rejects(() => api.sendImage({ to, image: "ftp://example.com/a.png" }), /media id/);
    await rejects(() => api.sendImage({ to, image: { link: "file:///etc/passwd" } }), /http/);
  });

  it("takes one emoji as a reaction, or an empty one that removes it", async () => {
    for (const emoji of ["ok", "👍👍", "a👍", " "]) {
      await rejects(
        () => api.sendReaction({ to, emoji, messageId: "wamid.1" }),
        /exactly one emoji/,
      );
    }
    for (const emoji of ["👍", "👍🏽", "🇮🇱", "👨‍👩‍👧", "❤️"]) {
      await api.sendReaction({ to, emoji, messageId: "wamid.1" });
    }
    await api.removeReaction({ to, messageId: "wamid.1" });
    await api.sendReaction({ to, emoji: "", messageId: "wamid.1" });
    expect(seen.at(-1)?.rawBody).toBe(seen.at(-2)?.rawBody);
    expect(seen.at(-1)?.body).toMatchObject({ reaction: { message_id: "wamid.1", emoji: "" } });
  });

  it("refuses a header or footer without buttons, and headers where the type takes none", async () => {
    await rejects(() => api.sendMessage({ to, text: "t", header: "h" }), /needs buttons/);
    await rejects(() => api.sendImage({ to, image: "1", footer: "f" }), /needs buttons/);
    await rejects(
      () => api.sendMessage({ to, text: "t", header: "h", buttons: new VoiceCallButton() }),
      /not supported by voice_call/,
    );
    await rejects(
      () =>
        api.sendMessage({
          to,
          text: "t",
          header: { image: "1" },
          buttons: new SectionList({
            buttonTitle: "Open",
            sections: [new Section({ title: "S", rows: [row(1)] })],
          }),
        }),
      /must be text for list/,
    );
  });

  it("needs a caption when a media message has buttons", async () => {
    await rejects(
      () => api.sendVideo({ to, video: "1", buttons: [reply(1)] }),
      /`caption` is required with buttons/,
    );
  });

  it("wants unique reply titles and row ids, and reply buttons only in an array", async () => {
    await rejects(
      () =>
        api.sendMessage({
          to,
          text: "t",
          buttons: [reply(1), new Button({ title: "B1", callbackData: "other" })],
        }),
      /must be unique/,
    );
    expect(
      () =>
        new SectionList({
          buttonTitle: "Open",
          sections: [new Section({ title: "S", rows: [row(1), row(1)] })],
        }),
    ).toThrow(/unique/);
    await rejects(
      () =>
        api.sendMessage({
          to,
          text: "t",
          buttons: [new URLButton({ title: "a", url: "https://a.example" })] as never,
        }),
      /must be a Button/,
    );
  });

  it("wants the same kind and number of buttons on every carousel card", async () => {
    await rejects(
      () =>
        api.sendCarousel({
          to,
          body: "b",
          cards: [card([reply(1)]), card([reply(1), reply(2)])],
        }),
      /cards\[1\]\.buttons.*same kind and count/,
    );
  });

  it("checks coordinates are numbers, pins are whole days, contacts have a name part", async () => {
    await rejects(() => api.sendLocation({ to, latitude: Number.NaN, longitude: 0 }), /latitude/);
    await rejects(
      () => api.pinMessage({ to: { groupId: "g" }, messageId: "m", expirationDays: 1.5 }),
      /whole number/,
    );
    expect(() => new Contact({ name: { formattedName: "Ada" } })).toThrow(/firstName/);
    expect(
      () => new Contact({ name: { formattedName: "A B", firstName: "A" }, birthday: "23/01/1999" }),
    ).toThrow(/YYYY-MM-DD/);
  });

  it("takes the recipient's kind from its type, never from the string", async () => {
    await rejects(() => api.sendMessage({ to: "", text: "t" }), /`to` must be a non-empty/);
    await rejects(
      () => api.sendMessage({ to: { userId: "US.1", groupId: "g" } as never, text: "t" }),
      /\{ userId \} or \{ groupId \}/,
    );
    // A string that looks like a user id still goes as `to`: the type decides.
    await api.sendMessage({ to: "US.13491208655302741918", text: "t" });
    expect(seen.at(-1)?.body).toMatchObject({
      recipient_type: "individual",
      to: "US.13491208655302741918",
    });
  });
});

describe("any text, hostile or not", () => {
  it("is sent exactly as given when within the limit, and never echoed when refused", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
        async (title) => {
          seen.length = 0;
          const made = await Promise.resolve()
            .then(() => new Button({ title, callbackData: "id" }))
            .catch((e: unknown) => e);
          if (made instanceof Button) {
            await api.sendMessage({ to, text: "t", buttons: [made] });
            const sent = JSON.parse(seen[0]?.rawBody ?? "{}");
            expect(sent.interactive.action.buttons[0].reply.title).toBe(title);
          } else {
            expect(made).toBeInstanceOf(MessageValidationError);
            expect((made as Error).message).not.toContain(title);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
