import {
  type DownloadedMediaBytes,
  type DownloadedMediaFile,
  type DownloadedMediaStream,
  type FlowCompletion,
  type FlowRequest,
  type FlowsEvent,
  type ImageMedia,
  type Location,
  type MediaObject,
  type Message,
  type MessageStatus,
  type MessagesApi,
  type RawUpdate,
  type Recipient,
  type SentMessage,
  type UpdateClient,
  WhatsApp,
  type WhatsAppError,
} from "tswa";
import { describe, expectTypeOf, it } from "vitest";

const wa = new WhatsApp({ appSecret: "s" });

describe("facade handler types", () => {
  it("narrows a text message to a string text", () => {
    wa.onMessage("text", (msg, client) => {
      expectTypeOf(msg.text).toEqualTypeOf<string>();
      expectTypeOf(msg.type).toEqualTypeOf<"text">();
      expectTypeOf(client).toEqualTypeOf<WhatsApp>();
    });
    wa.onMessage((msg) => {
      expectTypeOf(msg).toEqualTypeOf<Message>();
      expectTypeOf(msg.text).toEqualTypeOf<string | undefined>();
    });
    wa.onMessage("image", (msg) => {
      expectTypeOf(msg.type).toEqualTypeOf<"image">();
      expectTypeOf(msg.image).toEqualTypeOf<ImageMedia>();
      expectTypeOf(msg.caption).toEqualTypeOf<string | undefined>();
    });
    wa.onMessage("location", (msg) => expectTypeOf(msg.location).toEqualTypeOf<Location>());
    wa.onOutgoingMessage("text", (echo) => {
      expectTypeOf(echo.kind).toEqualTypeOf<"outgoingMessage">();
      expectTypeOf(echo.text).toEqualTypeOf<string>();
    });
  });

  it("narrows filters like handlers", () => {
    wa.onMessage(
      "text",
      (msg) => {
        expectTypeOf(msg.text).toEqualTypeOf<string>();
        return msg.text.startsWith("/");
      },
      () => undefined,
    );
    const tokenOf = (flow: FlowCompletion) => flow.flowToken;
    // @ts-expect-error a filter must return a boolean, not the token
    wa.onFlowCompletion(tokenOf, () => undefined);
  });

  it("types each kind of update", () => {
    wa.onFlowCompletion((flow) => {
      expectTypeOf(flow).toEqualTypeOf<FlowCompletion>();
      expectTypeOf(flow.flowToken).toEqualTypeOf<string | undefined>();
      expectTypeOf(flow.response).toEqualTypeOf<Readonly<Record<string, unknown>>>();
    });
    wa.onMessageStatus("failed", (status) => {
      expectTypeOf(status).toMatchTypeOf<MessageStatus>();
      expectTypeOf(status.status).toEqualTypeOf<"failed">();
    });
    wa.onMessageStatus((status) => expectTypeOf(status).toEqualTypeOf<MessageStatus>());
    wa.onRawUpdate("flows", (update) => {
      expectTypeOf(update).toMatchTypeOf<RawUpdate>();
      expectTypeOf(update.field).toEqualTypeOf<"flows">();
    });
  });

  it("narrows button data, template statuses and account events by query", () => {
    wa.onCallbackButton("yes", (btn) => {
      expectTypeOf(btn.data).toEqualTypeOf<"yes">();
      expectTypeOf(btn.title).toEqualTypeOf<string>();
    });
    wa.onTemplateStatusUpdate("REJECTED", (u) =>
      expectTypeOf(u.newStatus).toEqualTypeOf<"REJECTED">(),
    );
    wa.onAccountUpdate("ACCOUNT_VIOLATION", (u) => {
      expectTypeOf(u.event).toEqualTypeOf<"ACCOUNT_VIOLATION">();
    });
    wa.onPhoneNumberChange((change, client) => {
      expectTypeOf(change.newWaId).toEqualTypeOf<string | undefined>();
      expectTypeOf(client).toEqualTypeOf<WhatsApp>();
    });
    // @ts-expect-error onPhoneNumberChange takes no query
    wa.onPhoneNumberChange("x", () => undefined);
    wa.onMessage(() => undefined, { priority: 5 });
  });

  it("types an event per update kind", () => {
    wa.on("callbackSelection", (sel) =>
      expectTypeOf(sel.description).toEqualTypeOf<string | undefined>(),
    );
    wa.on("templateQualityUpdate", (u) =>
      expectTypeOf(u.newQualityScore).toEqualTypeOf<string | undefined>(),
    );
  });

  it("narrows the flows event by name", () => {
    wa.onFlowsEvent("FLOW_STATUS_CHANGE", (event) => {
      expectTypeOf(event.event).toEqualTypeOf<"FLOW_STATUS_CHANGE">();
    });
    wa.onFlowsEvent((event) => expectTypeOf(event).toEqualTypeOf<FlowsEvent>());
  });

  it("types the events", () => {
    wa.on("flowCompletion", (flow) => expectTypeOf(flow).toEqualTypeOf<FlowCompletion>());
    wa.on("error", (error) => expectTypeOf(error).toEqualTypeOf<WhatsAppError>());
    // @ts-expect-error not an event of the client
    wa.on("flowCompleted", () => undefined);
  });

  it("narrows flow requests on the endpoints it creates", () => {
    wa.onFlowRequest("/flow").onDataExchange("SURVEY", (req) => {
      expectTypeOf(req).toMatchTypeOf<FlowRequest>();
      expectTypeOf(req.screen).toEqualTypeOf<"SURVEY">();
      return req.respond({ screen: "NEXT" });
    });
  });
});

