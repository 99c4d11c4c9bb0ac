import {
  type ListenerRecord,
  type ListenerStore,
  ListenerStoreError,
  MemoryListenerStore,
  type Message,
} from "tswa";
import { describe, expect, it } from "vitest";
import { recordingClient } from "../fixtures/deliver.js";
import { text } from "../fixtures/listener-webhooks.js";
import { PHONE_ID, USER } from "../fixtures/webhooks.js";

/** A store that answers every call with a promise, as a shared one (Redis, a database) does. */
function asyncStore() {
  const inner = new MemoryListenerStore();
  const calls: string[] = [];
  const later = <T>(value: () => T) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value()), 1));
  const store: ListenerStore = {
    put: (user, record) => {
      calls.push(`put ${user}`);
      return later(() => inner.put(user, record));
    },
    get: (user) => {
      calls.push(`get ${user}`);
      return later(() => inner.get(user));
    },
    delete: (user, id) => {
      calls.push(`delete ${user}`);
      return later(() => inner.delete(user, id));
    },
  };
  return { store, inner, calls };
}

describe("the listener store", () => {
  it("records one plain record per user while a listener waits, and forgets it after", async () => {
    const records: [string, ListenerRecord][] = [];
    const inner = new MemoryListenerStore();
    const store: ListenerStore = {
      put: (user, record) => {
        records.push([user, record]);
        return inner.put(user, record);
      },
      get: (user) => inner.get(user),
      delete: (user, id) => inner.delete(user, id),
    };
    const { wa, post } = recordingClient({ listenerStore: store });
    const before = Date.now();
    const answer = wa.waitForUpdate({ from: USER, phoneId: PHONE_ID, timeout: 60_000 });
    const [[user, record]] = records as [[string, ListenerRecord]];
    expect(user).toBe(USER);
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(record.phoneId).toBe(PHONE_ID);
    expect(record.expiresAt).toBeGreaterThanOrEqual(before + 60_000);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    await post(text("hi"));
    await answer;
    expect(inner.size).toBe(0);
  });

  it("works with a store that answers with promises", async () => {
    const { store, inner, calls } = asyncStore();
    const { wa, post } = recordingClient({ listenerStore: store });
    const handled: string[] = [];
    wa.onMessage((msg) => {
      handled.push(msg.text ?? "");
    });
    const answer = wa.waitForUpdate({ from: USER, filters: (u) => (u as Message).text === "yes" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await post(text("no"));
    await post(text("yes"));
    expect(((await answer) as Message).text).toBe("yes");
    expect(handled).toEqual(["no"]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(inner.size).toBe(0);
    expect(calls).toEqual([`put ${USER}`, `get ${USER}`, `get ${USER}`, `delete ${USER}`]);
  });

  it("reports a store that fails on lookup and hands the update to the handlers", async () => {
    const inner = new MemoryListenerStore();
    const store: ListenerStore = {
      put: (user, record) => inner.put(user, record),
      get: () => Promise.reject(new Error("connection reset")),
      delete: (user, id) => inner.delete(user, id),
    };
    const { wa, post, errors } = recordingClient({ listenerStore: store });
    const handled: string[] = [];
    wa.onMessage((msg) => {
      handled.push(msg.text ?? "");
    });
    const answer = wa.waitForUpdate({ from: USER, timeout: 30 });
    await post(text("hi"));
    expect(handled).toEqual(["hi"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ListenerStoreError);
    expect(errors[0]?.message).toContain("connection reset");
    await answer.catch(() => undefined);
  });

  it("rejects the listener when the store cannot record it", async () => {
    const store: ListenerStore = {
      put: () => {
        throw new Error("read-only replica");
      },
      get: () => undefined,
      delete: () => undefined,
    };
    const { wa } = recordingClient({ listenerStore: store });
    await expect(wa.waitForUpdate({ from: USER })).rejects.toThrow("read-only replica");
  });

  it("is checked at construction", () => {
    expect(
      () =>
        recordingClient({ listenerStore: { get: () => undefined } as unknown as ListenerStore }).wa,
    ).toThrow(/listenerStore/);
  });
});
