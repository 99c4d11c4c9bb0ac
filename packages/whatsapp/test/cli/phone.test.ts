import { describe, expect, it } from "vitest";
import { graphError, graphPerTest, TOKEN, tswa } from "./fixtures.js";

const PHONE = "106540352242922";
const WABA = "102290129340398";
const serve = graphPerTest({
  WHATSAPP_TOKEN: TOKEN,
  WHATSAPP_PHONE_ID: PHONE,
  WHATSAPP_BUSINESS_ACCOUNT_ID: WABA,
});
const success = () => ({ body: { success: true } });

describe("tswa phone", () => {
  it("list prints the numbers of the account as a table", async () => {
    const g = await serve({
      [`GET /${WABA}/phone_numbers`]: () => ({
        body: {
          data: [
            {
              verified_name: "Jasper's Market",
              display_phone_number: "+1 631-555-5555",
              id: "1906385232743451",
              quality_rating: "GREEN",
              status: "CONNECTED",
            },
          ],
        },
      }),
    });
    const run = await tswa(["phone", "list"], g.env);
    expect(run).toEqual({
      code: 0,
      stdout: [
        "ID                NUMBER           QUALITY  STATUS     NAME",
        "1906385232743451  +1 631-555-5555  GREEN    CONNECTED  Jasper's Market",
        "",
      ].join("\n"),
      stderr: `listing the phone numbers of business account ${WABA}…\n1 number\n`,
    });
  });

  it("list --json prints one camelCase object per line", async () => {
    const g = await serve({
      [`GET /${WABA}/phone_numbers`]: () => ({ body: { data: [{ id: "1", verified_name: "A" }] } }),
    });
    const run = await tswa(["phone", "list", "--json"], g.env);
    expect(JSON.parse(run.stdout)).toMatchObject({
      id: "1",
      verifiedName: "A",
      isPinEnabled: false,
    });
  });

  it("request-code asks for a code by voice in a language", async () => {
    const g = await serve({ [`POST /${PHONE}/request_code`]: success });
    const run = await tswa(
      ["phone", "request-code", "--method", "voice", "--language", "de"],
      g.env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("code sent by VOICE: run tswa phone verify <code>\n");
    expect(Object.fromEntries(g.calls[0]!.query)).toEqual({ code_method: "VOICE", language: "de" });
  });

  it("verify sends the code", async () => {
    const g = await serve({ [`POST /${PHONE}/verify_code`]: success });
    const run = await tswa(["phone", "verify", "123456"], g.env);
    expect(run).toMatchObject({ code: 0, stdout: `verified phone number ${PHONE}\n` });
    expect(g.calls[0]!.query.get("code")).toBe("123456");
  });

  it("register sends the PIN and region, and never prints the PIN", async () => {
    const g = await serve({
      [`POST /${PHONE}/register`]: (call) =>
        JSON.parse(call.body).pin === "135790"
          ? success()
          : graphError(400, 133005, "(#133005) Two step verification PIN Mismatch 246801"),
    });
    const ok = await tswa(["phone", "register", "135790", "--region", "de"], g.env);
    expect(ok.code).toBe(0);
    expect(JSON.parse(g.calls[0]!.body)).toEqual({
      messaging_product: "whatsapp",
      pin: "135790",
      data_localization_region: "DE",
    });
    const wrong = await tswa(["phone", "register", "246801"], g.env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("Graph error 133005");
    expect(wrong.stdout + wrong.stderr).not.toContain("246801");
  });

  it("exits 2 for a PIN that is not six digits, before any call", async () => {
    const g = await serve({});
    const run = await tswa(["phone", "register", "1234"], g.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("<pin> must be six digits");
    expect(g.calls).toEqual([]);
  });
});
