import { type CliCommand, parseCommandArgs, usageOf } from "./command.js";
import {
  businessAccountOption,
  connect,
  GRAPH_OPTIONS_HELP,
  graphOptions,
  phoneOption,
} from "./connection.js";
import { ExitCode, UsageError } from "./errors.js";

const SCOPES = ["app", "waba", "phone"] as const;

/** `tswa webhook set <url>`: registers a webhook callback URL with Meta. */
export const webhookSet: CliCommand = {
  name: "webhook set",
  summary: "register a webhook callback URL with Meta",
  usage:
    "usage: tswa webhook set <url> [--scope app|waba|phone] [--verify-token <token>] [Graph API options]",
  help: `Registers <url> as the webhook callback URL: of the app (every account subscribed to it),
of a WhatsApp Business Account, or of one phone number. Meta checks the URL at once with a
verification request carrying the verify token, so the server must already answer it (a tswa
server does, with the same verifyToken).

usage: tswa webhook set <url> [options]

options:
  --scope app|waba|phone  where to register it (default: app)
  --verify-token <token>  the token the server checks (default: $WHATSAPP_VERIFY_TOKEN); never printed
  --fields <list>         app scope: the fields to subscribe to (default: messages,flows)
  --app-id <id>           app scope: the app id (default: $WHATSAPP_APP_ID)
  --app-secret <secret>   app scope: the app secret (default: $WHATSAPP_APP_SECRET); never printed
  --waba-id <id>          waba scope: the account (default: $WHATSAPP_BUSINESS_ACCOUNT_ID)
  --phone-id <id>         phone scope: the phone number (default: $WHATSAPP_PHONE_ID)

${GRAPH_OPTIONS_HELP}

example:
  tswa webhook set https://bot.example.com/webhook --scope phone`,
  async run(argv, context) {
    const options = {
      scope: { type: "string", default: "app" },
      "verify-token": { type: "string" },
      fields: { type: "string", default: "messages,flows" },
      "app-id": { type: "string" },
      "app-secret": { type: "string" },
      ...businessAccountOption,
      ...phoneOption,
      ...graphOptions,
    } as const;
    const { values, positionals } = parseCommandArgs(argv, this, options, ["<url>"]);
    const url = positionals[0]!;
    const scope = values.scope.toLowerCase() as (typeof SCOPES)[number];
    if (!SCOPES.includes(scope))
      throw new UsageError("--scope must be app, waba or phone", usageOf(this));
    if (!URL.canParse(url) || !/^https?:\/\//.test(url)) {
      throw new UsageError("<url> must be an absolute https:// URL", usageOf(this));
    }
    const pick = (flag: string | undefined, variable: string) =>
      flag || context.env[variable] || undefined;
    const verifyToken = pick(values["verify-token"], "WHATSAPP_VERIFY_TOKEN");
    context.output.addSecret(verifyToken);
    if (verifyToken === undefined) {
      throw new UsageError(
        "missing the verify token: pass --verify-token or set WHATSAPP_VERIFY_TOKEN",
        usageOf(this),
      );
    }
    const needs = scope === "waba" ? ["businessAccountId"] : scope === "phone" ? ["phoneId"] : [];
    const { wa, phoneId, businessAccountId } = connect(values, context, this, needs as never);
    context.output.progress(`registering ${url} (${scope} scope); Meta verifies it now…`);
    if (scope === "app") {
      const appId = pick(values["app-id"], "WHATSAPP_APP_ID");
      const appSecret = pick(values["app-secret"], "WHATSAPP_APP_SECRET");
      context.output.addSecret(appSecret);
      if (appId === undefined || appSecret === undefined) {
        throw new UsageError(
          "app scope needs --app-id (or WHATSAPP_APP_ID) and --app-secret (or WHATSAPP_APP_SECRET)",
          usageOf(this),
        );
      }
      const appAccessToken = await wa.getAppAccessToken({ appId, appSecret });
      context.output.addSecret(appAccessToken);
      const fields = values.fields
        .split(",")
        .map((f) => f.trim())
        .filter(Boolean);
      await wa.setAppCallbackUrl({ appId, appAccessToken, callbackUrl: url, verifyToken, fields });
    } else if (scope === "waba") {
      await wa.overrideWabaCallbackUrl(url, verifyToken, { businessAccountId });
    } else {
      await wa.overridePhoneCallbackUrl(url, verifyToken, { phoneId });
    }
    context.output.result(`registered ${url}`);
    return ExitCode.OK;
  },
};
