import {
  Button,
  GraphClient,
  ListenerCanceled,
  ListenerTimeout,
  MemoryListenerStore,
  MessagesApi,
  SentMessageWithoutListenersError,
  signPayload,
} from "tswa";
import { describe, expect, it } from "vitest";
import { APP_SECRET, sendingClient } from "../fixtures/deliver.js";
import { choose, completion, press, statusOf, text } from "../fixtures/listener-webhooks.js";
import { USER } from "../fixtures/webhooks.js";

/** A client whose sends answer with wamid.out1, wamid.out2…, and a message handler. */
function client() {
  let sent = 0;
  const c = sendingClient(() => ({
    messaging_product: "whatsapp",
    contacts: [{ input: USER, wa_id: USER }],
    messages: [{ id: `wamid.out${++sent}` }],
  }));
  const handled: string[] = [];
  c.wa.onMessage((msg) => {
    handled.push(msg.text ?? msg.type);
  });
  c.wa.onCallbackButton((btn) => {
    handled.push(`button ${btn.data}`);
  });
  return { ...c, handled };
}

const buttons = [
  new Button({ title: "Yes", callbackData: "yes" }),
  new Button({ title: "No", callbackData: "no" }),
];

describe("SentMessage wait shortcuts", () => {
  it("waitForReply resolves with the user's next message and holds back their other actions meanwhile", async () => {
    const { wa, post, handled } = client();
    const question = await wa.sendMessage({ to: USER, text: "How old are you?" });
    const reply = question.waitForReply({ filters: (m) => /^\d+$/.test(m.text ?? "") });
    await post(press("yes", "wamid.elsewhere"));
    await post(text("not a number"));
    await post(text("42"));
    const age = await reply;
    expect(age.kind).toBe("message");
    expect(age.text).toBe("42");
    // pywa's ignore_updates: what the user did meanwhile did not reach the handlers.
    expect(handled).toEqual([]);
    await post(text("after"));
    expect(handled).toEqual(["after"]);
  });

  it("waitForReply with ignoreUpdates: false lets other messages through, and forceQuote takes only a quote", async () => {
    const { wa, post, handled } = client();
    const question = await wa.sendMessage({ to: USER, text: "Quote me" });
    const reply = question.waitForReply({ forceQuote: true, ignoreUpdates: false });
    await post(text("not quoting"));
    const quoting = text("quoting");
    const value = quoting.entry[0]?.changes[0]?.value as { messages: Record<string, unknown>[] };
    (value.messages[0] as Record<string, unknown>).context = { from: "x", id: question.id };
    await post(quoting);
    expect((await reply).text).toBe("quoting");
    expect(handled).toEqual(["not quoting"]);
  });

  it("waitForClick takes a press of one of this message's buttons only", async () => {
    const { wa, post, handled } = client();
    const older = await wa.sendMessage({ to: USER, text: "Old question", buttons });
    const question = await wa.sendMessage({ to: USER, text: "Sure?", buttons });
    expect(question.id).toBe("wamid.out2");
    const click = question.waitForClick({ ignoreUpdates: false });
    await post(press("yes", older.id));
    await post(press("no", question.id));
    const pressed = await click;
    expect(pressed.kind).toBe("callbackButton");
    expect(pressed.data).toBe("no");
    expect(pressed.replyToMessage?.messageId).toBe(question.id);
    expect(handled).toEqual(["button yes"]);
  });

  it("waitForSelection takes a row of this message's list; waitForCompletion this message's flow", async () => {
    const { wa, post } = client();
    const list = await wa.sendMessage({ to: USER, text: "Pick a size" });
    const chosen = list.waitForSelection({ filters: (s) => s.data !== "xl" });
    await post(choose("xl", list.id));
    await post(choose("m", list.id));
    expect((await chosen).data).toBe("m");

    const flow = await wa.sendMessage({ to: USER, text: "Sign up" });
    const done = flow.waitForCompletion();
    await post(completion("wamid.another-flow", { flow_token: "other" }));
    await post(completion(flow.id, { flow_token: "signup", plan: "pro" }));
    const completed = await done;
    expect(completed.flowToken).toBe("signup");
    expect(completed.response).toEqual({ plan: "pro" });
  });

  it("waitUntilDelivered resolves at this message's delivered (or read) status, and not another's", async () => {
    const { wa, post } = client();
    const hello = await wa.sendMessage({ to: USER, text: "Hello" });
    const delivered = hello.waitUntilDelivered({ timeout: 5_000 });
    await post(statusOf("delivered", "wamid.someone-else"));
    await post(statusOf("sent", hello.id));
    await post(statusOf("read", hello.id));
    const status = await delivered;
    expect(status.kind).toBe("messageStatus");
    expect(status.status).toBe("read");
    expect(status.id).toBe(hello.id);
  });

  it("a failed status of the message cancels waitUntilDelivered (cancelIfFailed, on by default)", async () => {
    const { wa, post } = client();
    const hello = await wa.sendMessage({ to: USER, text: "Hello" });
    const delivered = hello.waitUntilDelivered();
    await post(statusOf("failed", hello.id));
    const error = (await delivered.catch((e: unknown) => e)) as ListenerCanceled;
    expect(error).toBeInstanceOf(ListenerCanceled);
    expect(error.update.kind).toBe("messageStatus");

    const again = await wa.sendMessage({ to: USER, text: "Hello again" });
    const patient = again.waitUntilDelivered({ cancelIfFailed: false, timeout: 30 });
    await post(statusOf("failed", again.id));
    await expect(patient).rejects.toBeInstanceOf(ListenerTimeout);
  });

  it("waitUntilRead waits for read; cancelOnNewUpdate cancels at the user's next action", async () => {
    const { wa, post, handled } = client();
    const note = await wa.sendMessage({ to: USER, text: "Please read" });
    const read = note.waitUntilRead();
    await post(statusOf("delivered", note.id));
    await post(statusOf("read", note.id));
    expect((await read).status).toBe("read");

    const next = await wa.sendMessage({ to: USER, text: "And this" });
    const receipts = next.waitUntilRead({ cancelOnNewUpdate: true });
    await post(text("I read it, receipts are off"));
    const error = (await receipts.catch((e: unknown) => e)) as ListenerCanceled;
    expect(error).toBeInstanceOf(ListenerCanceled);
    expect(error.update.kind).toBe("message");
    expect(handled).toEqual([]);
  });

  it("the user's own cancelers and timeout apply to every shortcut", async () => {
    const { wa, post } = client();
    const question = await wa.sendMessage({ to: USER, text: "Name?" });
    const reply = question.waitForReply({
      cancelers: (u) => u.kind === "message" && u.text === "cancel",
    });
    await post(text("cancel"));
    await expect(reply).rejects.toBeInstanceOf(ListenerCanceled);
    await expect(question.waitForClick({ timeout: 10 })).rejects.toBeInstanceOf(ListenerTimeout);
  });

  it("replies from update shortcuts and from a sent message can wait too", async () => {
    const store = new MemoryListenerStore();
    const { wa } = sendingClient(undefined, { listenerStore: store });
    const answers: string[] = [];
    wa.onMessage("text", async (msg) => {
      if (msg.text !== "start") return;
      const first = await msg.reply("First question?");
      answers.push((await first.waitForReply()).text ?? "");
      const second = await first.reply("Second question?");
      answers.push((await second.waitForReply()).text ?? "");
    });
    // Answered at once; the handler goes on waiting in the background (wa.idle() would wait for it).
    const deliver = (body: unknown) => {
      const json = JSON.stringify(body);
      return wa.handle({
        method: "POST",
        path: "/",
        headers: { "x-hub-signature-256": signPayload(json, APP_SECRET) },
        body: Buffer.from(json),
      });
    };
    await deliver(text("start"));
    await until(() => store.size === 1);
    await deliver(text("one"));
    await until(() => answers.length === 1 && store.size === 1);
    await deliver(text("two"));
    await wa.idle();
    expect(answers).toEqual(["one", "two"]);
    expect(store.size).toBe(0);
  });

  it("rejects with SentMessageWithoutListenersError on a message a bare MessagesApi sent", async () => {
    const messages = new MessagesApi(
      new GraphClient({
        token: "t",
        fetch: async () =>
          new Response(JSON.stringify({ messages: [{ id: "wamid.bare" }] }), { status: 200 }),
      }),
      { phoneId: "1" },
    );
    const sent = await messages.sendMessage({ to: USER, text: "hi" });
    await expect(sent.waitForReply()).rejects.toBeInstanceOf(SentMessageWithoutListenersError);
  });
});

/** Resolves once `condition` holds, checking every few ms (gives up after 2 s). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (!condition()) throw new Error("the condition never held");
}
