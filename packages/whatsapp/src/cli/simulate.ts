import { resolve } from "node:path";
import {
  explainFlowStatus,
  FlowClientSimulator,
  type FlowSessionStep,
  formatExchange,
  runFlowSession,
} from "@tswa/flows/simulator";
import { type CliCommand, parseCommandArgs, usageOf } from "./command.js";
import { CommandFailure, ExitCode, UsageError } from "./errors.js";
import { readPublicKeyFile } from "./key-files.js";
import { checkUrl, fetchWithTimeout, noAnswer, parseJsonObject } from "./simulate-args.js";
import { simulateWebhook } from "./simulate-webhook.js";

const STEPS: readonly FlowSessionStep[] = ["ping", "INIT", "data_exchange", "BACK", "error"];

const options = {
  "public-key": { type: "string" },
  "app-secret": { type: "string" },
  "flow-token": { type: "string" },
  screen: { type: "string" },
  data: { type: "string" },
  version: { type: "string" },
} as const;

/** `tswa simulate <url>`: plays the WhatsApp client against a flow endpoint. */
export const simulate: CliCommand = {
  name: "simulate",
  subcommands: { webhook: simulateWebhook },
  summary: "play the WhatsApp client against a flow endpoint",
  usage: "usage: tswa simulate <url> --public-key <file> [options]",
  help: `Plays the WhatsApp client against a flow endpoint over HTTP, encrypting and signing each
request as WhatsApp does: the health check (ping), INIT, a data_exchange, a BACK and an error
notification. Prints each exchange; exits 0 when every one was answered with HTTP 200.

usage: tswa simulate <url> --public-key <file> [options]

options:
  --public-key <file>     the business public key (PEM) the endpoint's private key pairs with;
                          an unencrypted private key file works too
  --app-secret <secret>   sign requests with the Meta app secret (default: $WHATSAPP_APP_SECRET)
  --flow-token <token>    the flow token to send (default: "unused", as WhatsApp sends)
  --screen <id>           the screen of the data_exchange and BACK (default: the one INIT answered)
  --data <json>           the data_exchange payload, a JSON object (default: {})
  --version <v>           the Data API version to send (default: 3.0)

Each request waits at most 10 s for its answer, as WhatsApp does. To send webhooks instead, see
tswa simulate webhook --help.

example:
  tswa simulate http://127.0.0.1:8080/flow --public-key keys/public.pem --data '{"name":"Ada"}'`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, options, ["<url>"]);
    const url = checkUrl(positionals[0] ?? "", this);
    const file = values["public-key"];
    if (file === undefined) throw new UsageError("missing --public-key <file>", usageOf(this));
    const data = parseJsonObject(values.data, "--data", this) ?? {};
    const appSecret = values["app-secret"] ?? (context.env.WHATSAPP_APP_SECRET || undefined);
    context.output.addSecret(appSecret);
    const client = new FlowClientSimulator({
      url,
      publicKey: await readPublicKeyFile(resolve(context.cwd, file)),
      appSecret,
      flowToken: values["flow-token"],
      version: values.version,
      fetch: fetchWithTimeout,
    });
    context.output.progress(
      `simulating the WhatsApp client against ${url}${appSecret ? " (signed with the app secret)" : ""}…`,
    );
    const done: FlowSessionStep[] = [];
    let session: Awaited<ReturnType<typeof runFlowSession>>;
    try {
      session = await runFlowSession(client, {
        screen: values.screen,
        data,
        onExchange: (step, exchange) => {
          done.push(step);
          context.output.result(formatExchange(step, exchange), "");
        },
      });
    } catch (error) {
      throw noAnswer(url, `${STEPS[done.length] ?? "error"} request`, error) ?? error;
    }
    const failed = STEPS.filter((step) => session[step].status !== 200);
    if (failed.length > 0) {
      const list = failed.map((step) => `${step} (HTTP ${session[step].status})`).join(", ");
      const statuses = new Set(failed.map((step) => session[step].status));
      const hints = [...statuses].flatMap(
        (status) => explainFlowStatus(status, { signed: appSecret !== undefined }) ?? [],
      );
      throw new CommandFailure(`${failed.length} of ${STEPS.length} steps failed: ${list}`, hints);
    }
    context.output.result(`all ${STEPS.length} steps answered HTTP 200`);
    return ExitCode.OK;
  },
};
