import {
  MemoryDedupStore,
  type Message,
  parseWebhook,
  type UpdateDedupStore,
  UpdateWithoutClientError,
  WebhookDedupStoreError,
} from "tswa";
import { describe, expect, it, vi } from "vitest";
import { recordingClient, sendingClient } from "./fixtures/deliver.js";
import { PYWA_UPDATE_FILES, pywaPayload } from "./fixtures/pywa-updates.js";
import {
  envelope,
  messagesValue,
  PHONE_ID,
  status,
  textMessage,
  USER,
} from "./fixtures/webhooks.js";

const oneText = (text = "hi", id = "wamid.one") =>
  envelope([{ field: "messages", value: messagesValue({ messages: [textMessage(text, id)] }) }]);

describe("handler order: priority, stopHandling, continueHandling, sharedData (as pywa)", () => {
  it("tries higher priorities first, equal ones in the order added; the first match takes it", async () => {
    const { wa, post } = recordingClient();
    const got: string[] = [];
    wa.onMessage(() => got.push("0a"));
    wa.onMessage(() => got.push("5"), { priority: 5 });
    wa.onMessage(() => got.push("0b"));
    wa.onMessage(() => got.push("-1"), { priority: -1 });
    await post(oneText());
    expect(got).toEqual(["5"]);
  });

  it("with continueHandling: true runs every matching handler, until one calls stopHandling()", async () => {
    const { wa, post } = recordingClient({ continueHandling: true });
    const got: string[] = [];
    wa.onMessage(() => got.push("first"), { priority: 2 });
    wa.onMessage(
      () => false,
      () => got.push("filtered out"),
      { priority: 1 },
    );
    wa.onMessage((msg) => {
      got.push("stopper");
      msg.stopHandling();
    });
    wa.onMessage(() => got.push("never"));
    await post(oneText());
    expect(got).toEqual(["first", "stopper"]);
  });

  it("continueHandling() hands the update to the next handler, which sees the shared data", async () => {
    const { wa, errors, post } = recordingClient();
    const got: unknown[] = [];
    wa.onMessage((msg) => {
      msg.sharedData.user = { id: 7 };
      msg.continueHandling();
    });
    wa.onMessage((msg) => got.push(msg.sharedData.user));
    wa.onMessage(() => got.push("never"));
    await post(oneText());
    expect(got).toEqual([{ id: 7 }]);
    expect(errors).toEqual([]);
  });

  it("rejects a priority that is not a finite number, and a query where none is taken", () => {
    const { wa } = recordingClient();
    expect(() => wa.onMessage(() => undefined, { priority: Number.NaN })).toThrow(/finite number/);
    // @ts-expect-error onChatOpened takes no query
    expect(() => wa.onChatOpened("x", () => undefined)).toThrow(/takes no query/);
  });
});

