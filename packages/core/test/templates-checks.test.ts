import {
  createGraphApiError,
  TemplateCharacterLimitExceeded,
  TemplateCreationError,
  TemplateFormatIncorrect,
  TemplateValidationError,
  templates as t,
} from "@tswa/core";
import { describe, expect, it } from "vitest";

const body = (text = "Hi") => new t.BodyText(text);
const refused = (build: () => unknown) => {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateValidationError);
    return error as TemplateValidationError;
  }
  throw new Error("expected a TemplateValidationError");
};

describe("local checks name the component and field before any call", () => {
  it("template names: lowercase letters, digits, underscores, at most 512", () => {
    const make = (name: string) => () =>
      new t.Template({ name, language: "en_US", category: "UTILITY", components: [body()] });
    expect(refused(make("Order Update")).field).toBe("name");
    expect(refused(make("a".repeat(513))).limit).toBe("name");
    expect(() => make("order_update_2")()).not.toThrow();
  });

  it("text lengths: body 1,024, header 60, footer 60 (counted in characters, never echoed)", () => {
    const secret = "🌵".repeat(1025);
    const error = refused(() => new t.BodyText(secret));
    expect([error.component, error.field, error.limit]).toEqual(["BodyText", "text", "bodyText"]);
    expect(error.message).toContain("1025 characters; the limit is 1024");
    expect(error.message).not.toContain("🌵");
    expect(() => new t.BodyText("🌵".repeat(1024))).not.toThrow();
    expect(refused(() => new t.HeaderText("x".repeat(61))).limit).toBe("headerText");
    expect(refused(() => new t.FooterText({ text: "x".repeat(61) })).limit).toBe("footerText");
  });

  it("placeholders: numbered from {{1}} without gaps, one example each, never mixed with names", () => {
    expect(refused(() => new t.BodyText("Hi {{1}}, code {{3}}", "a", "b")).message).toMatch(
      /without gaps/,
    );
    expect(refused(() => new t.BodyText("Hi {{1}}")).message).toMatch(/no examples/);
    expect(refused(() => new t.BodyText("Hi {{1}}", "a", "b")).field).toBe("text");
    expect(refused(() => new t.BodyText("Hi {{1}} {{name}}", "a")).message).toMatch(/mixes/);
    expect(refused(() => new t.BodyText("Hi {{name}}", { other: "x" })).message).toMatch(
      /no example for \{\{name\}\}/,
    );
    expect(refused(() => new t.BodyText("Hi {{Name}}", { Name: "x" })).message).toMatch(
      /lowercase/,
    );
    expect(new t.BodyText("Hi {{name}}!", { name: "Pablo" }).preview()).toBe("Hi Pablo!");
    expect(new t.BodyText("Both {{1}} and {{2}} here", "a", "b").preview(["x"])).toBe(
      "Both x and b here",
    );
  });

  it("buttons: at most 10, 2 URL, 1 phone number, 1 copy code; quick replies grouped", () => {
    const qr = (n: number) =>
      Array.from({ length: n }, (_, i) => new t.QuickReplyButton({ text: `Option ${i}` }));
    const url = () => new t.URLButton({ text: "Open", url: "https://example.com" });
    expect(refused(() => new t.Buttons({ buttons: qr(11) })).limit).toBe("buttons");
    expect(refused(() => new t.Buttons({ buttons: [url(), url(), url()] })).limit).toBe(
      "urlButtons",
    );
    expect(
      refused(
        () =>
          new t.Buttons({
            buttons: [
              new t.PhoneNumberButton({ text: "Call", phoneNumber: "1555" }),
              new t.PhoneNumberButton({ text: "Call 2", phoneNumber: "1556" }),
            ],
          }),
      ).limit,
    ).toBe("phoneNumberButtons");
    expect(
      refused(
        () =>
          new t.Buttons({
            buttons: [
              new t.CopyCodeButton({ example: "A" }),
              new t.CopyCodeButton({ example: "B" }),
            ],
          }),
      ).limit,
    ).toBe("copyCodeButtons");
    expect(refused(() => new t.Buttons({ buttons: [...qr(1), url(), ...qr(1)] })).field).toBe(
      "buttons[1]",
    );
    expect(refused(() => new t.QuickReplyButton({ text: "x".repeat(26) })).limit).toBe(
      "buttonText",
    );
  });

  it("URL buttons: one placeholder, at the end, with an example", () => {
    expect(
      refused(() => new t.URLButton({ text: "Go", url: "https://x.com/{{1}}/y", example: "a" }))
        .message,
    ).toMatch(/end with/);
    expect(refused(() => new t.URLButton({ text: "Go", url: "https://x.com/{{1}}" })).field).toBe(
      "example",
    );
    expect(
      refused(() => new t.URLButton({ text: "Go", url: "https://x.com/", example: "a" })).field,
    ).toBe("example");
    expect(refused(() => new t.URLButton({ text: "Go", url: "ftp://x.com/" })).field).toBe("url");
  });

  it("carousels: 2 to 10 cards, all of one shape", () => {
    const card = (header: t.TemplateComponent) =>
      new t.CarouselCard({
        components: [header, new t.Buttons({ buttons: [new t.SPMButton({ text: "View" })] })],
      });
    expect(refused(() => new t.Carousel({ cards: [card(new t.HeaderProduct())] })).limit).toBe(
      "carouselCards",
    );
    const odd = refused(
      () =>
        new t.Carousel({
          cards: [card(new t.HeaderProduct()), card(new t.HeaderImage({ example: "4::x" }))],
        }),
    );
    expect(odd.field).toBe("cards[1]");
    expect(
      refused(() => new t.CarouselCard({ components: [new t.BodyText("x".repeat(161))] })).limit,
    ).toBe("carouselCardBody");
  });

  it("a template has at most one header, body, footer and buttons", () => {
    expect(
      refused(
        () =>
          new t.Template({
            name: "twice",
            language: "en_US",
            category: "UTILITY",
            components: [body("a"), body("b")],
          }),
      ).message,
    ).toMatch(/second BODY/);
  });

  it("authentication: code expiry 1 to 90 minutes, 1 to 5 supported apps", () => {
    expect(refused(() => new t.AuthenticationFooter({ codeExpirationMinutes: 91 })).limit).toBe(
      "codeExpirationMinutes",
    );
    expect(refused(() => new t.OneTapOTPButton({ supportedApps: [] })).limit).toBe("supportedApps");
  });

  it("a media example that is a file cannot be serialized before it is uploaded", () => {
    const header = new t.HeaderImage({ example: "./banner.png" });
    expect(refused(() => header.toJSON()).message).toMatch(/not uploaded yet/);
    expect(header.withHandle("4::abc").toJSON()).toEqual({
      type: "HEADER",
      format: "IMAGE",
      example: { header_handle: ["4::abc"] },
    });
  });
});

