import fc from "fast-check";
import { type Message, parseWebhook } from "tswa";
import { describe, expect, it } from "vitest";
import { recordingClient } from "../fixtures/deliver.js";
import { PYWA_UPDATE_FILES, pywaPayload } from "../fixtures/pywa-updates.js";
import { envelope, messagesValue, status, textMessage } from "../fixtures/webhooks.js";

/** Every webhook body of pywa's examples. */
function allPayloads(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    if ("entry" in node) out.push(node as Record<string, unknown>);
    for (const value of Object.values(node))
      if (value !== (node as { entry?: unknown }).entry) walk(value);
  };
  for (const file of PYWA_UPDATE_FILES) walk(pywaPayload(file));
  return out;
}

/** Replaces the value at one path of a JSON tree. */
function mutate(node: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof node !== "object" || node === null) return replacement;
  const keys = Object.keys(node);
  if (keys.length === 0) return replacement;
  const key = keys[(path[0] ?? 0) % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(node) ? ([...node] as never) : { ...node };
  copy[key] = mutate((node as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

const hostileValue = fc.oneof(
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constant(""),
  fc.constant("12"),
  fc.constant(Number.NaN),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

describe("hostile shapes", () => {
  const payloads = allPayloads();

  it("reads every one of pywa's 70 example bodies", () => {
    expect(payloads.length).toBeGreaterThanOrEqual(70);
  });

  it("never throws on any field of any example replaced by null, an array, a number, a string…", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: payloads.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 9 }),
        hostileValue,
        (index, path, replacement) => {
          const body = mutate(payloads[index], path, replacement);
          const parsed = parseWebhook(body);
          if (parsed === undefined) return;
          for (const item of parsed.unreadable) {
            expect(typeof item.path).toBe("string");
            expect(item.reason).not.toMatch(/^unexpected/);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("keeps the valid neighbours of a broken message, whatever breaks it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        hostileValue,
        (path, replacement) => {
          const broken = mutate(textMessage("broken", "wamid.b"), path, replacement);
          const body = envelope([
            {
              field: "messages",
              value: messagesValue({
                messages: [textMessage("one", "wamid.1"), broken, textMessage("two", "wamid.2")],
              }),
            },
          ]);
          const texts = parseWebhook(body)
            ?.updates.filter((u): u is Message => u.kind === "message")
            .map((m) => m.text);
          expect(texts?.[0]).toBe("one");
          expect(texts?.[texts.length - 1]).toBe("two");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("accepts numbers as strings and strings as numbers where Meta's samples mix them", () => {
    const body = envelope([
      {
        field: "messages",
        value: messagesValue({
          messages: [{ ...textMessage("n"), timestamp: 1732000000 }],
          statuses: [
            status("sent", {
              timestamp: "1732000200",
              pricing: { billable: "true", category: "service" },
            }),
          ],
        }),
      },
      {
        field: "message_template_status_update",
        value: { event: "APPROVED", message_template_id: 123 },
      },
    ]);
    const parsed = parseWebhook(body);
    expect(parsed?.unreadable).toEqual([]);
    expect(parsed?.updates.map((u) => u.kind)).toEqual([
      "rawUpdate",
      "message",
      "messageStatus",
      "rawUpdate",
      "templateStatusUpdate",
    ]);
  });

  it("delivers 1,000 messages of one POST, in order", async () => {
    const { updates, errors, post } = recordingClient();
    const messages = Array.from({ length: 1000 }, (_, i) => textMessage(`m${i}`, `wamid.${i}`));
    expect(await post(envelope([{ field: "messages", value: messagesValue({ messages }) }]))).toBe(
      200,
    );
    expect(errors).toEqual([]);
    expect(updates).toHaveLength(1000);
    expect((updates as Message[]).map((m) => m.text)).toEqual(messages.map((m) => m.text.body));
  });

  it("answers 400 to bodies that are not webhooks, and 200 to an empty entry list", async () => {
    const { post } = recordingClient();
    expect(await post("[]")).toBe(400);
    expect(await post("null")).toBe(400);
    expect(await post('{"entry":{}}')).toBe(400);
    expect(await post('{"object":"whatsapp_business_account","entry":[]}')).toBe(200);
  });
});
