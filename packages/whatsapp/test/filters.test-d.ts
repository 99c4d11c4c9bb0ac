import {
  type AudioMedia,
  type CallbackButton,
  CallbackData,
  type CallbackSelection,
  type Filters,
  filters,
  type ImageMedia,
  type Location,
  type Message,
  type MessageStatus,
  type ReplyToMessage,
  type TextMessage,
  type Update,
  type UpdateFilter,
  type VideoMedia,
  WhatsApp,
} from "tswa";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";

const wa = new WhatsApp({ appSecret: "s" });

describe("type-guard filters narrow the handler's update", () => {
  it("a message-type filter sets the content field", () => {
    wa.onMessage(filters.image, (msg) => {
      expectTypeOf(msg.image).toEqualTypeOf<ImageMedia>();
      expectTypeOf(msg.type).toEqualTypeOf<"image">();
      expectTypeOf(msg.kind).toEqualTypeOf<"message">();
    });
    wa.onMessage(filters.voice, (msg) => expectTypeOf(msg.voice).toEqualTypeOf<AudioMedia>());
    wa.onMessage(filters.currentLocation, (msg) =>
      expectTypeOf(msg.location).toEqualTypeOf<Location>(),
    );
    wa.onOutgoingMessage(filters.text, (echo) => {
      expectTypeOf(echo.text).toEqualTypeOf<string>();
      expectTypeOf(echo.kind).toEqualTypeOf<"outgoingMessage">();
    });
  });

  it("a list of filters, or and(), narrows by every guard in it", () => {
    wa.onMessage([filters.text, filters.reply, (msg) => msg.from.waId !== undefined], (msg) => {
      expectTypeOf(msg.text).toEqualTypeOf<string>();
      expectTypeOf(msg.replyToMessage).toEqualTypeOf<ReplyToMessage>();
    });
    wa.onMessage(filters.and(filters.image, filters.hasCaption), (msg) => {
      expectTypeOf(msg.image).toEqualTypeOf<ImageMedia>();
      expectTypeOf(msg.caption).toEqualTypeOf<string>();
    });
    wa.onMessage([filters.image, async (msg: Message) => msg.id !== ""], (msg) =>
      expectTypeOf(msg.image).toEqualTypeOf<ImageMedia>(),
    );
  });

  it("or() narrows to one of the guards; not() and async combinations narrow nothing", () => {
    wa.onMessage(filters.or(filters.image, filters.video), (msg) => {
      expectTypeOf(msg.type).toEqualTypeOf<"image" | "video">();
      expectTypeOf(msg.media).toEqualTypeOf<
        | ImageMedia
        | VideoMedia
        | AudioMedia
        | NonNullable<Message["document"]>
        | NonNullable<Message["sticker"]>
        | undefined
      >();
    });
    wa.onMessage(filters.not(filters.image), (msg) => expectTypeOf(msg).toEqualTypeOf<Message>());
    wa.onMessage(
      filters.and(filters.image, async () => true),
      (msg) => expectTypeOf(msg.image).toEqualTypeOf<ImageMedia | undefined>(),
    );
  });

  it("plain filters and handlers without filters keep the update type", () => {
    wa.onMessage(
      (msg) => msg.text === "hi",
      (msg) => expectTypeOf(msg).toEqualTypeOf<Message>(),
    );
    wa.onMessage(filters.matches("hi"), (msg) => expectTypeOf(msg).toEqualTypeOf<Message>());
    wa.onMessage((msg) => expectTypeOf(msg).toEqualTypeOf<Message>());
  });

  it("your own type guard narrows like the built-in ones", () => {
    const isText = (msg: Message): msg is TextMessage => msg.type === "text";
    wa.onMessage(isText, (msg) => expectTypeOf(msg.text).toEqualTypeOf<string>());
  });

  it("a query and filters narrow together", () => {
    wa.onMessage("text", filters.reply, (msg) => {
      expectTypeOf(msg.text).toEqualTypeOf<string>();
      expectTypeOf(msg.replyToMessage).toEqualTypeOf<ReplyToMessage>();
    });
    wa.onMessageStatus(filters.read, (s) => expectTypeOf(s.status).toEqualTypeOf<"read">());
    wa.onMessageStatus(filters.withTracker, (s) => expectTypeOf(s.tracker).toEqualTypeOf<string>());
    wa.onFlowCompletion(filters.flowToken("t"), (f) =>
      expectTypeOf(f.flowToken).toEqualTypeOf<string>(),
    );
  });

  it("guards narrow any update, as listeners receive them", () => {
    const update = {} as Update;
    if (filters.callbackButton(update)) expectTypeOf(update).toEqualTypeOf<CallbackButton>();
    if (filters.image(update)) expectTypeOf(update.image).toEqualTypeOf<ImageMedia>();
    if (filters.read(update)) expectTypeOf(update).toMatchTypeOf<MessageStatus>();
    if (filters.or(filters.callbackButton, filters.callbackSelection)(update))
      expectTypeOf(update).toEqualTypeOf<CallbackButton | CallbackSelection>();
  });

  it("every filter is still an UpdateFilter, for listeners and handlers alike", () => {
    expectTypeOf(filters.image).toMatchTypeOf<UpdateFilter<Update>>();
    expectTypeOf(filters.matches("x")).toMatchTypeOf<UpdateFilter<Message>>();
    expectTypeOf(filters.and(filters.text, async () => true)).toMatchTypeOf<
      UpdateFilter<Message>
    >();
    expectTypeOf([filters.text, filters.fromUsers("1")]).toMatchTypeOf<Filters<Message>>();
  });
});

describe("CallbackData types", () => {
  class Order extends CallbackData("order", {
    id: z.number(),
    size: z.enum(["S", "M"]),
    note: z.string().optional(),
  }) {
    get label() {
      return `${this.id}`;
    }
  }
  const Vote = CallbackData("vote", { up: z.boolean() });
  type Vote = InstanceType<typeof Vote>;

  it("fields are typed from the schema, and parse() returns the subclass", () => {
    const order = new Order({ id: 1, size: "M" });
    expectTypeOf(order.size).toEqualTypeOf<"S" | "M">();
    expectTypeOf(order.note).toEqualTypeOf<string | undefined>();
    expectTypeOf(Order.parse("order~1~M~")).toEqualTypeOf<Order>();
    expectTypeOf(Order.tryParse("x")).toEqualTypeOf<Order | undefined>();
    expectTypeOf(Vote.parse("vote~1").up).toEqualTypeOf<boolean>();
    // @ts-expect-error: "L" is not a size
    new Order({ id: 1, size: "L" });
  });

  it("handlers registered with a class get the field typed as it", () => {
    wa.onCallbackButton(Order, (btn) => {
      expectTypeOf(btn.data).toEqualTypeOf<Order>();
      expectTypeOf(btn.data.label).toEqualTypeOf<string>();
      expectTypeOf(btn.title).toEqualTypeOf<string>();
    });
    wa.onCallbackSelection(Vote, [(sel) => sel.data.up], (sel) =>
      expectTypeOf(sel.data).toEqualTypeOf<Vote>(),
    );
    wa.onMessageStatus(Order, filters.read, (s) => {
      expectTypeOf(s.tracker).toEqualTypeOf<Order>();
      expectTypeOf(s.status).toEqualTypeOf<"read">();
    });
    wa.onCallbackButton("yes", (btn) => expectTypeOf(btn.data).toEqualTypeOf<"yes">());
  });
});
