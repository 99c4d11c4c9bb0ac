import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphError, graphPerTest, TOKEN, tswa } from "./fixtures.js";

const PHONE = "106540352242922";
const serve = graphPerTest({ WHATSAPP_TOKEN: TOKEN, WHATSAPP_PHONE_ID: PHONE });
const sent = () => ({
  body: {
    messaging_product: "whatsapp",
    contacts: [{ input: "972987654321", wa_id: "972987654321" }],
    messages: [{ id: "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA" }],
  },
});
const WAMID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA";

describe("tswa send", () => {
  it("send text POSTs a text message from the phone number and prints the message id", async () => {
    const g = await serve({ [`POST /${PHONE}/messages`]: sent });
    const run = await tswa(["send", "text", "972987654321", "Your order shipped"], g.env);
    expect(run).toEqual({
      code: 0,
      stdout: `sent ${WAMID}\n`,
      stderr: "sending a text message to 972987654321…\n",
    });
    expect(JSON.parse(g.calls[0]!.body)).toMatchObject({
      messaging_product: "whatsapp",
      to: "972987654321",
      type: "text",
      text: { body: "Your order shipped" },
    });
  });

  it("send image sends a link with its caption, and --json prints id and to", async () => {
    const g = await serve({ [`POST /${PHONE}/messages`]: sent });
    const run = await tswa(
      [
        "send",
        "image",
        "972987654321",
        "https://example.com/menu.jpg",
        "--caption",
        "Menu",
        "--json",
      ],
      g.env,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ id: WAMID, to: "972987654321" });
    expect(JSON.parse(g.calls[0]!.body)).toMatchObject({
      type: "image",
      image: { link: "https://example.com/menu.jpg", caption: "Menu" },
    });
  });

  it("send document sends an uploaded media id with its file name", async () => {
    const g = await serve({ [`POST /${PHONE}/messages`]: sent });
    const run = await tswa(
      ["send", "document", "972987654321", "1013859600285441", "--filename", "invoice.pdf"],
      g.env,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(g.calls[0]!.body)).toMatchObject({
      type: "document",
      document: { id: "1013859600285441", filename: "invoice.pdf" },
    });
  });

  it("send document uploads a local file first, then sends its id under the file's name", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "tswa-cli-")), "invoice.pdf");
    writeFileSync(path, "%PDF-1.7\n%%EOF\n");
    const g = await serve({
      [`POST /${PHONE}/media`]: () => ({ body: { id: "4490709327384033" } }),
      [`POST /${PHONE}/messages`]: sent,
    });
    const run = await tswa(["send", "document", "972987654321", path], g.env);
    expect(run.code).toBe(0);
    expect(g.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /${PHONE}/media`,
      `POST /${PHONE}/messages`,
    ]);
    expect(g.calls[0]!.body).toContain('filename="invoice.pdf"\r\nContent-Type: application/pdf');
    expect(g.calls[0]!.body).toContain("%PDF-1.7\n%%EOF\n");
    expect(JSON.parse(g.calls[1]!.body)).toMatchObject({
      type: "document",
      document: { id: "4490709327384033", filename: "invoice.pdf" },
    });
  });

  it("send image with a file that does not exist is a usage error, and nothing is sent", async () => {
    const g = await serve({});
    const run = await tswa(["send", "image", "972987654321", "./no-such-menu.jpg"], g.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read the file to upload (no-such-menu.jpg)");
    expect(g.calls).toEqual([]);
  });

  it("send location sends the coordinates as numbers", async () => {
    const g = await serve({ [`POST /${PHONE}/messages`]: sent });
    const run = await tswa(
      [
        "send",
        "location",
        "972987654321",
        "--latitude",
        "37.4847",
        "--longitude=-122.1473",
        "--name",
        "HQ",
      ],
      g.env,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(g.calls[0]!.body)).toMatchObject({
      type: "location",
      location: { latitude: 37.4847, longitude: -122.1473, name: "HQ" },
    });
  });

  it("exits 2 without calling Graph when an argument is wrong", async () => {
    const g = await serve({});
    const noLat = await tswa(["send", "location", "972987654321", "--longitude", "1"], g.env);
    expect(noLat.code).toBe(2);
    expect(noLat.stderr).toContain("--latitude must be a number of degrees");
    const badMedia = await tswa(["send", "image", "972987654321", "menu.jpg"], g.env);
    expect(badMedia.code).toBe(2);
    const noText = await tswa(["send", "text", "972987654321"], g.env);
    expect(noText.stderr).toContain("missing <text>");
    expect(g.calls).toEqual([]);
  });

  it("exits 1 with Graph's reason when WhatsApp refuses the message", async () => {
    const g = await serve({
      [`POST /${PHONE}/messages`]: () =>
        graphError(400, 131047, "(#131047) Re-engagement message", undefined, {
          error_data: { details: "Message failed to send because more than 24 hours have passed" },
        }),
    });
    const run = await tswa(["send", "text", "972987654321", "Hello again"], g.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("tswa: send text: Graph error 131047");
    expect(run.stderr).not.toContain("Hello again");
  });

  it("needs a phone number id", async () => {
    const run = await tswa(["send", "text", "972987654321", "hi"], { WHATSAPP_TOKEN: TOKEN });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "missing the phone number id: pass --phone-id or set WHATSAPP_PHONE_ID",
    );
  });
});
