import type { BusinessPhoneNumber } from "@tswa/core";
import { type CliCommand, parseCommandArgs, usageOf } from "./command.js";
import {
  businessAccountOption,
  connect,
  GRAPH_OPTIONS_HELP,
  graphOptions,
  phoneOption,
} from "./connection.js";
import { ExitCode, UsageError } from "./errors.js";
import { alignTable } from "./table.js";

const PHONE_HELP = `  --phone-id <id>   the phone number id (default: $WHATSAPP_PHONE_ID)

${GRAPH_OPTIONS_HELP}`;

const phoneOnly = { ...phoneOption, ...graphOptions } as const;

function numberTable(numbers: readonly BusinessPhoneNumber[]): string[] {
  return alignTable([
    ["ID", "NUMBER", "QUALITY", "STATUS", "NAME"],
    ...numbers.map((n) => [
      n.id,
      n.displayPhoneNumber ?? "-",
      n.qualityRating ?? "-",
      n.status ?? n.codeVerificationStatus ?? "-",
      n.verifiedName ?? "-",
    ]),
  ]);
}

/** `tswa phone list`: the phone numbers of a WhatsApp Business Account. */
export const phoneList: CliCommand = {
  name: "phone list",
  summary: "list the phone numbers of a WhatsApp Business Account",
  usage: "usage: tswa phone list [--waba-id <id>] [--json] [Graph API options]",
  help: `Lists the phone numbers of a WhatsApp Business Account: id, number, quality rating,
status and display name; or one JSON object per line with --json.

usage: tswa phone list [options]

options:
  --waba-id <id>    the WhatsApp Business Account id (default: $WHATSAPP_BUSINESS_ACCOUNT_ID)
  --json            one JSON object per number and line (JSON Lines)

${GRAPH_OPTIONS_HELP}`,
  async run(argv, context) {
    const options = {
      ...businessAccountOption,
      json: { type: "boolean" },
      ...graphOptions,
    } as const;
    const { values } = parseCommandArgs(argv, this, options);
    const { wa, businessAccountId } = connect(values, context, this, ["businessAccountId"]);
    context.output.progress(`listing the phone numbers of business account ${businessAccountId}…`);
    const numbers: BusinessPhoneNumber[] = [];
    for await (const number of wa.getBusinessPhoneNumbers()) {
      if (values.json) context.output.result(JSON.stringify(number));
      numbers.push(number);
    }
    if (!values.json) {
      context.output.result(
        ...(numbers.length === 0 ? ["(no phone numbers)"] : numberTable(numbers)),
      );
    }
    context.output.progress(`${numbers.length} ${numbers.length === 1 ? "number" : "numbers"}`);
    return ExitCode.OK;
  },
};

/** `tswa phone request-code`: asks WhatsApp to send a verification code. */
export const phoneRequestCode: CliCommand = {
  name: "phone request-code",
  summary: "have WhatsApp send a verification code to a number",
  usage:
    "usage: tswa phone request-code [--method SMS|VOICE] [--language <code>] [Graph API options]",
  help: `Asks WhatsApp to send a verification code to the phone number, by SMS or voice call;
then run tswa phone verify <code>.

usage: tswa phone request-code [options]

options:
  --method SMS|VOICE   how the code is delivered (default: SMS)
  --language <code>    the language of the message, such as en_US (default: en_US)
${PHONE_HELP}`,
  async run(argv, context) {
    const options = {
      ...phoneOnly,
      method: { type: "string", default: "SMS" },
      language: { type: "string", default: "en_US" },
    } as const;
    const { values } = parseCommandArgs(argv, this, options);
    const codeMethod = values.method.toUpperCase();
    if (codeMethod !== "SMS" && codeMethod !== "VOICE") {
      throw new UsageError("--method must be SMS or VOICE", usageOf(this));
    }
    const { wa, phoneId } = connect(values, context, this, ["phoneId"]);
    context.output.progress(`requesting a verification code for phone number ${phoneId}…`);
    await wa.requestVerificationCode({ codeMethod, languageCode: values.language });
    context.output.result(`code sent by ${codeMethod}: run tswa phone verify <code>`);
    return ExitCode.OK;
  },
};

/** `tswa phone verify <code>`. */
export const phoneVerify: CliCommand = {
  name: "phone verify",
  summary: "verify a number with the code WhatsApp sent",
  usage: "usage: tswa phone verify <code> [Graph API options]",
  help: `Verifies the phone number with the code WhatsApp sent it (tswa phone request-code).

usage: tswa phone verify <code> [options]

options:
${PHONE_HELP}`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, phoneOnly, ["<code>"]);
    const code = positionals[0]!;
    if (!/^\d[\d-]*$/.test(code)) throw new UsageError("<code> must be digits", usageOf(this));
    const { wa, phoneId } = connect(values, context, this, ["phoneId"]);
    context.output.progress(`verifying phone number ${phoneId}…`);
    await wa.verifyPhoneNumber(code);
    context.output.result(`verified phone number ${phoneId}`);
    return ExitCode.OK;
  },
};

/** `tswa phone register <pin>`. */
export const phoneRegister: CliCommand = {
  name: "phone register",
  summary: "register a number for Cloud API with its two-step PIN",
  usage: "usage: tswa phone register <pin> [--region <CC>] [Graph API options]",
  help: `Registers the phone number for Cloud API with its six-digit two-step verification PIN (the
first registration sets it). The PIN is never printed.

usage: tswa phone register <pin> [options]

options:
  --region <CC>     turn on local storage in this country (2-letter code, such as DE)
${PHONE_HELP}`,
  async run(argv, context) {
    const options = { ...phoneOnly, region: { type: "string" } } as const;
    const { values, positionals } = parseCommandArgs(argv, this, options, ["<pin>"]);
    const pin = positionals[0]!;
    context.output.addSecret(pin);
    if (!/^\d{6}$/.test(pin)) throw new UsageError("<pin> must be six digits", usageOf(this));
    const region = values.region?.toUpperCase();
    if (region !== undefined && !/^[A-Z]{2}$/.test(region)) {
      throw new UsageError("--region must be a 2-letter country code", usageOf(this));
    }
    const { wa, phoneId } = connect(values, context, this, ["phoneId"]);
    context.output.progress(`registering phone number ${phoneId}…`);
    await wa.registerPhoneNumber(pin, { dataLocalizationRegion: region });
    context.output.result(`registered phone number ${phoneId}`);
    return ExitCode.OK;
  },
};
