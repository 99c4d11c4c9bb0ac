import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { TemplatesApi, templates as t, WhatsApp } from "tswa";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const GRAPH = "https://graph.facebook.com/v26.0";
const calls: { method: string; path: string; body: string }[] = [];
const graph = setupServer(
  http.all(`${GRAPH}/*`, async ({ request }) => {
    const url = new URL(request.url);
    calls.push({ method: request.method, path: url.pathname, body: await request.text() });
    if (url.pathname.endsWith("/uploads")) return HttpResponse.json({ id: "upload:abc" });
    if (url.pathname.includes("upload:")) return HttpResponse.json({ h: "4::handle" });
    if (url.pathname.endsWith("/messages")) {
      return HttpResponse.json({
        messaging_product: "whatsapp",
        contacts: [],
        messages: [{ id: "wamid.T" }],
      });
    }
    return HttpResponse.json({ id: "777", status: "PENDING", category: "MARKETING" });
  }),
);
beforeAll(() => graph.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  graph.resetHandlers();
  calls.length = 0;
});
afterAll(() => graph.close());

const wa = new WhatsApp({
  phoneId: "1065",
  token: "EAAG-test",
  businessAccountId: "1022",
  appId: "4242",
});

describe("the facade forwards every template call to wa.templates", () => {
  it("has every TemplatesApi method, bound", async () => {
    expect(wa.templates).toBeInstanceOf(TemplatesApi);
    for (const name of Object.getOwnPropertyNames(TemplatesApi.prototype)) {
      if (name === "constructor") continue;
      expect(typeof (wa as unknown as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("wa.createTemplate uploads a header example to the configured app, then creates", async () => {
    const { createTemplate } = wa;
    const created = await createTemplate(
      new t.Template({
        name: "menu",
        language: "en_US",
        category: "MARKETING",
        components: [
          new t.HeaderImage({ example: new Blob([new Uint8Array([1])], { type: "image/png" }) }),
          new t.BodyText("Today's menu"),
        ],
      }),
    );
    expect(created.id).toBe("777");
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /v26.0/4242/uploads",
      "POST /v26.0/upload:abc",
      "POST /v26.0/1022/message_templates",
    ]);
    expect(JSON.parse(calls[2]?.body ?? "").components[0].example).toEqual({
      header_handle: ["4::handle"],
    });
  });

  it("wa.sendTemplate sends typed parameters", async () => {
    await wa.sendTemplate({
      to: "972987654321",
      name: "menu",
      language: "en_US",
      params: [t.BodyText.params("Pablo")],
    });
    expect(JSON.parse(calls[0]?.body ?? "").template.components).toEqual([
      { type: "body", parameters: [{ type: "text", text: "Pablo" }] },
    ]);
  });

  it("wa.sendTemplate uploads a media header's file to the phone, then sends its id", async () => {
    const { sendTemplate } = wa;
    const pdf = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");
    await sendTemplate({
      to: "972987654321",
      name: "receipt",
      language: "en_US",
      params: [t.HeaderDocument.params({ document: pdf, filename: "Receipt.pdf" })],
    });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /v26.0/1065/media",
      "POST /v26.0/1065/messages",
    ]);
    expect(JSON.parse(calls[1]?.body ?? "").template.components[0].parameters).toEqual([
      { type: "document", document: { id: "777", filename: "Receipt.pdf" } },
    ]);
  });

  it("validates appId like the other ids", () => {
    expect(() => new WhatsApp({ appId: "12ab" })).toThrow(/`appId` must be digits/);
  });
});