describe("one FlowActionType for buttons and Flow JSON actions (as in pywa)", () => {
  it("exports the Flow JSON enum from tswa, and a button takes its two button values", async () => {
    const { FlowActionType, FlowButton } = await import("tswa");
    expectTypeOf(FlowActionType.COMPLETE).toEqualTypeOf<"complete">();
    expectTypeOf(FlowActionType.OPEN_URL).toEqualTypeOf<"open_url">();
    new FlowButton({ title: "Go", flowId: "1", flowActionType: FlowActionType.DATA_EXCHANGE });
    // @ts-expect-error a button cannot complete a flow
    new FlowButton({ title: "Go", flowId: "1", flowActionType: FlowActionType.COMPLETE });
  });
});

describe("the facade's send methods are MessagesApi's", () => {
  it("has the same signatures, and takes the recipient by type", () => {
    expectTypeOf(wa.sendImage).toEqualTypeOf<MessagesApi["sendImage"]>();
    expectTypeOf(wa.sendMessage).returns.resolves.toEqualTypeOf<SentMessage>();
    expectTypeOf<Parameters<typeof wa.sendMessage>[0]["to"]>().toEqualTypeOf<Recipient>();
    // @ts-expect-error a recipient is a string, { userId } or { groupId }
    void wa.sendMessage({ to: { phone: "1" }, text: "x" });
    // @ts-expect-error reply buttons go in an array
    void wa.sendMessage({ to: "1", text: "x", buttons: { title: "a", callbackData: "b" } });
  });
});

describe("the shortcut families share one shape", () => {
  it("the WhatsApp client is an UpdateClient (shortcuts call exactly its methods)", () => {
    expectTypeOf(wa).toExtend<UpdateClient>();
  });

  it("reply(text, options?) on a received update and on a sent message", () => {
    type Reply = (
      text: string,
      options?: { quote?: boolean; previewUrl?: boolean },
    ) => Promise<SentMessage>;
    expectTypeOf<Message["reply"]>().toExtend<Reply>();
    expectTypeOf<SentMessage["reply"]>().toExtend<Reply>();
    expectTypeOf<Parameters<Message["replyImage"]>[0]>().toEqualTypeOf<
      Parameters<SentMessage["replyImage"]>[0]
    >();
  });
});

describe("media download types", () => {
  it("gives each form of downloadMedia its own result", () => {
    expectTypeOf(
      wa.downloadMedia("1", { path: "/tmp/x" }),
    ).resolves.toEqualTypeOf<DownloadedMediaFile>();
    expectTypeOf(
      wa.downloadMedia("1", { to: "buffer" }),
    ).resolves.toEqualTypeOf<DownloadedMediaBytes>();
    expectTypeOf(
      wa.downloadMedia("1", { to: "stream" }),
    ).resolves.toEqualTypeOf<DownloadedMediaStream>();
    expectTypeOf(wa.getMediaBytes("1")).resolves.toEqualTypeOf<Buffer>();
    wa.onMessage("document", async (msg) => {
      expectTypeOf(
        msg.document.download({ path: "/tmp/x" }),
      ).resolves.toEqualTypeOf<DownloadedMediaFile>();
      expectTypeOf(
        msg.document.download({ to: "buffer" }),
      ).resolves.toEqualTypeOf<DownloadedMediaBytes>();
      expectTypeOf(msg.document.filename).toEqualTypeOf<string | undefined>();
    });
    wa.onMessage("audio", (msg) => expectTypeOf(msg.audio.voice).toEqualTypeOf<boolean>());
    wa.onFlowCompletion((flow) =>
      expectTypeOf(flow.getMedia("photo")).toEqualTypeOf<MediaObject>(),
    );
  });

  it("refuses downloadMedia without a path or a form", () => {
    // @ts-expect-error: pass { path } or { to }
    void wa.downloadMedia("1", {});
  });
});
