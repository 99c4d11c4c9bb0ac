import { VERSION } from "@tswa/core";
import type { CliCommand, CliContext } from "./command.js";
import { ExitCode, reportError, UsageError } from "./errors.js";
import { flowsGet, flowsList, flowsPublish } from "./flows.js";
import { keysGenerate, keysUpload } from "./keys.js";
import { type CliIo, CliOutput } from "./output.js";
import { phoneList, phoneRegister, phoneRequestCode, phoneVerify } from "./phone.js";
import { profileGet, profileSet } from "./profile.js";
import { qrCreate, qrList } from "./qr.js";
import { sendDocument, sendImage, sendLocation, sendText } from "./send.js";
import { simulate } from "./simulate.js";
import { simulateWebhook } from "./simulate-webhook.js";
import { templatesCreate, templatesDelete, templatesGet, templatesList } from "./templates.js";
import { webhookSet } from "./webhook.js";

interface CommandGroup {
  summary: string;
  commands: Record<string, CliCommand>;
}

const GROUPS: Record<string, CommandGroup> = {
  keys: {
    summary: "the business key pair of flow endpoints",
    commands: { generate: keysGenerate, upload: keysUpload },
  },
  flows: {
    summary: "flows of a WhatsApp Business Account",
    commands: { list: flowsList, get: flowsGet, publish: flowsPublish },
  },
  send: {
    summary: "send a message from a phone number",
    commands: { text: sendText, image: sendImage, document: sendDocument, location: sendLocation },
  },
  phone: {
    summary: "phone numbers: list, verify, register",
    commands: {
      list: phoneList,
      "request-code": phoneRequestCode,
      verify: phoneVerify,
      register: phoneRegister,
    },
  },
  profile: {
    summary: "the business profile of a phone number",
    commands: { get: profileGet, set: profileSet },
  },
  webhook: {
    summary: "the webhook callback URL",
    commands: { set: webhookSet },
  },
  qr: {
    summary: "QR codes that open a chat",
    commands: { list: qrList, create: qrCreate },
  },
  templates: {
    summary: "message templates of a WhatsApp Business Account",
    commands: {
      list: templatesList,
      get: templatesGet,
      create: templatesCreate,
      delete: templatesDelete,
    },
  },
};
const COMMANDS: Record<string, CliCommand> = { simulate };
const ALL = [
  keysGenerate,
  keysUpload,
  simulate,
  simulateWebhook,
  flowsList,
  flowsGet,
  flowsPublish,
  sendText,
  sendImage,
  sendDocument,
  sendLocation,
  phoneList,
  phoneRequestCode,
  phoneVerify,
  phoneRegister,
  profileGet,
  profileSet,
  webhookSet,
  qrList,
  qrCreate,
  templatesList,
  templatesGet,
  templatesCreate,
  templatesDelete,
];

/** Options whose values are secrets, masked in every output line even before parsing. */
const SECRET_OPTIONS = ["--token", "--app-secret", "--passphrase", "--verify-token"];
const SECRET_VARIABLES = ["WHATSAPP_TOKEN", "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN"];

/**
 * Runs the `tswa` command line: `keys generate|upload`, `simulate <url>`, `simulate webhook <url>`,
 * `flows list|get|publish`, `templates list|get|create|delete`. Results go to `io.stdout`,
 * progress and errors to `io.stderr`.
 *
 * @param argv - The arguments after the program name (`process.argv.slice(2)`).
 * @returns The exit code: 0 done, 1 the operation failed, 2 the command line is wrong.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const output = new CliOutput(io);
  const env = io.env ?? process.env;
  maskSecrets(output, argv, env);
  let split: ReturnType<typeof splitArgs>;
  try {
    split = splitArgs(argv);
  } catch (error) {
    return reportError(output, "", error, false);
  }
  const { command, group, rest, help, verbose, version } = split;
  if (command === undefined && group !== undefined && !help) {
    return reportError(
      output,
      group,
      new UsageError("missing the command", groupHelp(group)),
      false,
    );
  }
  if (command === undefined && !help && !version) {
    output.error(TOP_HELP);
    return ExitCode.USAGE;
  }
  if (command === undefined || help) {
    const text =
      command?.help ?? (group !== undefined ? groupHelp(group) : help ? TOP_HELP : VERSION);
    output.result(text);
    return ExitCode.OK;
  }
  const context: CliContext = { output, env, cwd: io.cwd ?? process.cwd(), verbose };
  try {
    return await command.run(rest, context);
  } catch (error) {
    return reportError(output, command.name, error, verbose);
  }
}

/** Masks the secrets of the command line and environment before anything is parsed or printed. */
function maskSecrets(
  output: CliOutput,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): void {
  for (const name of SECRET_VARIABLES) output.addSecret(env[name]);
  for (const [index, arg] of argv.entries()) {
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag !== undefined && SECRET_OPTIONS.includes(flag)) {
      output.addSecret(inline ?? argv[index + 1]);
    }
  }
}

