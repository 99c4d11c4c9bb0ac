import {
  GraphClient,
  TemplateDetails,
  TemplatesApi,
  TemplateValidationError,
  templates as t,
} from "@tswa/core";
import { beforeEach, describe, expect, it } from "vitest";
import { PHONE_ID, TOKEN, useGraph, WABA_ID } from "./graph-handlers.js";
import {
  API,
  APP_ID,
  HANDLE,
  type SeenCall,
  TEMPLATE_ID,
  templateHandlers,
} from "./template-handlers.js";

const { server } = useGraph();
const seen: SeenCall[] = [];
beforeEach(() => {
  seen.length = 0;
  server.use(...templateHandlers(seen));
});

const api = () =>
  new TemplatesApi(new GraphClient({ token: TOKEN, retry: { maxRetries: 0 } }), {
    businessAccountId: WABA_ID,
    appId: APP_ID,
    phoneId: PHONE_ID,
  });

const G = "/v26.0";
const query = (call: SeenCall | undefined) => Object.fromEntries(call?.url.searchParams ?? []);

const promo = () =>
  new t.Template({
    name: "seasonal_promotion",
    language: t.TemplateLanguage.ENGLISH_US,
    category: t.TemplateCategory.MARKETING,
    components: [
      new t.HeaderText("Our {{1}} is on!", "Summer Sale"),
      new t.BodyText("Use code {{1}} to get {{2}} off.", "25OFF", "25%"),
    ],
  });

describe("createTemplate", () => {
  it("posts the template's JSON, byte for byte, to the account's message_templates", async () => {
    const created = await api().createTemplate(promo());
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe("POST");
    expect(seen[0]?.url.pathname).toBe(`${G}/${WABA_ID}/message_templates`);
    expect(seen[0]?.headers.get("content-type")).toBe("application/json");
    expect(seen[0]?.text).toBe(JSON.stringify(promo()));
    expect(created).toEqual({ id: TEMPLATE_ID, status: "PENDING", category: "MARKETING" });
  });

  it("uploads a media header's file first (Resumable Upload API) and sends its handle", async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    const template = new t.Template({
      name: "order_confirmation",
      language: "en_US",
      category: "UTILITY",
      components: [
        new t.HeaderDocument({ example: new Blob([pdf], { type: "application/pdf" }) }),
        new t.BodyText("Thanks {{1}}!", "Pablo"),
      ],
    });
    await api().createTemplate(template);
    const [session, upload, create] = seen;
    expect(session?.url.pathname).toBe(`${G}/${APP_ID}/uploads`);
    expect(query(session)).toEqual({
      file_name: "file",
      file_length: "6",
      file_type: "application/pdf",
    });
    expect(session?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(upload?.url.pathname).toBe(`${G}/upload:MTphdHRhY2htZW50OjlkYzQ3NzA1`);
    expect(query(upload)).toEqual({ sig: "ARZqk4G8tK" });
    expect(upload?.headers.get("authorization")).toBe(`OAuth ${TOKEN}`);
    expect(upload?.headers.get("file_offset")).toBe("0");
    expect([...(upload?.body ?? [])]).toEqual([...pdf]);
    expect(JSON.parse(create?.text ?? "").components[0]).toEqual({
      type: "HEADER",
      format: "DOCUMENT",
      example: { header_handle: [HANDLE] },
    });
    // The template given is left as it was: its example is still the file.
    expect((template.components[0] as t.HeaderDocument).handle).toBeUndefined();
  });

  it("uploads one file once when several carousel cards share it", async () => {
    const image = new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" });
    const card = () =>
      new t.CarouselCard({
        components: [
          new t.HeaderImage({ example: image }),
          new t.Buttons({ buttons: [new t.QuickReplyButton({ text: "More" })] }),
        ],
      });
    await api().createTemplate(
      new t.Template({
        name: "cards",
        language: "en_US",
        category: "MARKETING",
        components: [new t.BodyText("Look"), new t.Carousel({ cards: [card(), card()] })],
      }),
    );
    expect(seen.map((c) => c.url.pathname)).toEqual([
      `${G}/${APP_ID}/uploads`,
      `${G}/upload:MTphdHRhY2htZW50OjlkYzQ3NzA1`,
      `${G}/${WABA_ID}/message_templates`,
    ]);
    const cards = JSON.parse(seen[2]?.text ?? "").components[1].cards;
    expect(
      cards.map((c: { components: { example: unknown }[] }) => c.components[0]?.example),
    ).toEqual([{ header_handle: [HANDLE] }, { header_handle: [HANDLE] }]);
  });

  it("posts a Template Library template with its inputs", async () => {
    await api().createTemplate(
      new t.LibraryTemplate({
        name: "my_delivery_update",
        libraryTemplateName: "delivery_update_1",
        category: "UTILITY",
        language: "en_US",
        libraryTemplateBodyInputs: { addTrackPackageLink: true },
        libraryTemplateButtonInputs: [
          t.URLButton.libraryInput({
            baseUrl: "https://example.com/track/{{1}}",
            urlSuffixExample: "https://example.com/track/42",
          }),
          t.PhoneNumberButton.libraryInput({ phoneNumber: "+15550051310" }),
        ],
      }),
    );
    expect(seen[0]?.text).toBe(
      JSON.stringify({
        name: "my_delivery_update",
        language: "en_US",
        category: "UTILITY",
        library_template_name: "delivery_update_1",
        library_template_body_inputs: { add_track_package_link: true },
        library_template_button_inputs: [
          {
            type: "URL",
            url: {
              base_url: "https://example.com/track/{{1}}",
              url_suffix_example: "https://example.com/track/42",
            },
          },
          { type: "PHONE_NUMBER", phone_number: "+15550051310" },
        ],
      }),
    );
  });
});

