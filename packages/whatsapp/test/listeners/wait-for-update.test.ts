import {
  ListenerCanceled,
  ListenerStopped,
  ListenerTimeout,
  MemoryListenerStore,
  type Message,
  User,
} from "tswa";
import { describe, expect, it } from "vitest";
import { recordingClient } from "../fixtures/deliver.js";
import { statusOf, text, textFromBoth, textFromBsuid } from "../fixtures/listener-webhooks.js";
import { PHONE_ID, USER } from "../fixtures/webhooks.js";

const isText = (body: string) => (u: { kind: string; text?: unknown }) =>
  u.kind === "message" && u.text === body;

/** A client whose message handler records the texts it was given. */
function clientWithHandler(options: Parameters<typeof recordingClient>[0] = {}) {
  const client = recordingClient(options);
  const handled: string[] = [];
  client.wa.onMessage((msg) => {
    handled.push(msg.text ?? msg.type);
  });
  return { ...client, handled };
}

describe("wa.waitForUpdate (pywa's listen)", () => {
  it("resolves with the first update from the user that the filters pass; it never reaches the handlers", async () => {
    const { wa, post, handled } = clientWithHandler();
    const answer = wa.waitForUpdate({ from: USER, filters: isText("42") });
    await post(text("hello"));
    await post(text("42"));
    await post(text("after"));
    const update = await answer;
    expect(update.kind).toBe("message");
    expect((update as Message).text).toBe("42");
    // What the listener did not want went on to the handlers, as in pywa.
    expect(handled).toEqual(["hello", "after"]);
  });

  it("without filters takes the user's next update, whatever its kind", async () => {
    const { wa, post, handled } = clientWithHandler();
    const answer = wa.waitForUpdate({ from: USER });
    await post(statusOf("delivered", "wamid.sent1"));
    expect((await answer).kind).toBe("messageStatus");
    await post(text("next"));
    expect(handled).toEqual(["next"]);
  });

  it("waits only for its user: updates from others go to the handlers", async () => {
    const { wa, post, handled } = clientWithHandler();
    const answer = wa.waitForUpdate({ from: "972500000000", timeout: 50 });
    await post(text("from someone else"));
    expect(handled).toEqual(["from someone else"]);
    await expect(answer).rejects.toBeInstanceOf(ListenerTimeout);
  });

  it("takes a User (msg.from) and matches a user who hides their number by BSUID", async () => {
    const { wa, post } = clientWithHandler();
    const noa = new User({ userId: "IL.15", username: "@noa" });
    const answer = wa.waitForUpdate({ from: noa });
    await post(textFromBsuid("shalom", "IL.15"));
    const update = await answer;
    expect(update.from.userId).toBe("IL.15");
    expect(update.from.waId).toBeUndefined();
  });

  it("matches an update carrying both ids whichever of them the listener was given", async () => {
    const { wa, post } = clientWithHandler();
    const byBsuid = wa.waitForUpdate({ from: "US.7" });
    await post(textFromBoth("one", "US.7"));
    expect((await byBsuid).from.waId).toBe(USER);
    const byNumber = wa.waitForUpdate({ from: USER });
    await post(textFromBoth("two", "US.7"));
    expect((await byNumber).from.userId).toBe("US.7");
  });

  it("with phoneId waits on that business number only", async () => {
    const { wa, post, handled } = clientWithHandler({ filterUpdates: false });
    const answer = wa.waitForUpdate({ from: USER, phoneId: PHONE_ID });
    await post(text("on another number", { phoneId: "999" }));
    await post(text("on ours"));
    expect(((await answer) as Message).text).toBe("on ours");
    expect(handled).toEqual(["on another number"]);
  });

  it("takes async filters, and a filter that throws rejects the listener with its error", async () => {
    const { wa, post, handled } = clientWithHandler();
    const answer = wa.waitForUpdate({
      from: USER,
      filters: async (u) => (u as Message).text === "async yes",
    });
    await post(text("async no"));
    await post(text("async yes"));
    expect(((await answer) as Message).text).toBe("async yes");
    expect(handled).toEqual(["async no"]);

    const failing = wa.waitForUpdate({
      from: USER,
      filters: () => {
        throw new RangeError("bad filter");
      },
    });
    await post(text("boom"));
    await expect(failing).rejects.toThrow(RangeError);
    expect(handled).toEqual(["async no"]);
  });

  it("holds back the user's other actions with ignoreUpdates, but not statuses", async () => {
    const { wa, post, handled, updates } = clientWithHandler();
    const statuses: string[] = [];
    wa.onMessageStatus((s) => {
      statuses.push(s.status);
    });
    const answer = wa.waitForUpdate({ from: USER, filters: isText("yes"), ignoreUpdates: true });
    await post(text("chit-chat"));
    await post(statusOf("read", "wamid.sent1"));
    await post(text("yes"));
    await answer;
    expect(handled).toEqual([]);
    expect(statuses).toEqual(["read"]);
    // Events still see everything, as pywa's raw update handler does.
    expect(updates.map((u) => u.kind)).toEqual(["message", "messageStatus", "message"]);
  });
});

