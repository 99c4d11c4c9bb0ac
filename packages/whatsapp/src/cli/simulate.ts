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

/** WhatsApp waits 10 s for a flow endpoint's answer; the simulated client does the same. */
const ANSWER_TIMEOUT_MS = 10_000;

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

Each request waits at most 10 s for its answer, as WhatsApp does.

example:
  tswa simulate http://127.0.0.1:8080/flow --public-key keys/public.pem --data '{"name":"Ada"}'`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, options, ["<url>"]);
    const url = checkUrl(positionals[0] ?? "", this);
    const file = values["public-key"];
    if (file === undefined) throw new UsageError("missing --public-key <file>", usageOf(this));
    const data = parseData(values.data, this);
    const appSecret = values["app-secret"] ?? (context.env.WHATSAPP_APP_SECRET || undefined);
    context.output.addSecret(appSecret);
    const client = new FlowClientSimulator({
      url,
      publicKey: await readPublicKeyFile(resolve(context.cwd, file)),
      appSecret,
      flowToken: values["flow-token"],
      version: values.version,
      fetch: (input, init) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) }),
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
      throw noAnswer(url, STEPS[done.length] ?? "error", error) ?? error;
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

function checkUrl(value: string, command: CliCommand): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`"${value}" is not a URL`, usageOf(command));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(
      `the endpoint URL must be http or https, got ${url.protocol}`,
      usageOf(command),
    );
  }
  return url.toString();
}

function parseData(text: string | undefined, command: CliCommand): Record<string, unknown> {
  if (text === undefined) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--data is not valid JSON: ${(error as Error).message}`, usageOf(command));
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UsageError('--data must be a JSON object, such as {"name":"Ada"}', usageOf(command));
  }
  return data as Record<string, unknown>;
}

/** fetch failed: no answer at all, or none within the time WhatsApp waits. */
function noAnswer(url: string, step: FlowSessionStep, error: unknown): CommandFailure | undefined {
  const fetchFailed = error instanceof TypeError && error.message === "fetch failed";
  const timedOut = error instanceof Error && error.name === "TimeoutError";
  if (!fetchFailed && !timedOut) return undefined;
  let root = error;
  while (root instanceof Error && root.cause instanceof Error) root = root.cause;
  if (timedOut) {
    return new CommandFailure(
      `the endpoint did not answer the ${step} request within ${ANSWER_TIMEOUT_MS / 1000} s`,
      ["WhatsApp gives up after 10 s too: make the handler faster"],
    );
  }
  const reason = root instanceof Error ? root.message : String(root);
  return new CommandFailure(`no answer from ${url} to the ${step} request: ${reason}`, [
    "is the endpoint running and listening on that address?",
  ]);
}
