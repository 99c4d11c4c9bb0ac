import {
  type CallbackButton,
  type CallbackSelection,
  type FlowCompletion,
  filters,
  type ListenableUpdate,
  type ListenerCanceled,
  type Message,
  type MessageStatus,
  type SentMessage,
  type TextMessage,
  type WhatsApp,
} from "tswa";
import { describe, expectTypeOf, it } from "vitest";

declare const wa: WhatsApp;
declare const sent: SentMessage;
const isText = (m: Message): m is TextMessage => m.type === "text";
const isMessage = (u: ListenableUpdate): u is Message => u.kind === "message";

describe("listener types", () => {
  it("waitForUpdate resolves with an update from a user, narrowed by type-guard filters", () => {
    expectTypeOf(wa.waitForUpdate({ from: "1" })).resolves.toEqualTypeOf<ListenableUpdate>();
    expectTypeOf(
      wa.waitForUpdate({ from: "1", filters: isMessage }),
    ).resolves.toEqualTypeOf<Message>();
    expectTypeOf(
      wa.waitForUpdate({ from: "1", filters: [isMessage, (u) => u.wabaId !== ""] }),
    ).resolves.toEqualTypeOf<Message>();
    // TypeScript infers the predicate of `(u) => u.kind === "message"` itself.
    expectTypeOf(
      wa.waitForUpdate({ from: "1", filters: (u) => u.kind === "message" }),
    ).resolves.toEqualTypeOf<Message>();
    expectTypeOf(
      wa.waitForUpdate({ from: "1", filters: (u) => u.wabaId !== "" }),
    ).resolves.toEqualTypeOf<ListenableUpdate>();
  });

  it("each SentMessage shortcut resolves with its update, and filters see that type", () => {
    expectTypeOf(sent.waitForReply()).resolves.toEqualTypeOf<Message>();
    expectTypeOf(sent.waitForReply({ filters: isText })).resolves.toEqualTypeOf<TextMessage>();
    sent.waitForReply({ filters: (m) => expectTypeOf(m).toEqualTypeOf<Message>() !== undefined });
    expectTypeOf(sent.waitForClick()).resolves.toEqualTypeOf<CallbackButton>();
    sent.waitForClick({ filters: (b) => b.data === "yes" });
    expectTypeOf(sent.waitForSelection()).resolves.toEqualTypeOf<CallbackSelection>();
    expectTypeOf(sent.waitForCompletion()).resolves.toEqualTypeOf<FlowCompletion>();
    expectTypeOf(sent.waitUntilDelivered()).resolves.toEqualTypeOf<MessageStatus>();
    expectTypeOf(
      sent.waitUntilRead({ cancelOnNewUpdate: true }),
    ).resolves.toEqualTypeOf<MessageStatus>();
  });

  it("ListenerCanceled carries the update that canceled", () => {
    expectTypeOf<ListenerCanceled["update"]>().toEqualTypeOf<ListenableUpdate>();
  });

  it("rejects filters of another update type", () => {
    // @ts-expect-error a click's filters take a CallbackButton, not a Message
    sent.waitForClick({ filters: isText });
  });
});

describe("with the filters module", () => {
  it("narrows by filters.* guards and combinators as handlers do", () => {
    expectTypeOf(sent.waitForReply({ filters: filters.text })).resolves.toEqualTypeOf<
      filters.Narrowed<Message, typeof filters.text>
    >();
    sent.waitForReply({ filters: filters.text }).then((m) => expectTypeOf(m.text).toBeString());
    wa.waitForUpdate({ from: "1", filters: filters.callbackButton }).then((b) =>
      expectTypeOf(b.data).toBeString(),
    );
    wa.waitForUpdate({ from: "1", filters: filters.or(filters.image, filters.video) }).then((m) =>
      expectTypeOf(m.kind).toEqualTypeOf<"message">(),
    );
  });
});