/**
 * Finds the command words (`flows list`) and takes out the options that apply anywhere:
 * `--help`, `-h`, `--verbose`, and `--version` before a command. Everything after `--` is left
 * to the command.
 */
function splitArgs(argv: readonly string[]) {
  let group: string | undefined;
  let command: CliCommand | undefined;
  let help = false;
  let verbose = false;
  let version = false;
  const rest: string[] = [];
  for (const [index, arg] of argv.entries()) {
    if (arg === "--") {
      rest.push(...argv.slice(index));
      break;
    }
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--verbose") verbose = true;
    else if (command !== undefined) {
      const sub = rest.length === 0 ? command.subcommands?.[arg] : undefined;
      if (sub === undefined) rest.push(arg);
      else command = sub;
    } else if (arg === "--version" && group === undefined) version = true;
    else if (arg.startsWith("-")) {
      throw new UsageError(
        `${arg.split("=")[0]} must come after the command`,
        "usage: tswa <command> [options] (tswa --help lists the commands)",
      );
    } else if (group !== undefined) {
      command = GROUPS[group]?.commands[arg];
      if (command === undefined) {
        throw new UsageError(`unknown command "${group} ${arg}"`, groupHelp(group));
      }
    } else if (arg in GROUPS) group = arg;
    else if (arg in COMMANDS) command = COMMANDS[arg];
    else throw new UsageError(`unknown command "${arg}"`, TOP_USAGE);
  }
  return { group, command, rest, help, verbose, version };
}

function groupHelp(name: string): string {
  const group = GROUPS[name]!;
  return [
    `tswa ${name}: ${group.summary}`,
    "",
    `usage: tswa ${name} <command> [options]`,
    "",
    "commands:",
    ...commandLines(Object.values(group.commands)),
    "",
    `tswa ${name} <command> --help shows a command's options.`,
  ].join("\n");
}

/** Each command with its positionals (`flows get <flow-id>`) and its summary. */
function commandLines(commands: readonly CliCommand[]): string[] {
  const synopses = commands.map((c) => c.usage.replace(/^usage: tswa /, "").split(/ \[| --/)[0]!);
  const width = Math.max(...synopses.map((s) => s.length)) + 2;
  return commands.map((c, i) => `  ${synopses[i]!.padEnd(width)}${c.summary}`);
}

const TOP_USAGE = "usage: tswa <command> [options] (tswa --help lists the commands)";

const TOP_HELP = `tswa: the command line of tswa, the TypeScript SDK for the WhatsApp Cloud API

usage: tswa <command> [options]

commands:
${commandLines(ALL).join("\n")}

options of every command:
  -h, --help    show help (tswa <command> --help shows a command's options)
  --verbose     print each Graph API call, and the stack trace of an error
  --version     print tswa's version (before any command)

Graph API commands read WHATSAPP_TOKEN, WHATSAPP_PHONE_ID, WHATSAPP_BUSINESS_ACCOUNT_ID and
GRAPH_BASE_URL from the environment; flags win over them.

exit codes: 0 done, 1 the operation failed, 2 the command line is wrong`;
