import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type WebhookDelivery, WebhookSimulator } from "../simulator/index.js";
import { type CliCommand, type CliContext, parseCommandArgs, usageOf } from "./command.js";
import { CommandFailure, ExitCode, UsageError } from "./errors.js";
import { checkUrl, fetchWithTimeout, noAnswer, parseJsonObject } from "./simulate-args.js";

/** What `--kind` takes, in the order they are sent, and how each is simulated. */
const KINDS = {
  text: (whatsapp: WebhookSimulator, input: KindInput) => whatsapp.text(input.text ?? "Hello"),
  image: (whatsapp: WebhookSimulator, input: KindInput) => whatsapp.image(input.text),
  button: (whatsapp: WebhookSimulator) => whatsapp.buttonPress(),
  "flow-completion": (whatsapp: WebhookSimulator, input: KindInput) =>
    whatsapp.flowCompletion(input.response, { flowToken: input.flowToken }),
  status: (whatsapp: WebhookSimulator) => whatsapp.status("delivered"),
} satisfies Record<string, (whatsapp: WebhookSimulator, input: KindInput) => unknown>;
type Kind = keyof typeof KINDS;

interface KindInput {
  text: string | undefined;
  response: Record<string, unknown> | undefined;
  flowToken: string | undefined;
}

const options = {
  kind: { type: "string" },
  from: { type: "string" },
  name: { type: "string" },
  text: { type: "string" },
  response: { type: "string" },
  "flow-token": { type: "string" },
  json: { type: "string" },
  "app-secret": { type: "string" },
  "phone-id": { type: "string" },
} as const;

/** `tswa simulate webhook <url>`: plays WhatsApp's side of webhooks against a webhook URL. */
export const simulateWebhook: CliCommand = {
  name: "simulate webhook",
  summary: "send signed, realistic webhooks to a webhook URL",
  usage: "usage: tswa simulate webhook <url> [--kind <kinds>] [--from <wa id>] [options]",
  help: `Plays WhatsApp's side of webhooks: posts the bodies WhatsApp posts, signed with the app secret
as WhatsApp signs them, to your webhook URL: a user's text message, an image, a reply-button
press, a finished flow and a message status. Prints each one with the answer; exits 0 when every
one was answered with HTTP 200.

usage: tswa simulate webhook <url> [options]

options:
  --kind <kinds>          which to send, comma-separated, in this order: text, image, button,
                          flow-completion, status (default: all five)
  --from <wa id>          the user's WhatsApp id, the phone number in digits (default: 16505551234)
  --name <name>           the user's profile name (default: Ada)
  --text <text>           the text message (default: "Hello"), and the image's caption
  --response <json>       what the finished flow completed with, a JSON object (default: {})
  --flow-token <token>    the finished flow's token (default: "unused")
  --json <file>           post this file's body as it is, instead (a webhook saved from a real one)
  --app-secret <secret>   sign with the Meta app secret (default: $WHATSAPP_APP_SECRET)
  --phone-id <id>         the business phone number id the webhooks are for
                          (default: $WHATSAPP_PHONE_ID, else 106540352242922)

Each webhook waits at most 10 s for its answer, as WhatsApp does.

example:
  tswa simulate webhook http://127.0.0.1:8080/ --kind text --from 16505551234 --text "Hi"`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, options, ["<url>"]);
    const url = checkUrl(positionals[0] ?? "", this);
    const appSecret = values["app-secret"] ?? (context.env.WHATSAPP_APP_SECRET || undefined);
    context.output.addSecret(appSecret);
    const whatsapp = new WebhookSimulator({
      url,
      appSecret,
      from: values.from,
      name: values.name,
      phoneId: values["phone-id"] ?? (context.env.WHATSAPP_PHONE_ID || undefined),
      fetch: fetchWithTimeout,
    });
    const sends = await plan(values, context, this);
    context.output.progress(
      `sending ${sends.length === 1 ? "a webhook" : `${sends.length} webhooks`} to ${url}${appSecret ? " (signed with the app secret)" : " (unsigned: no app secret given)"}…`,
    );
    const failed: [string, number][] = [];
    for (const [label, send] of sends) {
      let delivery: WebhookDelivery;
      try {
        delivery = await send(whatsapp);
      } catch (error) {
        throw noAnswer(url, `${label} webhook`, error) ?? error;
      }
      context.output.result(formatDelivery(label, delivery), "");
      if (delivery.status !== 200) failed.push([label, delivery.status]);
    }
    if (failed.length > 0) {
      const list = failed.map(([label, status]) => `${label} (HTTP ${status})`).join(", ");
      const hints = [...new Set(failed.map(([, status]) => status))].flatMap(
        (status) => explainWebhookStatus(status, appSecret !== undefined) ?? [],
      );
      throw new CommandFailure(
        `${failed.length} of ${sends.length} webhooks failed: ${list}`,
        hints,
      );
    }
    context.output.result(
      `${sends.length === 1 ? "the webhook was" : `all ${sends.length} webhooks were`} answered HTTP 200`,
    );
    return ExitCode.OK;
  },
};

