import { readFileSync } from "node:fs";
import { templates as t } from "@tswa/core";
import { describe, expect, it } from "vitest";

// The 13 templates of Meta's documentation (as pywa's tests hold them), built with the builder:
// each fixture file must come out byte for byte, key order and indentation included.
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/templates/${name}.json`, import.meta.url), "utf8");

const { ENGLISH_US } = t.TemplateLanguage;
const { MARKETING, UTILITY, AUTHENTICATION } = t.TemplateCategory;
const app = () =>
  new t.OTPSupportedApp({ packageName: "com.example.luckyshrub", signatureHash: "K8a/AINcGX7" });

const authentication = {
  authentication_code_autofill_button: new t.Template({
    name: "authentication_code_autofill_button",
    language: ENGLISH_US,
    category: AUTHENTICATION,
    messageSendTtlSeconds: 60,
    components: [
      new t.AuthenticationBody({ addSecurityRecommendation: true }),
      new t.AuthenticationFooter({ codeExpirationMinutes: 10 }),
      new t.Buttons({
        buttons: [
          new t.OneTapOTPButton({
            text: "Copy Code",
            autofillText: "Autofill",
            supportedApps: [app(), app()],
          }),
        ],
      }),
    ],
  }),
  authentication_code_copy_code_button: new t.Template({
    name: "authentication_code_copy_code_button",
    language: ENGLISH_US,
    category: AUTHENTICATION,
    messageSendTtlSeconds: 60,
    components: [
      new t.AuthenticationBody({ addSecurityRecommendation: true }),
      new t.AuthenticationFooter({ codeExpirationMinutes: 5 }),
      new t.Buttons({ buttons: [new t.CopyCodeOTPButton({ text: "Copy Code" })] }),
    ],
  }),
  zero_tap_auth_template: new t.Template({
    name: "zero_tap_auth_template",
    language: ENGLISH_US,
    category: AUTHENTICATION,
    messageSendTtlSeconds: 60,
    components: [
      new t.AuthenticationBody({ addSecurityRecommendation: true }),
      new t.AuthenticationFooter({ codeExpirationMinutes: 5 }),
      new t.Buttons({
        buttons: [
          new t.ZeroTapOTPButton({
            text: "Copy Code",
            autofillText: "Autofill",
            zeroTapTermsAccepted: true,
            supportedApps: [app()],
          }),
        ],
      }),
    ],
  }),
};

const buttons = {
  seasonal_promotion: new t.Template({
    name: "seasonal_promotion",
    language: ENGLISH_US,
    category: MARKETING,
    components: [
      new t.HeaderText("Our {{1}} is on!", "Summer Sale"),
      new t.BodyText(
        "Shop now through {{1}} and use code {{2}} to get {{3}} off of all merchandise.",
        "the end of August",
        "25OFF",
        "25%",
      ),
      new t.FooterText({ text: "Use the buttons below to manage your MARKETING subscriptions" }),
      new t.Buttons({
        buttons: [
          new t.QuickReplyButton({ text: "Unsubscribe from Promos" }),
          new t.QuickReplyButton({ text: "Unsubscribe from All" }),
        ],
      }),
    ],
  }),
  order_confirmation: new t.Template({
    name: "order_confirmation",
    language: ENGLISH_US,
    category: UTILITY,
    components: [
      new t.HeaderDocument({ example: "4::YX..." }),
      new t.BodyText(
        "Thank you for your order, {{1}}! Your order number is {{2}}. Tap the PDF linked above to view your receipt. If you have any questions, please use the buttons below to contact support. Thank you for being a customer!",
        "Pablo",
        "860198-230332",
      ),
      new t.Buttons({
        buttons: [
          new t.PhoneNumberButton({ text: "Call", phoneNumber: "15550051310" }),
          new t.URLButton({ text: "Contact Support", url: "https://www.luckyshrub.com/support" }),
        ],
      }),
    ],
  }),
  order_delivery_update: new t.Template({
    name: "order_delivery_update",
    language: ENGLISH_US,
    category: UTILITY,
    components: [
      new t.HeaderLocation(),
      new t.BodyText(
        "Good news {{1}}! Your order #{{2}} is on its way to the location above. Thank you for your order!",
        "Mark",
        "566701",
      ),
      new t.FooterText({ text: "To stop receiving delivery updates, tap the button below." }),
      new t.Buttons({ buttons: [new t.QuickReplyButton({ text: "Stop Delivery Updates" })] }),
    ],
  }),
  abandoned_cart_offer: new t.Template({
    name: "abandoned_cart_offer",
    language: ENGLISH_US,
    category: MARKETING,
    components: [
      new t.HeaderProduct(),
      new t.BodyText("Use code {{1}} to get {{2}} off our newest succulent!", "25OFF", "25%"),
      new t.FooterText({ text: "Offer ends September 30, 2024" }),
      new t.Buttons({ buttons: [new t.SPMButton({ text: "View" })] }),
    ],
  }),
  intro_catalog_offer: new t.Template({
    name: "intro_catalog_offer",
    language: ENGLISH_US,
    category: MARKETING,
    components: [
      new t.BodyText(
        "Now shop for your favourite products right here on WhatsApp! Get Rs {{1}} off on all orders above {{2}}Rs! Valid for your first {{3}} orders placed on WhatsApp!",
        "100",
        "400",
        "3",
      ),
      new t.FooterText({ text: "Best grocery deals on WhatsApp!" }),
      new t.Buttons({ buttons: [new t.CatalogButton({ text: "View catalog" })] }),
    ],
  }),
  coupon_code_fall2023_25off: new t.Template({
    name: "coupon_code_fall2023_25off",
    language: ENGLISH_US,
    category: MARKETING,
    components: [
      new t.HeaderText("Our Fall Sale is on!"),
      new t.BodyText(
        "Shop now through November and use code {{1}} to get {{2}} off of all merchandise!",
        "25OFF",
        "25%",
      ),
      new t.Buttons({
        buttons: [
          new t.QuickReplyButton({ text: "Unsubscribe" }),
          new t.CopyCodeButton({ example: "250FF" }),
        ],
      }),
    ],
  }),
  abandoned_cart: new t.Template({
    name: "abandoned_cart",
    language: ENGLISH_US,
    category: MARKETING,
    components: [
      new t.HeaderText("Forget something, {{1}}?", "Pablo"),
      new t.BodyText(
        "Looks like you left these items in your cart, still interested? Use code {{1}} to get 10% off!",
        "10OFF",
      ),
      new t.Buttons({ buttons: [new t.MPMButton({ text: "View items" })] }),
    ],
  }),
};

const mediaCard = (text: string, example: string) =>
  new t.CarouselCard({
    components: [
      new t.HeaderImage({ example: "4::an..." }),
      new t.BodyText(text),
      new t.Buttons({
        buttons: [
          new t.QuickReplyButton({ text: "Send me more like this!" }),
          new t.URLButton({
            text: "Shop",
            url: "https://www.luckyshrub.com/rare-succulents/{{1}}",
            example,
          }),
        ],
      }),
    ],
  });
const productCard = () =>
  new t.CarouselCard({
    components: [
      new t.HeaderProduct(),
      new t.Buttons({ buttons: [new t.SPMButton({ text: "View" })] }),
    ],
  });

const carousel = {
  carousel_template_media_cards_v1: new t.Template({
    name: "carousel_template_media_cards_v1",
    language: ENGLISH_US,
    category: MARKETING,
    components: [
      new t.BodyText(
        "Rare succulents for sale! {{1}}, add these unique plants to your collection. Each of these rare succulents are {{2}} if you checkout using code {{3}}. Shop now and add some unique and beautiful plants to your collection!",
        "Pablo",
        "30%",
        "30OFF",
      ),
      new t.Carousel({
        cards: [
          mediaCard(
            "Add a touch of elegance to your collection with the beautiful Aloe 'Blue Elf' succulent. Its deep blue-green leaves have a hint of pink around the edges.",
            "BLUE_ELF",
          ),
          mediaCard(
            "The Crassula Buddha's Temple is sure to be a conversation starter with its tiny temple shaped leaves, intricate details, and lacy texture.",
            "BUDDHA",
          ),
          mediaCard(
            "The Echeveria 'Black Prince' is a stunning succulent, with near-black leaves, adorned with a hint of green around the edges, giving it its striking appearance.",
            "BLACK_PRINCE",
          ),
        ],
      }),
    ],
  }),
  carousel_template_product_cards_v1: new t.Template({
    name: "carousel_template_product_cards_v1",
    language: ENGLISH_US,
    category: MARKETING,
    components: [
      new t.BodyText(
        "Rare succulents for sale! {{1}}, add these unique plants to your collection. All three of these rare succulents are available for purchase on our website, and they come with a 100% satisfaction guarantee. Whether you're a seasoned succulent enthusiast or just starting your plant collection, these rare succulents are sure to impress. Shop now and add some unique and beautiful plants to your collection!",
        "Pablo",
      ),
      new t.Carousel({ cards: [productCard(), productCard()] }),
    ],
  }),
};

const limited_time_offer = {
  limited_time_offer_caribbean_pkg_2023: new t.Template({
    name: "limited_time_offer_caribbean_pkg_2023",
    language: ENGLISH_US,
    category: MARKETING,
    components: [
      new t.HeaderImage({ example: "4::aW..." }),
      new t.LimitedTimeOffer({ text: "Expiring offer!", hasExpiration: true }),
      new t.BodyText(
        "Good news, {{1}}! Use code {{2}} to get 25% off all Caribbean Destination packages!",
        "Pablo",
        "CARIBE25",
      ),
      new t.Buttons({
        buttons: [
          new t.CopyCodeButton({ example: "CARIBE25" }),
          new t.URLButton({
            text: "Book now!",
            url: "https://awesomedestinations.com/offers?code={{1}}",
            example: "https://awesomedestinations.com/offers?ref=n3mtql",
          }),
        ],
      }),
    ],
  }),
};

describe("the builder serializes Meta's documented templates byte for byte", () => {
  it.each([
    ["authentication", authentication],
    ["buttons", buttons],
    ["carousel", carousel],
    ["limited_time_offer", limited_time_offer],
  ] as const)("%s.json", (file, built) => {
    expect(`${JSON.stringify(built, null, 2)}\n`).toBe(fixture(file));
  });

  it("covers all 13 templates", () => {
    const count = [authentication, buttons, carousel, limited_time_offer].reduce(
      (n, group) => n + Object.keys(group).length,
      0,
    );
    expect(count).toBe(13);
  });
});

describe("Template.fromJSON reads Graph's JSON back into the builder", () => {
  it.each(["authentication", "buttons", "carousel", "limited_time_offer"])(
    "%s.json comes back out unchanged",
    (file) => {
      const documents = JSON.parse(fixture(file)) as Record<string, unknown>;
      const read = Object.fromEntries(
        Object.entries(documents).map(([name, json]) => [name, t.Template.fromJSON(json)]),
      );
      expect(`${JSON.stringify(read, null, 2)}\n`).toBe(fixture(file));
      const first = Object.values(read)[0] as t.Template;
      expect(
        first.components.every((c) => typeof (c as t.TemplateComponent).kind === "string"),
      ).toBe(true);
    },
  );
});

describe("the components the 13 documents do not show serialize as Meta documents them", () => {
  it("named examples, parameter format, creative features and the other buttons", () => {
    const template = new t.Template({
      name: "named_everything",
      language: "en_US",
      category: "MARKETING",
      parameterFormat: t.ParamFormat.NAMED,
      degreesOfFreedomSpec: new t.DegreesOfFreedomSpec({
        creativeFeaturesSpec: new t.CreativeFeaturesSpec({
          imageTouchups: true,
          addTextOverlay: false,
        }),
      }),
      components: [
        new t.HeaderGIF({ example: "4::gif" }),
        new t.BodyText("Hi {{first_name}}, {{deal}} inside", { first_name: "Pablo", deal: 25 }),
        new t.Buttons({
          buttons: [
            new t.FlowButton({
              text: "Book",
              flowId: "123",
              flowAction: "navigate",
              navigateScreen: "START",
              icon: "PROMOTION",
            }),
            new t.URLButton({
              text: "App",
              url: "https://example.com/app",
              appDeepLink: new t.AppDeepLink({ metaAppId: 42, androidDeepLink: "app://x" }),
            }),
            new t.VoiceCallButton({ text: "Call us" }),
            new t.CallPermissionRequestButton(),
            new t.ContactInfoRequestButton(),
          ],
        }),
      ],
    });
    expect(JSON.stringify(template)).toBe(
      JSON.stringify({
        name: "named_everything",
        language: "en_US",
        category: "MARKETING",
        parameter_format: "NAMED",
        degrees_of_freedom_spec: {
          creative_features_spec: {
            image_touchups: { enroll_status: "OPT_IN" },
            add_text_overlay: { enroll_status: "OPT_OUT" },
          },
        },
        components: [
          { type: "HEADER", format: "GIF", example: { header_handle: ["4::gif"] } },
          {
            type: "BODY",
            text: "Hi {{first_name}}, {{deal}} inside",
            example: {
              body_text_named_params: [
                { param_name: "first_name", example: "Pablo" },
                { param_name: "deal", example: "25" },
              ],
            },
          },
          {
            type: "BUTTONS",
            buttons: [
              {
                type: "FLOW",
                text: "Book",
                flow_id: "123",
                flow_action: "navigate",
                navigate_screen: "START",
                icon: "PROMOTION",
              },
              {
                type: "URL",
                text: "App",
                url: "https://example.com/app",
                app_deep_link: { meta_app_id: 42, android_deep_link: "app://x" },
              },
              { type: "VOICE_CALL", text: "Call us" },
              { type: "CALL_PERMISSION_REQUEST" },
              { type: "REQUEST_CONTACT_INFO", text: "Share Contact Info" },
            ],
          },
        ],
      }),
    );
    expect(JSON.stringify(t.Template.fromJSON(JSON.parse(JSON.stringify(template))))).toBe(
      JSON.stringify(template),
    );
  });
});
