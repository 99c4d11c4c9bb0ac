import type { QRCode } from "@tswa/core";
import { type CliCommand, parseCommandArgs, usageOf } from "./command.js";
import { connect, GRAPH_OPTIONS_HELP, graphOptions, phoneOption } from "./connection.js";
import { ExitCode, UsageError } from "./errors.js";
import { alignTable } from "./table.js";

const options = {
  ...phoneOption,
  image: { type: "string" },
  json: { type: "boolean" },
  ...graphOptions,
} as const;

const OPTIONS_HELP = `  --json            one JSON object per QR code and line
  --phone-id <id>   the phone number id (default: $WHATSAPP_PHONE_ID)

${GRAPH_OPTIONS_HELP}`;

function imageType(value: string | undefined, command: CliCommand) {
  if (value === undefined) return undefined;
  const type = value.toUpperCase();
  if (type !== "PNG" && type !== "SVG")
    throw new UsageError("--image must be png or svg", usageOf(command));
  return type;
}

function qrTable(codes: readonly QRCode[]): string[] {
  const withImage = codes.some((c) => c.qrImageUrl !== undefined);
  return alignTable([
    ["CODE", "LINK", ...(withImage ? ["IMAGE"] : []), "MESSAGE"],
    ...codes.map((c) => [
      c.code,
      c.deepLinkUrl,
      ...(withImage ? [c.qrImageUrl ?? "-"] : []),
      c.prefilledMessage,
    ]),
  ]);
}

/** `tswa qr list`. */
export const qrList: CliCommand = {
  name: "qr list",
  summary: "list the QR codes of a phone number",
  usage: "usage: tswa qr list [--image png|svg] [--json] [Graph API options]",
  help: `Lists the QR codes of a phone number: code, short link and prefilled message, and with
--image the URL of each code's image in that format.

usage: tswa qr list [options]

options:
  --image png|svg   add the image URL of each code, in this format
${OPTIONS_HELP}`,
  async run(argv, context) {
    const { values } = parseCommandArgs(argv, this, options);
    const type = imageType(values.image, this);
    const { wa, phoneId } = connect(values, context, this, ["phoneId"]);
    context.output.progress(`listing the QR codes of phone number ${phoneId}…`);
    const codes: QRCode[] = [];
    for await (const code of wa.getQrCodes({ imageType: type })) {
      if (values.json) context.output.result(JSON.stringify(code));
      codes.push(code);
    }
    if (!values.json) context.output.result(...(codes.length ? qrTable(codes) : ["(no QR codes)"]));
    context.output.progress(`${codes.length} ${codes.length === 1 ? "QR code" : "QR codes"}`);
    return ExitCode.OK;
  },
};

/** `tswa qr create <message>`. */
export const qrCreate: CliCommand = {
  name: "qr create",
  summary: "create a QR code that opens a chat with a message",
  usage: "usage: tswa qr create <message> [--image png|svg] [--json] [Graph API options]",
  help: `Creates a QR code and short link that open a chat with <message> prefilled (up to 140
characters), and prints its code, link and image URL.

usage: tswa qr create <message> [options]

options:
  --image png|svg   the image format (default: png)
${OPTIONS_HELP}

example:
  tswa qr create "Hi! I saw your poster" --image svg`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, options, ["<message>"]);
    const type = imageType(values.image, this) ?? "PNG";
    const { wa, phoneId } = connect(values, context, this, ["phoneId"]);
    context.output.progress(`creating a QR code for phone number ${phoneId}…`);
    let code: QRCode;
    try {
      code = await wa.createQrCode(positionals[0]!, { imageType: type });
    } catch (error) {
      if (error instanceof TypeError) throw new UsageError(error.message, usageOf(this));
      throw error;
    }
    context.output.result(
      ...(values.json
        ? [JSON.stringify(code)]
        : [
            `code:  ${code.code}`,
            `link:  ${code.deepLinkUrl}`,
            `image: ${code.qrImageUrl ?? "-"}`,
          ]),
    );
    return ExitCode.OK;
  },
};