describe("duplicate updates (webhooks are delivered at least once)", () => {
  it("handles a message once however often it arrives, and each status of it once", async () => {
    const { updates, post } = recordingClient();
    await post(oneText());
    await post(oneText());
    const statuses = (s: string) =>
      envelope([{ field: "messages", value: messagesValue({ statuses: [status(s)] }) }]);
    await post(statuses("delivered"));
    await post(statuses("read"));
    await post(statuses("read"));
    expect(updates.map((u) => u.kind)).toEqual(["message", "messageStatus", "messageStatus"]);
  });

  it("skips the raw update of a change that was all duplicates", async () => {
    const { wa, post } = recordingClient();
    const raws: string[] = [];
    wa.onRawUpdate((raw) => raws.push(raw.field));
    await post(oneText());
    await post(oneText());
    expect(raws).toEqual(["messages"]);
  });

  it("handles duplicates again with skipDuplicateUpdates: false", async () => {
    const { updates, post } = recordingClient({ skipDuplicateUpdates: false });
    await post(oneText());
    await post(oneText());
    expect(updates).toHaveLength(2);
  });

  it("asks a custom store, and handles the update when the store fails", async () => {
    const keys: string[] = [];
    const store: UpdateDedupStore = {
      async seen(key) {
        keys.push(key);
        if (key.includes("down")) throw new Error("redis unavailable");
        return false;
      },
    };
    const { updates, errors, post } = recordingClient({ dedupStore: store });
    await post(oneText("a", "wamid.a"));
    await post(oneText("b", "wamid.down"));
    expect(keys).toEqual(["message:wamid.a", "message:wamid.down"]);
    expect(updates).toHaveLength(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(WebhookDedupStoreError);
  });

  it("the memory store is bounded (least recently seen go first) and forgets after its ttl", () => {
    const store = new MemoryDedupStore({ maxSize: 2 });
    expect([store.seen("a"), store.seen("b"), store.seen("a")]).toEqual([false, false, true]);
    store.seen("c"); // evicts b, the least recently seen
    expect(store.size).toBe(2);
    expect([store.seen("a"), store.seen("b")]).toEqual([true, false]);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const short = new MemoryDedupStore({ ttl: 60_000 });
      short.seen("x");
      vi.setSystemTime(Date.now() + 59_999);
      expect(short.seen("x")).toBe(true);
      vi.setSystemTime(Date.now() + 60_001);
      expect(short.seen("x")).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("updates for other phone numbers (filterUpdates, as pywa)", () => {
  it("skips typed updates about another phoneId but still delivers the raw update", async () => {
    const { wa, updates, post } = recordingClient({ phoneId: "999" });
    const raws: string[] = [];
    wa.onRawUpdate((raw) => raws.push(raw.field));
    await post(oneText());
    expect(updates).toEqual([]);
    expect(raws).toEqual(["messages"]);
  });

  it("delivers them for its own phoneId, or for any with filterUpdates: false", async () => {
    const own = recordingClient({ phoneId: PHONE_ID });
    await own.post(oneText());
    expect(own.updates).toHaveLength(1);
    const all = recordingClient({ phoneId: "999", filterUpdates: false });
    await all.post(oneText());
    expect(all.updates).toHaveLength(1);
  });
});

describe("shortcuts on updates", () => {
  it("reply() sends to the sender from the number the message arrived on, quoting when asked", async () => {
    const { wa, requests, post } = sendingClient();
    wa.onMessage("text", async (msg) => {
      await msg.reply("plain");
      await msg.replyText("quoted", { quote: true, previewUrl: true });
    });
    await post(oneText());
    expect(requests).toHaveLength(2);
    for (const { url } of requests)
      expect(new URL(url).pathname).toMatch(new RegExp(`/${PHONE_ID}/messages$`));
    expect(requests.map((r) => r.body)).toEqual([
      {
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: USER,
        type: "text",
        text: { body: "plain" },
      },
      {
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: USER,
        context: { message_id: "wamid.one" },
        type: "text",
        text: { body: "quoted", preview_url: true },
      },
    ]);
  });

  it("replyTemplate() sends the template to the sender", async () => {
    const { wa, requests, post } = sendingClient();
    wa.onMessage((msg) => msg.replyTemplate({ name: "welcome", language: "en_US", quote: true }));
    await post(oneText());
    expect(requests[0]?.body).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: USER,
      context: { message_id: "wamid.one" },
      type: "template",
      template: { name: "welcome", language: { code: "en_US" } },
    });
  });

  it("a reply to a username user goes to their BSUID", async () => {
    const { wa, requests, post } = sendingClient();
    wa.onMessage((msg) => msg.reply("hello"));
    const value = {
      messaging_product: "whatsapp",
      metadata: { phone_number_id: PHONE_ID },
      contacts: [{ profile: { name: "Noa", username: "@noa" }, user_id: "IL.15" }],
      messages: [
        { from_user_id: "IL.15", id: "wamid.u", timestamp: "1", type: "text", text: { body: "x" } },
      ],
    };
    await post(envelope([{ field: "messages", value }]));
    // Meta's `recipient` field, never a BSUID in `to` (which takes phone numbers).
    expect(requests[0]?.body).toMatchObject({ recipient: "IL.15", text: { body: "hello" } });
    expect(requests[0]?.body).not.toHaveProperty("to");
  });

  it("an update parsed without a client says what its shortcut needs", async () => {
    const parsed = parseWebhook(oneText());
    const msg = parsed?.updates[1] as Message;
    await expect(async () => msg.reply("x")).rejects.toThrow(UpdateWithoutClientError);
    await expect(async () => msg.reply("x")).rejects.toThrow(/replyText\(\) needs a client/);
  });
});

describe("every on… method of the facade", () => {
  it("gets the updates of its own kind, from each of pywa's example payloads", async () => {
    const { wa, errors, post } = recordingClient({ skipDuplicateUpdates: false });
    const methods = [
      "onMessage",
      "onCallbackButton",
      "onCallbackSelection",
      "onFlowCompletion",
      "onMessageStatus",
      "onGroupMessageStatuses",
      "onPhoneNumberChange",
      "onIdentityChange",
      "onEditedMessage",
      "onDeletedMessage",
      "onOutgoingMessage",
      "onOutgoingEditedMessage",
      "onOutgoingDeletedMessage",
      "onCallConnect",
      "onCallTerminate",
      "onCallStatus",
      "onCallPermissionUpdate",
      "onUserMarketingPreferences",
      "onAccountUpdate",
      "onTemplateStatusUpdate",
      "onTemplateCategoryUpdate",
      "onTemplateQualityUpdate",
      "onTemplateComponentsUpdate",
    ] as const;
    const got = new Map<string, Set<string>>();
    for (const method of methods) {
      const register = wa[method] as (handler: (update: { kind: string }) => void) => unknown;
      register((update) => {
        const kinds = got.get(method) ?? new Set();
        got.set(method, kinds.add(update.kind));
      });
    }
    for (const file of PYWA_UPDATE_FILES) {
      const walk = async (node: unknown): Promise<void> => {
        if (typeof node !== "object" || node === null) return;
        if ("entry" in node) expect(await post(node)).toBe(200);
        for (const [key, value] of Object.entries(node)) if (key !== "entry") await walk(value);
      };
      await walk(pywaPayload(file));
    }
    expect(errors).toEqual([]);
    for (const method of methods) {
      const kind = method.slice(2, 3).toLowerCase() + method.slice(3);
      expect([method, [...(got.get(method) ?? [])]]).toEqual([method, [kind]]);
    }
  });
});