type Send = [label: string, send: (whatsapp: WebhookSimulator) => Promise<WebhookDelivery>];

/** The webhooks to send: the file of `--json`, or the kinds of `--kind`. */
async function plan(
  values: { [K in keyof typeof options]?: string | undefined },
  context: CliContext,
  command: CliCommand,
): Promise<Send[]> {
  const file = values.json;
  if (file !== undefined) {
    if (values.kind !== undefined) {
      throw new UsageError("pass --json or --kind, not both", usageOf(command));
    }
    const path = resolve(context.cwd, file);
    let body: string;
    try {
      body = await readFile(path, "utf8");
    } catch (error) {
      throw new CommandFailure(`cannot read ${path}: ${(error as Error).message}`);
    }
    return [[file, (whatsapp) => whatsapp.send(body)]];
  }
  const input: KindInput = {
    text: values.text,
    response: parseJsonObject(values.response, "--response", command),
    flowToken: values["flow-token"],
  };
  const names = values.kind === undefined ? Object.keys(KINDS) : values.kind.split(",");
  return names.map((raw): Send => {
    const name = raw.trim();
    if (!(name in KINDS)) {
      throw new UsageError(
        `unknown --kind "${name}": use ${Object.keys(KINDS).join(", ")}`,
        usageOf(command),
      );
    }
    return [name, (whatsapp) => KINDS[name as Kind](whatsapp, input)];
  });
}

/** One webhook as readable text: the message or status it carried, and the answer. */
function formatDelivery(label: string, delivery: WebhookDelivery): string {
  const value = (
    delivery.body as { entry?: { changes?: { value?: Record<string, unknown[]> }[] }[] }
  )?.entry?.[0]?.changes?.[0]?.value;
  const item = value?.messages?.[0] ?? value?.statuses?.[0] ?? delivery.body;
  const answer = delivery.answer === "" ? "(empty body)" : JSON.stringify(delivery.answer);
  return [
    `── ${label} ──`,
    `  sent:     ${JSON.stringify(item)}`,
    `  answered: HTTP ${delivery.status} ${answer}`,
  ].join("\n");
}

/** Why a webhook URL would answer `status`, and what to pass so it would not. */
function explainWebhookStatus(status: number, signed: boolean): string | undefined {
  switch (status) {
    case 401:
      return signed
        ? "401: the server checks X-Hub-Signature-256 and the signature did not match: sign with the app secret the server has (--app-secret or $WHATSAPP_APP_SECRET)"
        : "401: the server checks X-Hub-Signature-256 and the webhooks were not signed: pass --app-secret, or export WHATSAPP_APP_SECRET in this terminal too";
    case 404:
      return "404: nothing is served on this path: webhooks are served on the client's webhookEndpoint (default /)";
    case 400:
      return "400: the server did not take the body for a WhatsApp webhook";
    case 432:
    case 421:
      return `${status}: this URL is a flow endpoint; webhooks go to the client's webhookEndpoint (default /)`;
    default:
      return undefined;
  }
}