describe("template creation errors from Graph", () => {
  const error = (subcode: number) =>
    createGraphApiError({
      status: 400,
      request: "POST /123/message_templates",
      rawBody: "{}",
      error: {
        message: "Invalid parameter",
        type: "OAuthException",
        code: 100,
        error_subcode: subcode,
        fbtrace_id: "A1",
      },
    });

  it("are picked by their 2388xxx subcode", () => {
    expect(error(2388040)).toBeInstanceOf(TemplateCharacterLimitExceeded);
    expect(error(2388047)).toBeInstanceOf(TemplateFormatIncorrect);
    expect(error(2388040)).toBeInstanceOf(TemplateCreationError);
    expect(error(2388040).subcode).toBe(2388040);
  });

  it("an unlisted 2388xxx subcode is still a TemplateCreationError", () => {
    const e = error(2388999);
    expect(e).toBeInstanceOf(TemplateCreationError);
    expect(e.name).toBe("TemplateCreationError");
  });

  it("code 100 with another subcode stays a plain GraphApiError", () => {
    expect(error(33)).not.toBeInstanceOf(TemplateCreationError);
  });
});

describe("Meta's rules on where placeholders go", () => {
  it("a text header takes one placeholder", () => {
    const error = refused(() => new t.HeaderText("{{1}} and {{2}} sale", "Summer", "Winter"));
    expect([error.field, error.limit]).toEqual(["text", "headerTextParams"]);
  });

  it("a body may not start or end with a placeholder (Graph's 2388299)", () => {
    expect(refused(() => new t.BodyText("{{1}} is your order", "42")).field).toBe("text");
    expect(refused(() => new t.BodyText("Your order is {{1}}", "42")).field).toBe("text");
    expect(() => new t.BodyText("Your order {{1}} shipped.", "42")).not.toThrow();
  });
});
