import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningServer } from "@tswa/flows/node";
import { WhatsApp } from "tswa";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tswa } from "./fixtures.js";

const APP_SECRET = "cli-webhook-app-secret";
let server: RunningServer;
let url: string;
const seen: string[] = [];

beforeAll(async () => {
  const wa = new WhatsApp({ appSecret: APP_SECRET, awaitHandlers: true });
  wa.on("error", () => undefined);
  wa.onMessage((msg) => void seen.push(`message:${msg.type}:${msg.from.waId}:${msg.text ?? ""}`));
  wa.onMessageStatus((status) => void seen.push(`status:${status.status}`));
  wa.onFlowCompletion(
    (flow) => void seen.push(`flow:${flow.flowToken}:${JSON.stringify(flow.response)}`),
  );
  server = await wa.listen();
  url = `${server.url}/`;
});
afterAll(() => server.close());
beforeEach(() => {
  seen.length = 0;
});

describe("tswa simulate webhook", () => {
  it("sends the five kinds, signed with $WHATSAPP_APP_SECRET, and exits 0 when all were answered 200", async () => {
    const run = await tswa(["simulate", "webhook", url], { WHATSAPP_APP_SECRET: APP_SECRET });
    expect(run.code).toBe(0);
    expect(seen).toEqual([
      "message:text:16505551234:Hello",
      "message:image:16505551234:",
      "message:interactive:16505551234:",
      "flow:unused:{}",
      "status:delivered",
    ]);
    expect(run.stderr).toBe(`sending 5 webhooks to ${url} (signed with the app secret)…\n`);
    expect(run.stdout).toMatch(
      /^── text ──\n {2}sent: {5}\{"from":"16505551234","id":"wamid\.[^"]+","timestamp":"\d+","type":"text","text":\{"body":"Hello"\}\}\n {2}answered: HTTP 200 "OK"\n\n── image ──/,
    );
    expect(run.stdout).toContain("\nall 5 webhooks were answered HTTP 200\n");
    expect(run.stdout).not.toContain(APP_SECRET);
  });

  it("takes --kind, --from, --name, --text, --response and --flow-token", async () => {
    const run = await tswa([
      "simulate",
      "webhook",
      url,
      "--app-secret",
      APP_SECRET,
      "--kind",
      "text,flow-completion",
      "--from",
      "447700900123",
      "--text",
      "Hi",
      "--response",
      '{"name":"Ada"}',
      "--flow-token",
      "sign-up:447700900123",
    ]);
    expect(run.code).toBe(0);
    expect(seen).toEqual([
      "message:text:447700900123:Hi",
      'flow:sign-up:447700900123:{"name":"Ada"}',
    ]);
    expect(run.stdout).toContain("all 2 webhooks were answered HTTP 200");
  });

  it("posts the body of --json as it is", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "tswa-webhook-")), "saved.json");
    writeFileSync(
      file,
      JSON.stringify({
        object: "whatsapp_business_account",
        entry: [
          {
            id: "1",
            changes: [
              {
                field: "messages",
                value: {
                  messaging_product: "whatsapp",
                  metadata: { display_phone_number: "1", phone_number_id: "2" },
                  statuses: [{ id: "wamid.x", status: "sent", timestamp: "1", recipient_id: "3" }],
                },
              },
            ],
          },
        ],
      }),
    );
    const run = await tswa(["simulate", "webhook", url, "--json", file], {
      WHATSAPP_APP_SECRET: APP_SECRET,
    });
    expect(run.code).toBe(0);
    expect(seen).toEqual(["status:sent"]);
    expect(run.stdout).toContain("the webhook was answered HTTP 200");
  });

  it("says to export WHATSAPP_APP_SECRET when the unsigned webhooks were answered 401", async () => {
    const run = await tswa(["simulate", "webhook", url, "--kind", "text"]);
    expect(run.code).toBe(1);
    expect(seen).toEqual([]);
    expect(run.stderr.split("\n")).toEqual([
      `sending a webhook to ${url} (unsigned: no app secret given)…`,
      "tswa: simulate webhook: 1 of 1 webhooks failed: text (HTTP 401)",
      "hint: 401: the server checks X-Hub-Signature-256 and the webhooks were not signed: pass --app-secret, or export WHATSAPP_APP_SECRET in this terminal too",
      "",
    ]);
  });

  it("says where webhooks are served when the path is wrong (404)", async () => {
    const run = await tswa(["simulate", "webhook", `${server.url}/webhook`, "--kind", "status"], {
      WHATSAPP_APP_SECRET: APP_SECRET,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "hint: 404: nothing is served on this path: webhooks are served on the client's webhookEndpoint (default /)",
    );
  });

  it.each([
    [
      ["--kind", "video"],
      'unknown --kind "video": use text, image, button, flow-completion, status',
    ],
    [["--json", "a.json", "--kind", "text"], "pass --json or --kind, not both"],
    [["--response", "[]"], '--response must be a JSON object, such as {"name":"Ada"}'],
  ])("exits 2 on a usage error: %j", async (args, message) => {
    const run = await tswa(["simulate", "webhook", url, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").slice(0, 2)).toEqual([
      `tswa: simulate webhook: ${message}`,
      "usage: tswa simulate webhook <url> [--kind <kinds>] [--from <wa id>] [options]",
    ]);
  });

  it("shows its own help after the subcommand", async () => {
    const run = await tswa(["simulate", "webhook", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Plays WhatsApp's side of webhooks/);
  });
});