describe("reading templates", () => {
  it("getTemplates filters by status, category, language, content and quality, and pages with for await", async () => {
    const names: string[] = [];
    for await (const template of api().getTemplates({
      statuses: ["APPROVED", "PAUSED"],
      categories: [t.TemplateCategory.MARKETING],
      languages: ["en_US", "fr"],
      nameOrContent: "sale",
      qualityScores: ["GREEN"],
      limit: 1,
    })) {
      names.push(template.name);
    }
    expect(names).toEqual(["seasonal_promotion", "second_page"]);
    expect(seen).toHaveLength(2);
    expect(seen[0]?.url.pathname).toBe(`${G}/${WABA_ID}/message_templates`);
    const q = query(seen[0]);
    expect(q).toMatchObject({
      status: "APPROVED,PAUSED",
      category: "MARKETING",
      language: "en_US,fr",
      name_or_content: "sale",
      quality_score: "GREEN",
      limit: "1",
    });
    expect(q.fields?.split(",")).toContain("components");
    expect(query(seen[1]).after).toBe("MQZD");
  });

  it("getTemplate reads the components back into the builder's classes", async () => {
    const template = await api().getTemplate(TEMPLATE_ID);
    expect(seen[0]?.method).toBe("GET");
    expect(seen[0]?.url.pathname).toBe(`${G}/${TEMPLATE_ID}`);
    expect(template).toBeInstanceOf(TemplateDetails);
    expect(template.components[0]).toBeInstanceOf(t.HeaderText);
    expect(template.components[1]).toBeInstanceOf(t.BodyText);
    expect(template.components[2]).toBeInstanceOf(t.Buttons);
    expect(template.qualityScore).toEqual({ score: "GREEN", date: new Date(1700000000 * 1000) });
    expect(template.components.map((c) => JSON.stringify(c))).toEqual(
      template.raw.components.map((c) => JSON.stringify(c)),
    );
  });
});

