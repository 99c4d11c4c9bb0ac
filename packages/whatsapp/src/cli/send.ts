import { MessageValidationError, type SentMessage, UploadFileError } from "@tswa/core";
import type { WhatsApp } from "../whatsapp.js";
import { type CliCommand, type CliContext, parseCommandArgs, usageOf } from "./command.js";
import { connect, GRAPH_OPTIONS_HELP, graphOptions, phoneOption } from "./connection.js";
import { ExitCode, UsageError } from "./errors.js";

const common = { ...phoneOption, json: { type: "boolean" }, ...graphOptions } as const;

const COMMON_HELP = `  --phone-id <id>   the phone number to send from (default: $WHATSAPP_PHONE_ID)
  --json            print {"id", "to"} as JSON

<to> is a phone number in international format or a WhatsApp id (wa_id).

${GRAPH_OPTIONS_HELP}`;

/**
 * Sends with `send`, reporting the message id; a refused argument or a file that cannot be read
 * is a usage error (exit 2).
 */
async function deliver(
  command: CliCommand,
  context: CliContext,
  values: { json?: boolean | undefined } & Parameters<typeof connect>[0],
  to: string,
  send: (wa: WhatsApp) => Promise<SentMessage>,
): Promise<number> {
  const { wa } = connect(values, context, command, ["phoneId"]);
  context.output.progress(`sending a ${command.name.split(" ")[1]} message to ${to}…`);
  let sent: SentMessage;
  try {
    sent = await send(wa);
  } catch (error) {
    if (error instanceof MessageValidationError || error instanceof UploadFileError) {
      throw new UsageError(error.message, usageOf(command));
    }
    throw error;
  }
  context.output.result(values.json ? JSON.stringify({ id: sent.id, to }) : `sent ${sent.id}`);
  return ExitCode.OK;
}

/** `tswa send text <to> <text>`. */
export const sendText: CliCommand = {
  name: "send text",
  summary: "send a text message",
  usage: "usage: tswa send text <to> <text> [--preview-url] [--json] [Graph API options]",
  help: `Sends a text message (up to 4,096 characters, WhatsApp formatting works).

usage: tswa send text <to> <text> [options]

options:
  --preview-url     show a preview of the first link in the text
${COMMON_HELP}

example:
  tswa send text 972987654321 "Your order shipped"`,
  async run(argv, context) {
    const options = { ...common, "preview-url": { type: "boolean" } } as const;
    const { values, positionals } = parseCommandArgs(argv, this, options, ["<to>", "<text>"]);
    const [to, text] = positionals as [string, string];
    return deliver(this, context, values, to, (wa) =>
      wa.sendMessage({ to, text, previewUrl: values["preview-url"] }),
    );
  },
};

const mediaOptions = { ...common, caption: { type: "string" } } as const;

/** `tswa send image <to> <media>`. */
export const sendImage: CliCommand = {
  name: "send image",
  summary: "send an image (a link, a media id or a file)",
  usage: "usage: tswa send image <to> <media> [--caption <text>] [--json] [Graph API options]",
  help: `Sends an image: <media> is an https:// link WhatsApp downloads, the id of an uploaded media,
or a JPEG or PNG file (at most 5 MB), uploaded first.

usage: tswa send image <to> <media> [options]

options:
  --caption <text>  the caption under the image
${COMMON_HELP}

example:
  tswa send image 972987654321 https://example.com/menu.jpg --caption "Today's menu"
  tswa send image 972987654321 ./menu.jpg`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, mediaOptions, ["<to>", "<media>"]);
    const [to, image] = positionals as [string, string];
    return deliver(this, context, values, to, (wa) =>
      wa.sendImage({ to, image, caption: values.caption }),
    );
  },
};

/** `tswa send document <to> <media>`. */
export const sendDocument: CliCommand = {
  name: "send document",
  summary: "send a document (a link, a media id or a file)",
  usage:
    "usage: tswa send document <to> <media> [--filename <name>] [--caption <text>] [--json] [Graph API options]",
  help: `Sends a document: <media> is an https:// link WhatsApp downloads, the id of an uploaded media,
or a file (at most 100 MB), uploaded first and shown under its own name unless --filename.

usage: tswa send document <to> <media> [options]

options:
  --filename <name>  the file name shown, with its extension
  --caption <text>   the caption under the document
${COMMON_HELP}

example:
  tswa send document 972987654321 https://example.com/invoice.pdf --filename invoice.pdf
  tswa send document 972987654321 ./invoice.pdf`,
  async run(argv, context) {
    const options = { ...mediaOptions, filename: { type: "string" } } as const;
    const { values, positionals } = parseCommandArgs(argv, this, options, ["<to>", "<media>"]);
    const [to, document] = positionals as [string, string];
    return deliver(this, context, values, to, (wa) =>
      wa.sendDocument({ to, document, filename: values.filename, caption: values.caption }),
    );
  },
};

/** `tswa send location <to> --latitude --longitude`. */
export const sendLocation: CliCommand = {
  name: "send location",
  summary: "send a location pin",
  usage:
    "usage: tswa send location <to> --latitude <deg> --longitude <deg> [--name <name>] [--address <text>] [--json] [Graph API options]",
  help: `Sends a location pin, with an optional name and address.

usage: tswa send location <to> --latitude <deg> --longitude <deg> [options]

options:
  --latitude <deg>   -90 to 90
  --longitude <deg>  -180 to 180
  --name <name>      the place's name
  --address <text>   the place's address
${COMMON_HELP}

example:
  tswa send location 972987654321 --latitude 37.4847 --longitude=-122.1473 --name "Meta HQ"

(write a negative value as --longitude=-122.1 so that it is not read as an option)`,
  async run(argv, context) {
    const options = {
      ...common,
      latitude: { type: "string" },
      longitude: { type: "string" },
      name: { type: "string" },
      address: { type: "string" },
    } as const;
    const { values, positionals } = parseCommandArgs(argv, this, options, ["<to>"]);
    const to = positionals[0]!;
    const degrees = (flag: "latitude" | "longitude") => {
      const text = values[flag];
      const value = Number(text);
      if (text === undefined || text.trim() === "" || !Number.isFinite(value)) {
        throw new UsageError(`--${flag} must be a number of degrees`, usageOf(this));
      }
      return value;
    };
    const latitude = degrees("latitude");
    const longitude = degrees("longitude");
    return deliver(this, context, values, to, (wa) =>
      wa.sendLocation({ to, latitude, longitude, name: values.name, address: values.address }),
    );
  },
};
