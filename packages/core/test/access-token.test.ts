import { GraphClient, WhatsAppConfigurationError } from "@tswa/core";
import { describe, expect, it } from "vitest";

function rejection(token: string): WhatsAppConfigurationError {
  try {
    new GraphClient({ token });
  } catch (error) {
    expect(error).toBeInstanceOf(WhatsAppConfigurationError);
    return error as WhatsAppConfigurationError;
  }
  throw new Error("the token was accepted");
}

describe("an access token that cannot go in an HTTP header", () => {
  it("is rejected when the client is made, naming the placeholder's ellipsis", () => {
    const error = rejection("EAAG…");
    expect(error.option).toBe("token");
    expect(error.message).toBe(
      'the access token cannot be sent in an HTTP header: character 5 is an ellipsis "…" (U+2026): it looks like a shortened placeholder, such as the docs\' EAAG…. Paste the whole token as the App Dashboard (WhatsApp > API Setup) or your system user shows it.',
    );
  });

  it("names a pasted line break without showing the token", () => {
    const secret = "EAAGsecretpart1234";
    const error = rejection(`${secret}\n`);
    expect(error.message).toContain("character 19 is whitespace (U+000A)");
    expect(error.message).not.toContain("secretpart");
  });

  it("names a space inside the token", () => {
    expect(rejection("EAAG abc").message).toContain("character 5 is whitespace (U+0020)");
  });

  it("names any other character by its code point", () => {
    expect(rejection("EAAGé").message).toContain("character 5 is the character U+00E9");
  });

  it("accepts a real token's characters, and no token at all", () => {
    expect(() => new GraphClient({ token: "EAAGm0PX4ZCpsBA-_.~+/=" })).not.toThrow();
    expect(() => new GraphClient({})).not.toThrow();
  });
});