describe("ending a listener", () => {
  it("rejects with ListenerCanceled carrying the update that matched a canceler, which skips the handlers", async () => {
    const { wa, post, handled } = clientWithHandler();
    const answer = wa.waitForUpdate({
      from: USER,
      filters: isText("42"),
      cancelers: isText("stop-it-now"),
    });
    await post(text("stop-it-now"));
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListenerCanceled);
    expect((error as ListenerCanceled).update.kind).toBe("message");
    expect(((error as ListenerCanceled).update as Message).text).toBe("stop-it-now");
    expect(handled).toEqual([]);
    // The user's text stays out of the error's message and its enumerable fields.
    expect((error as Error).message).toBe("a message update matched the listener's cancelers");
    expect(JSON.stringify(error)).not.toContain("stop-it-now");
  });

  it("cancelers win over filters when an update passes both (a cancel word is never taken as the answer)", async () => {
    const { wa, post } = clientWithHandler();
    const answer = wa.waitForUpdate({ from: USER, cancelers: isText("cancel") });
    await post(text("cancel"));
    await expect(answer).rejects.toBeInstanceOf(ListenerCanceled);
  });

  it("rejects with ListenerTimeout after `timeout` ms, and forgets the listener", async () => {
    const store = new MemoryListenerStore();
    const { wa, post, handled } = clientWithHandler({ listenerStore: store });
    const answer = wa.waitForUpdate({ from: USER, timeout: 20 });
    expect(store.size).toBe(1);
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListenerTimeout);
    expect((error as ListenerTimeout).timeout).toBe(20);
    expect(store.size).toBe(0);
    await post(text("late"));
    expect(handled).toEqual(["late"]);
  });

  it("wa.stopListening(user, reason) rejects with ListenerStopped and says whether one was waiting", async () => {
    const { wa, post, handled } = clientWithHandler();
    const answer = wa.waitForUpdate({ from: USER });
    expect(await wa.stopListening(USER, "the user left")).toBe(true);
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListenerStopped);
    expect((error as ListenerStopped).reason).toBe("the user left");
    expect(await wa.stopListening(USER)).toBe(false);
    await post(text("hi"));
    expect(handled).toEqual(["hi"]);
  });

  it("stops by User too, finding the listener by either id", async () => {
    const { wa } = clientWithHandler();
    const answer = wa.waitForUpdate({ from: "US.7" });
    expect(await wa.stopListening(new User({ waId: USER, userId: "US.7" }))).toBe(true);
    await expect(answer).rejects.toBeInstanceOf(ListenerStopped);
  });

  it("an AbortSignal stops it with reason 'aborted' and the signal's reason as cause", async () => {
    const { wa } = clientWithHandler();
    const controller = new AbortController();
    const answer = wa.waitForUpdate({ from: USER, signal: controller.signal });
    controller.abort(new Error("user navigated away"));
    const error = (await answer.catch((e: unknown) => e)) as ListenerStopped;
    expect(error).toBeInstanceOf(ListenerStopped);
    expect(error.reason).toBe("aborted");
    expect((error.cause as Error).message).toBe("user navigated away");
    await expect(
      wa.waitForUpdate({ from: USER, signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(ListenerStopped);
  });

  it("wa.close() rejects every pending listener, and any later one, with ListenerStopped (reason 'closed')", async () => {
    const { wa } = clientWithHandler();
    const first = wa.waitForUpdate({ from: USER });
    const second = wa.waitForUpdate({ from: "972500000000" });
    await wa.close({ timeout: 100 });
    const later = wa.waitForUpdate({ from: USER, timeout: 60_000 });
    for (const answer of [first, second, later]) {
      const error = (await answer.catch((e: unknown) => e)) as ListenerStopped;
      expect(error).toBeInstanceOf(ListenerStopped);
      expect(error.reason).toBe("closed");
    }
  });

  it("wa.close() lets a handler waiting on a listener finish instead of waiting out the timeout", async () => {
    const { wa, post } = recordingClient();
    const outcome: string[] = [];
    wa.onMessage(async (msg) => {
      try {
        await wa.waitForUpdate({ from: msg.from, timeout: 60_000 });
      } catch (error) {
        outcome.push((error as ListenerStopped).reason ?? "");
      }
    });
    const handling = post(text("start"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await wa.close({ timeout: 5_000 });
    await handling;
    expect(outcome).toEqual(["closed"]);
  });
});

describe("races", () => {
  it("two listeners for one user: the newer replaces the older, which rejects with ListenerStopped('replaced')", async () => {
    const { wa, post } = clientWithHandler();
    const older = wa.waitForUpdate({ from: USER });
    const newer = wa.waitForUpdate({ from: USER });
    const error = (await older.catch((e: unknown) => e)) as ListenerStopped;
    expect(error).toBeInstanceOf(ListenerStopped);
    expect(error.reason).toBe("replaced");
    await post(text("for the newer"));
    expect(((await newer) as Message).text).toBe("for the newer");
  });

  it("a listener and a handler: the listener takes the update; with continueHandling: true the handlers see it too", async () => {
    const plain = clientWithHandler();
    const taken = plain.wa.waitForUpdate({ from: USER });
    await plain.post(text("mine"));
    await taken;
    expect(plain.handled).toEqual([]);

    const shared = clientWithHandler({ continueHandling: true });
    const seen = shared.wa.waitForUpdate({ from: USER });
    await shared.post(text("ours"));
    expect(((await seen) as Message).text).toBe("ours");
    expect(shared.handled).toEqual(["ours"]);
  });

  it("an update that arrived before waitForUpdate was called is not the listener's: the handlers had it", async () => {
    const { wa, post, handled } = clientWithHandler();
    await post(text("too early"));
    const answer = wa.waitForUpdate({ from: USER, timeout: 30 });
    await expect(answer).rejects.toBeInstanceOf(ListenerTimeout);
    expect(handled).toEqual(["too early"]);
  });

  it("two updates racing through an async filter: the first to pass wins, the other goes to the handlers", async () => {
    const { wa, post, handled } = clientWithHandler();
    const answer = wa.waitForUpdate({
      from: USER,
      filters: async (u) => {
        await new Promise((resolve) =>
          setTimeout(resolve, (u as Message).text === "slow" ? 30 : 1),
        );
        return true;
      },
    });
    await Promise.all([post(text("slow")), post(text("fast"))]);
    expect(((await answer) as Message).text).toBe("fast");
    expect(handled).toEqual(["slow"]);
  });

  it("a listener that timed out is replaced cleanly: the store keeps the newer one", async () => {
    const store = new MemoryListenerStore();
    const { wa, post } = clientWithHandler({ listenerStore: store });
    const older = wa.waitForUpdate({ from: USER, timeout: 10 });
    const newer = wa.waitForUpdate({ from: USER });
    await expect(older).rejects.toBeInstanceOf(ListenerStopped);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.size).toBe(1);
    await post(text("still heard"));
    expect(((await newer) as Message).text).toBe("still heard");
    expect(store.size).toBe(0);
  });
});

describe("bad arguments", () => {
  it("throws a TypeError naming the option", () => {
    const { wa } = clientWithHandler();
    expect(() => wa.waitForUpdate({ from: "" })).toThrow(/`from` must be/);
    // @ts-expect-error from is required
    expect(() => wa.waitForUpdate({})).toThrow(TypeError);
    expect(() => wa.waitForUpdate({ from: USER, timeout: 0 })).toThrow(/`timeout`/);
    expect(() => wa.waitForUpdate({ from: USER, timeout: Number.NaN })).toThrow(/`timeout`/);
    expect(() => wa.waitForUpdate({ from: USER, timeout: 2 ** 31 })).toThrow(/`timeout`/);
    // @ts-expect-error a filter is a function
    expect(() => wa.waitForUpdate({ from: USER, filters: ["text"] })).toThrow(/`filters`/);
    // @ts-expect-error a canceler is a function
    expect(() => wa.waitForUpdate({ from: USER, cancelers: 1 })).toThrow(/`cancelers`/);
  });
});
