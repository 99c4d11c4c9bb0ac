#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatExchange, runFlowSession } from "./session.js";
import { FlowClientSimulator } from "./simulator.js";

const USAGE = `Plays the WhatsApp client against a flow endpoint: ping, INIT, data_exchange, BACK, error.

usage: tswa-flow-simulator --url <endpoint url> --public-key <public.pem> [options]

  --url          the flow endpoint URL (for example http://127.0.0.1:8080/flow)
  --public-key   a file with the business public key (PEM); a private key file works too
  --app-secret   sign requests with this Meta app secret (X-Hub-Signature-256)
  --flow-token   the flow token to send (default "unused")
  --screen       the screen of the data_exchange and BACK (default: the one INIT answered)
  --data         the data_exchange payload, as JSON (default {})
  --version      the Data API version (default 3.0)`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: "string" },
      "public-key": { type: "string" },
      "app-secret": { type: "string" },
      "flow-token": { type: "string" },
      screen: { type: "string" },
      data: { type: "string" },
      version: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || !values.url || !values["public-key"]) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  let data: Record<string, unknown> = {};
  if (values.data) {
    try {
      data = JSON.parse(values.data) as Record<string, unknown>;
    } catch {
      console.error("--data is not valid JSON");
      return 2;
    }
  }
  const client = new FlowClientSimulator({
    url: values.url,
    publicKey: readFileSync(values["public-key"]),
    appSecret: values["app-secret"],
    flowToken: values["flow-token"],
    version: values.version,
  });
  console.log(`simulating the WhatsApp client against ${values.url}\n`);
  const session = await runFlowSession(client, {
    screen: values.screen,
    data,
    onExchange: (step, exchange) => console.log(`${formatExchange(step, exchange)}\n`),
  });
  return session.ping.status === 200 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`simulation failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
