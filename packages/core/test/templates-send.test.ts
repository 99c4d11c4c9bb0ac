import {
  GraphClient,
  ProductsSection,
  TemplateFlowButton,
  TemplateParamCountMismatch,
  TemplatesApi,
  TemplateValidationError,
  templates as t,
} from "@tswa/core";
import { HttpResponse, http } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import {
  GRAPH,
  graphErrorBody,
  messagesApi,
  PHONE_ID,
  TOKEN,
  useGraph,
  WABA_ID,
} from "./graph-handlers.js";
import { type SeenCall, TEMPLATE_ID, templateHandlers } from "./template-handlers.js";

const { server, seen: messages } = useGraph();
const seen: SeenCall[] = [];
beforeEach(() => {
  seen.length = 0;
  server.use(...templateHandlers(seen));
});

const USER = "16505551234";
const sent = () => messages[0]?.rawBody;

describe("sendTemplate: typed parameters go out as Meta documents them", () => {
  it("text header and body parameters, positional and named, with currency and date", async () => {
    await messagesApi().sendTemplate({
      to: USER,
      name: "order_update",
      language: "en_US",
      params: [
        t.HeaderText.params("Summer Sale"),
        t.BodyText.params({
          first_name: "Pablo",
          total: new t.Currency({ fallbackValue: "$100.99", code: "USD", amount1000: 100990 }),
          when: new t.DateTime({ fallbackValue: "February 25, 1977" }),
        }),
      ],
    });
    expect(messages[0]?.path).toBe(`/v26.0/${PHONE_ID}/messages`);
    expect(sent()).toBe(
      JSON.stringify({
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: USER,
        type: "template",
        template: {
          name: "order_update",
          language: { code: "en_US" },
          components: [
            { type: "header", parameters: [{ type: "text", text: "Summer Sale" }] },
            {
              type: "body",
              parameters: [
                { type: "text", text: "Pablo", parameter_name: "first_name" },
                {
                  type: "currency",
                  currency: { fallback_value: "$100.99", code: "USD", amount_1000: 100990 },
                  parameter_name: "total",
                },
                {
                  type: "date_time",
                  date_time: { fallback_value: "February 25, 1977" },
                  parameter_name: "when",
                },
              ],
            },
          ],
        },
      }),
    );
  });

  it("media, location and product headers, buttons, offer and carousel parameters", async () => {
    const expiry = new Date("2026-12-31T23:59:00Z");
    await messagesApi().sendTemplate({
      to: USER,
      name: "everything",
      language: "en_US",
      params: [
        t.HeaderDocument.params({
          document: "https://example.com/receipt.pdf",
          filename: "receipt.pdf",
        }),
        t.LimitedTimeOffer.params({ expirationTime: expiry }),
        t.CopyCodeButton.params({ couponCode: "CARIBE25", index: 0 }),
        t.URLButton.params({ urlVariable: "n3mtql", index: 1 }),
        t.QuickReplyButton.params({ callbackData: "stop", index: 2 }),
        t.CatalogButton.params({ thumbnailProductSku: "sku-1", index: 3 }),
        t.MPMButton.params({
          productSections: [new ProductsSection({ title: "Popular", skus: ["a", "b"] })],
          thumbnailProductSku: "a",
          index: 4,
        }),
        t.FlowButton.params({ index: 5, flowToken: "tok" }),
        t.Carousel.params({
          cards: [
            t.CarouselCard.params({
              index: 0,
              params: [
                t.HeaderImage.params({ image: "1013859600285441" }),
                t.URLButton.params({ urlVariable: "x", index: 1 }),
              ],
            }),
            t.CarouselCard.params({
              index: 1,
              params: [t.HeaderProduct.params({ catalogId: "cat", sku: "s" })],
            }),
          ],
        }),
      ],
    });
    const components = JSON.parse(sent() ?? "").template.components;
    expect(components).toEqual([
      {
        type: "header",
        parameters: [
          {
            type: "document",
            document: { link: "https://example.com/receipt.pdf", filename: "receipt.pdf" },
          },
        ],
      },
      {
        type: "limited_time_offer",
        parameters: [
          {
            type: "limited_time_offer",
            limited_time_offer: { expiration_time_ms: expiry.getTime() },
          },
        ],
      },
      {
        type: "button",
        sub_type: "copy_code",
        index: "0",
        parameters: [{ type: "coupon_code", coupon_code: "CARIBE25" }],
      },
      {
        type: "button",
        sub_type: "url",
        index: "1",
        parameters: [{ type: "text", text: "n3mtql" }],
      },
      {
        type: "button",
        sub_type: "quick_reply",
        index: "2",
        parameters: [{ type: "payload", payload: "stop" }],
      },
      {
        type: "button",
        sub_type: "catalog",
        index: "3",
        parameters: [{ type: "action", action: { thumbnail_product_retailer_id: "sku-1" } }],
      },
      {
        type: "button",
        sub_type: "mpm",
        index: "4",
        parameters: [
          {
            type: "action",
            action: {
              thumbnail_product_retailer_id: "a",
              sections: [
                {
                  title: "Popular",
                  product_items: [{ product_retailer_id: "a" }, { product_retailer_id: "b" }],
                },
              ],
            },
          },
        ],
      },
      {
        type: "button",
        sub_type: "flow",
        index: "5",
        parameters: [{ type: "action", action: { flow_token: "tok" } }],
      },
      {
        type: "carousel",
        cards: [
          {
            card_index: 0,
            components: [
              {
                type: "header",
                parameters: [{ type: "image", image: { id: "1013859600285441" } }],
              },
              {
                type: "button",
                sub_type: "url",
                index: "1",
                parameters: [{ type: "text", text: "x" }],
              },
            ],
          },
          {
            card_index: 1,
            components: [
              {
                type: "header",
                parameters: [
                  { type: "product", product: { catalog_id: "cat", product_retailer_id: "s" } },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it("authentication: the code fills the body and the OTP button", async () => {
    await messagesApi().sendTemplate({
      to: USER,
      name: "login_code",
      language: "en_US",
      params: [
        t.AuthenticationBody.params({ otp: "123456" }),
        t.CopyCodeOTPButton.params({ otp: "123456" }),
      ],
    });
    expect(JSON.parse(sent() ?? "").template.components).toEqual([
      { type: "body", parameters: [{ type: "text", text: "123456" }] },
      {
        type: "button",
        sub_type: "url",
        index: "0",
        parameters: [{ type: "text", text: "123456" }],
      },
    ]);
  });

  it("keeps 0.1's `components` with a TemplateFlowButton and raw JSON working", async () => {
    await messagesApi().sendTemplate({
      to: USER,
      name: "book",
      language: "en_US",
      components: [new TemplateFlowButton({ flowToken: "b-42" }), { type: "body", parameters: [] }],
    });
    expect(JSON.parse(sent() ?? "").template.components).toEqual([
      {
        type: "button",
        sub_type: "flow",
        index: "0",
        parameters: [{ type: "action", action: { flow_token: "b-42" } }],
      },
      { type: "body", parameters: [] },
    ]);
  });

  it("useMmLiteApi sends through marketing_messages, with message_activity_sharing", async () => {
    const message = await messagesApi().sendTemplate({
      to: USER,
      name: "promo",
      language: "en_US",
      useMmLiteApi: true,
      messageActivitySharing: false,
    });
    expect(seen[0]?.url.pathname).toBe(`/v26.0/${PHONE_ID}/marketing_messages`);
    expect(seen[0]?.text).toBe(
      JSON.stringify({
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: USER,
        type: "template",
        template: { name: "promo", language: { code: "en_US" } },
        message_activity_sharing: false,
      }),
    );
    expect(message.id).toBe("wamid.MMLITE");
  });

  it("a tap target goes out with the parameters and passes the template check", async () => {
    const built = new t.Template({
      name: "sale",
      language: "en_US",
      category: "MARKETING",
      components: [new t.HeaderImage({ example: "4::img" }), new t.BodyText("Big sale today")],
    });
    await messagesApi().sendTemplate({
      to: USER,
      template: built,
      useMmLiteApi: true,
      params: [
        t.HeaderImage.params({ image: "https://example.com/sale.jpg" }),
        new t.TapTargetConfiguration({ title: "Shop the sale", url: "https://example.com/sale" }),
      ],
    });
    expect(JSON.parse(seen[0]?.text ?? "").template.components[1]).toEqual({
      type: "tap_target_configuration",
      parameters: [
        {
          type: "tap_target_configuration",
          tap_target_configuration: [{ url: "https://example.com/sale", title: "Shop the sale" }],
        },
      ],
    });
  });

  it("refuses messageActivitySharing without the MM Lite API", async () => {
    await expect(
      messagesApi().sendTemplate({
        to: USER,
        name: "promo",
        language: "en_US",
        messageActivitySharing: true,
      }),
    ).rejects.toThrow(/useMmLiteApi/);
    expect(messages).toHaveLength(0);
  });
});

describe("sendTemplate: parameters checked against the template before the call", () => {
  const api = () =>
    new TemplatesApi(new GraphClient({ token: TOKEN, retry: { maxRetries: 0 } }), {
      businessAccountId: WABA_ID,
      phoneId: PHONE_ID,
    });

  it("sends when the parameters fit the fetched template", async () => {
    const template = await api().getTemplate(TEMPLATE_ID);
    await template.send({
      to: USER,
      params: [
        t.HeaderText.params("Winter Sale"),
        t.BodyText.params("COLD", "30%"),
        t.URLButton.params({ urlVariable: "winter", index: 1 }),
      ],
    });
    expect(JSON.parse(sent() ?? "").template.name).toBe("seasonal_promotion");
  });

  it.each([
    [
      "a missing body",
      [t.HeaderText.params("a"), t.URLButton.params({ urlVariable: "x", index: 1 })],
      /BodyText/,
    ],
    [
      "a wrong count",
      [
        t.HeaderText.params("a"),
        t.BodyText.params("only one"),
        t.URLButton.params({ urlVariable: "x", index: 1 }),
      ],
      /takes 2 positional value/,
    ],
    [
      "named values for positional placeholders",
      [
        t.HeaderText.params("a"),
        t.BodyText.params({ code: "x" }),
        t.URLButton.params({ urlVariable: "x", index: 1 }),
      ],
      /positional/,
    ],
    [
      "a button at the wrong index",
      [
        t.HeaderText.params("a"),
        t.BodyText.params("x", "y"),
        t.URLButton.params({ urlVariable: "x", index: 0 }),
      ],
      /buttons\[1\]/,
    ],
    [
      "a parameter with no place",
      [
        t.HeaderText.params("a"),
        t.BodyText.params("x", "y"),
        t.URLButton.params({ urlVariable: "x", index: 1 }),
        t.HeaderImage.params({ image: "123" }),
      ],
      /HeaderImage/,
    ],
  ])(
    "refuses %s with the component named, instead of Graph's 132000",
    async (_, params, message) => {
      const template = await api().getTemplate(TEMPLATE_ID);
      const before = messages.length;
      await expect(template.send({ to: USER, params })).rejects.toThrow(TemplateValidationError);
      await expect(template.send({ to: USER, params })).rejects.toThrow(message);
      expect(messages.length).toBe(before);
    },
  );

  it("checks a Template you built the same way (template:)", async () => {
    const built = new t.Template({
      name: "otp",
      language: "en_US",
      category: "AUTHENTICATION",
      components: [
        new t.AuthenticationBody(),
        new t.Buttons({ buttons: [new t.CopyCodeOTPButton()] }),
      ],
    });
    await expect(
      messagesApi().sendTemplate({
        to: USER,
        template: built,
        params: [t.AuthenticationBody.params({ otp: "1" })],
      }),
    ).rejects.toThrow(/OTPButton/);
  });

  it("a mismatch Graph finds anyway comes back as TemplateParamCountMismatch", async () => {
    server.use(
      http.post(`${GRAPH}/:phone/messages`, () =>
        HttpResponse.json(graphErrorBody(132000), { status: 400 }),
      ),
    );
    await expect(
      messagesApi().sendTemplate({ to: USER, name: "x", language: "en_US" }),
    ).rejects.toBeInstanceOf(TemplateParamCountMismatch);
  });
});