describe("managing templates", () => {
  it("updateTemplate posts only what changes", async () => {
    const updated = await api().updateTemplate(TEMPLATE_ID, {
      newCategory: "UTILITY",
      newComponents: [new t.BodyText("Your order {{1}} shipped.", "42")],
    });
    expect(seen[0]?.url.pathname).toBe(`${G}/${TEMPLATE_ID}`);
    expect(seen[0]?.text).toBe(
      JSON.stringify({
        category: "UTILITY",
        components: [
          { type: "BODY", text: "Your order {{1}} shipped.", example: { body_text: [["42"]] } },
        ],
      }),
    );
    expect(updated.success).toBe(true);
  });

  it("updateTemplate refuses a call that changes nothing, before any request", async () => {
    await expect(api().updateTemplate(TEMPLATE_ID, {})).rejects.toThrow(TemplateValidationError);
    expect(seen).toHaveLength(0);
  });

  it("deleteTemplate deletes by name, or by name and id", async () => {
    expect(await api().deleteTemplate("seasonal_promotion")).toBe(true);
    await api().deleteTemplate("seasonal_promotion", { templateId: TEMPLATE_ID });
    expect(seen.map((c) => [c.method, c.url.pathname, query(c)])).toEqual([
      ["DELETE", `${G}/${WABA_ID}/message_templates`, { name: "seasonal_promotion" }],
      [
        "DELETE",
        `${G}/${WABA_ID}/message_templates`,
        { name: "seasonal_promotion", hsm_id: TEMPLATE_ID },
      ],
    ]);
  });

  it("archiveTemplates and unarchiveTemplates post the ids to api.facebook.com", async () => {
    const archived = await api().archiveTemplates(["1", "2"]);
    const unarchived = await api().unarchiveTemplates(["1", "2"]);
    expect(seen.map((c) => `${c.url.origin}${c.url.pathname}`)).toEqual([
      `${API}/${WABA_ID}/message_templates/archive`,
      `${API}/${WABA_ID}/message_templates/unarchive`,
    ]);
    expect(seen[0]?.text).toBe('{"hsm_ids":"1,2"}');
    expect(archived).toEqual({ done: ["1", "2"], failed: [] });
    expect(unarchived).toEqual({ done: ["1"], failed: [{ id: "2", reason: "not archived" }] });
  });

  it("compareTemplates sends the ids and the period in seconds, and reads the three metrics", async () => {
    const result = await api().compareTemplates(TEMPLATE_ID, ["2"], {
      start: new Date("2026-01-01T00:00:00Z"),
      end: 1769904000,
    });
    expect(seen[0]?.url.pathname).toBe(`${G}/${TEMPLATE_ID}/compare`);
    expect(query(seen[0])).toEqual({ template_ids: "2", start: "1767225600", end: "1769904000" });
    expect(result).toEqual({
      blockRate: ["2", TEMPLATE_ID],
      timesSent: { [TEMPLATE_ID]: 1200, "2": 800 },
      topBlockReason: { [TEMPLATE_ID]: "SPAM" },
    });
  });

  it("migrateTemplates posts to the destination with the source and page in the query", async () => {
    const result = await api().migrateTemplates({
      sourceBusinessAccountId: "104996122399160",
      pageNumber: 0,
    });
    expect(seen[0]?.url.pathname).toBe(`${G}/${WABA_ID}/migrate_message_templates`);
    expect(query(seen[0])).toEqual({ source_waba_id: "104996122399160", page_number: "0" });
    expect(result).toEqual({
      migrated: ["1473688840035974"],
      failed: [{ id: "1589009858132881", reason: "Template is not approved" }],
    });
  });

  it("unpauseTemplate posts to the template's unpause edge", async () => {
    expect(await api().unpauseTemplate(TEMPLATE_ID)).toEqual({ success: true, reason: undefined });
    expect([seen[0]?.method, seen[0]?.url.pathname]).toEqual([
      "POST",
      `${G}/${TEMPLATE_ID}/unpause`,
    ]);
  });

  it("upsertAuthenticationTemplate posts one template for every language", async () => {
    const created = await api().upsertAuthenticationTemplate({
      name: "login_code",
      languages: ["en_US", "fr"],
      otpButton: new t.CopyCodeOTPButton({ text: "Copy Code" }),
      addSecurityRecommendation: true,
      codeExpirationMinutes: 5,
    });
    expect(seen[0]?.url.pathname).toBe(`${G}/${WABA_ID}/upsert_message_templates`);
    expect(seen[0]?.text).toBe(
      JSON.stringify({
        name: "login_code",
        languages: ["en_US", "fr"],
        category: "AUTHENTICATION",
        components: [
          { type: "BODY", add_security_recommendation: true },
          { type: "FOOTER", code_expiration_minutes: 5 },
          { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE", text: "Copy Code" }] },
        ],
      }),
    );
    expect(created.map((c) => c.language)).toEqual(["en_US", "fr"]);
  });

  it("TemplateDetails shortcuts call the same edges", async () => {
    const template = await api().getTemplate(TEMPLATE_ID);
    seen.length = 0;
    await template.unpause();
    await template.delete();
    await template.archive();
    expect(seen.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      `POST ${G}/${TEMPLATE_ID}/unpause`,
      `DELETE ${G}/${WABA_ID}/message_templates`,
      `POST /v26.0/${WABA_ID}/message_templates/archive`,
    ]);
    expect(query(seen[1])).toEqual({ name: "seasonal_promotion", hsm_id: TEMPLATE_ID });
  });

  it("a call without a business account says which option is missing", async () => {
    const bare = new TemplatesApi(new GraphClient({ token: TOKEN }));
    await expect(bare.createTemplate(promo())).rejects.toThrow(/businessAccountId/);
  });
});
