import { describe, expect, it } from "vitest";
import { graphError, graphPerTest, TOKEN, tswa } from "./fixtures.js";

const PHONE = "106540352242922";
const APP = "684431926911215";
const APP_SECRET = "app-secret-0123456789abcdef";
const VERIFY = "verify-token-42xyz";
const APP_TOKEN = `${APP}|app-token-value`;
const serve = graphPerTest({
  WHATSAPP_TOKEN: TOKEN,
  WHATSAPP_PHONE_ID: PHONE,
  WHATSAPP_VERIFY_TOKEN: VERIFY,
});

describe("tswa webhook set", () => {
  it("app scope: gets an app token and subscribes the app, printing no secret", async () => {
    const g = await serve({
      "POST /oauth/access_token": () => ({
        body: { access_token: APP_TOKEN, token_type: "bearer" },
      }),
      [`POST /${APP}/subscriptions`]: () => ({ body: { success: true } }),
    });
    const run = await tswa(
      [
        "webhook",
        "set",
        "https://bot.example.com/webhook",
        "--app-id",
        APP,
        "--app-secret",
        APP_SECRET,
        "--verbose",
      ],
      g.env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("registered https://bot.example.com/webhook\n");
    expect(Object.fromEntries(new URLSearchParams(g.calls[1]!.body))).toEqual({
      object: "whatsapp_business_account",
      callback_url: "https://bot.example.com/webhook",
      verify_token: VERIFY,
      fields: "messages,flows",
    });
    expect(g.calls[1]!.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    for (const secret of [APP_SECRET, VERIFY, APP_TOKEN]) {
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
  });

  it("phone scope: overrides the number's callback URL", async () => {
    const g = await serve({ [`POST /${PHONE}`]: () => ({ body: { success: true } }) });
    const run = await tswa(
      ["webhook", "set", "https://bot.example.com/wa", "--scope", "phone"],
      g.env,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(g.calls[0]!.body)).toEqual({
      webhook_configuration: {
        override_callback_uri: "https://bot.example.com/wa",
        verify_token: VERIFY,
      },
    });
  });

  it("exits 1 with Meta's reason when the verification of the URL fails", async () => {
    const g = await serve({
      [`POST /${PHONE}`]: () =>
        graphError(
          400,
          2200,
          "(#2200) Callback verification failed with the following errors: HTTP Status Code = 403",
        ),
    });
    const run = await tswa(
      ["webhook", "set", "https://bot.example.com/wa", "--scope", "phone"],
      g.env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Callback verification failed");
    expect(run.stderr).not.toContain(VERIFY);
  });

  it("exits 2 without a verify token, app credentials or a valid URL", async () => {
    const g = await serve({});
    const env = { WHATSAPP_TOKEN: TOKEN, GRAPH_BASE_URL: g.url };
    expect((await tswa(["webhook", "set", "https://x.example"], env)).stderr).toContain(
      "--verify-token or set WHATSAPP_VERIFY_TOKEN",
    );
    const noApp = await tswa(["webhook", "set", "https://x.example"], g.env);
    expect(noApp.code).toBe(2);
    expect(noApp.stderr).toContain("app scope needs --app-id");
    expect((await tswa(["webhook", "set", "x.example"], g.env)).code).toBe(2);
    expect(
      (await tswa(["webhook", "set", "https://x.example", "--scope", "all"], g.env)).code,
    ).toBe(2);
    expect(g.calls).toEqual([]);
  });
});
