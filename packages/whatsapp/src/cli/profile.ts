import { type BusinessProfile, type BusinessProfileInput, Industry } from "@tswa/core";
import { type CliCommand, parseCommandArgs, usageOf } from "./command.js";
import { connect, GRAPH_OPTIONS_HELP, graphOptions, phoneOption } from "./connection.js";
import { ExitCode, UsageError } from "./errors.js";
import { alignTable } from "./table.js";

function profileLines(profile: BusinessProfile): string[] {
  const rows: [string, string | undefined][] = [
    ["about", profile.about],
    ["address", profile.address],
    ["description", profile.description],
    ["email", profile.email],
    ["industry", profile.industry],
    ["websites", profile.websites.join(", ")],
    ["picture", profile.profilePictureUrl],
  ];
  return alignTable(rows.map(([name, value]) => [`${name}:`, value || "-"]));
}

/** `tswa profile get`. */
export const profileGet: CliCommand = {
  name: "profile get",
  summary: "show the business profile of a phone number",
  usage: "usage: tswa profile get [--json] [Graph API options]",
  help: `Shows the business profile of a phone number: about, address, description, email,
industry, websites and picture; or the profile as JSON with --json.

usage: tswa profile get [options]

options:
  --json            the profile as one JSON object
  --phone-id <id>   the phone number id (default: $WHATSAPP_PHONE_ID)

${GRAPH_OPTIONS_HELP}`,
  async run(argv, context) {
    const options = { ...phoneOption, json: { type: "boolean" }, ...graphOptions } as const;
    const { values } = parseCommandArgs(argv, this, options);
    const { wa, phoneId } = connect(values, context, this, ["phoneId"]);
    context.output.progress(`fetching the business profile of phone number ${phoneId}…`);
    const profile = await wa.getBusinessProfile();
    context.output.result(...(values.json ? [JSON.stringify(profile)] : profileLines(profile)));
    return ExitCode.OK;
  },
};

const INDUSTRIES = Object.values(Industry).join(", ");

/** `tswa profile set`. */
export const profileSet: CliCommand = {
  name: "profile set",
  summary: "change the business profile of a phone number",
  usage:
    "usage: tswa profile set [--about <text>] [--address <text>] [--description <text>] [--email <email>] [--industry <name>] [--website <url>]... [Graph API options]",
  help: `Changes the fields given of the business profile; the others stay as they are. An empty
value ("") clears a field.

usage: tswa profile set [options]

options:
  --about <text>         up to 139 characters
  --address <text>       up to 256 characters
  --description <text>   up to 512 characters
  --email <email>        up to 128 characters
  --industry <name>      one of ${INDUSTRIES}
  --website <url>        up to 2, each starting with http:// or https:// (repeat the flag)
  --phone-id <id>        the phone number id (default: $WHATSAPP_PHONE_ID)

${GRAPH_OPTIONS_HELP}

example:
  tswa profile set --about "Fresh bread daily" --website https://example.com`,
  async run(argv, context) {
    const options = {
      ...phoneOption,
      about: { type: "string" },
      address: { type: "string" },
      description: { type: "string" },
      email: { type: "string" },
      industry: { type: "string" },
      website: { type: "string", multiple: true },
      ...graphOptions,
    } as const;
    const { values } = parseCommandArgs(argv, this, options);
    const text = (value: string | undefined) => (value === "" ? null : value);
    const industry = values.industry?.toUpperCase();
    if (industry && !Object.values<string>(Industry).includes(industry)) {
      throw new UsageError(`--industry must be one of ${INDUSTRIES}`, usageOf(this));
    }
    const fields: BusinessProfileInput = {
      about: text(values.about),
      address: text(values.address),
      description: text(values.description),
      email: text(values.email),
      industry: industry === "" ? null : industry,
      websites: values.website?.filter((url) => url !== ""),
    };
    if (Object.values(fields).every((value) => value === undefined)) {
      throw new UsageError("give at least one field to change", usageOf(this));
    }
    const { wa, phoneId } = connect(values, context, this, ["phoneId"]);
    context.output.progress(`updating the business profile of phone number ${phoneId}…`);
    try {
      await wa.updateBusinessProfile(fields);
    } catch (error) {
      if (error instanceof TypeError) throw new UsageError(error.message, usageOf(this));
      throw error;
    }
    const changed = Object.keys(fields).filter(
      (k) => fields[k as keyof typeof fields] !== undefined,
    );
    context.output.result(`updated ${changed.join(", ")}`);
    return ExitCode.OK;
  },
};
