import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { templates } from "@tswa/core";
import { type CliCommand, parseCommandArgs } from "./command.js";
import { businessAccountOption, connect, GRAPH_OPTIONS_HELP, graphOptions } from "./connection.js";
import { ExitCode, UsageError } from "./errors.js";
import { templateDetails, templateJson, templateTable } from "./template-format.js";

const list = (value: string | undefined) => value?.split(",").filter(Boolean);

const listOptions = {
  ...businessAccountOption,
  status: { type: "string" },
  category: { type: "string" },
  language: { type: "string" },
  search: { type: "string" },
  json: { type: "boolean" },
  ...graphOptions,
} as const;

/** `tswa templates list`: the templates of a WhatsApp Business Account, filtered. */
export const templatesList: CliCommand = {
  name: "templates list",
  summary: "list the message templates of a WhatsApp Business Account",
  usage:
    "usage: tswa templates list [--status <s,…>] [--category <c,…>] [--language <l,…>] [--search <text>] [--json] [Graph API options]",
  help: `Lists the message templates of a WhatsApp Business Account, page after page: id, status,
category, language, quality and name; or one JSON object per line with --json.

usage: tswa templates list [options]

options:
  --waba-id <id>        the WhatsApp Business Account id (default: $WHATSAPP_BUSINESS_ACCOUNT_ID)
  --status <s,…>        only these statuses (APPROVED, PENDING, REJECTED, PAUSED…)
  --category <c,…>      only these categories (MARKETING, UTILITY, AUTHENTICATION)
  --language <l,…>      only these languages (en_US, fr…)
  --search <text>       only templates whose name or content contains the text
  --json                one JSON object per template and line (JSON Lines)

${GRAPH_OPTIONS_HELP}

example:
  tswa templates list --status REJECTED --json | jq -r .name`,
  async run(argv, context) {
    const { values } = parseCommandArgs(argv, this, listOptions);
    const { wa, businessAccountId } = connect(values, context, this, ["businessAccountId"]);
    context.output.progress(`listing the templates of business account ${businessAccountId}…`);
    const table = [];
    let count = 0;
    for await (const template of wa.getTemplates({
      statuses: list(values.status),
      categories: list(values.category),
      languages: list(values.language),
      nameOrContent: values.search,
    })) {
      count++;
      if (values.json) context.output.result(templateJson(template));
      else table.push(template);
    }
    if (!values.json)
      context.output.result(...(count === 0 ? ["(no templates)"] : templateTable(table)));
    context.output.progress(`${count} ${count === 1 ? "template" : "templates"}`);
    return ExitCode.OK;
  },
};

const getOptions = { json: { type: "boolean" }, ...graphOptions } as const;

/** `tswa templates get <id>`: one template with its components. */
export const templatesGet: CliCommand = {
  name: "templates get",
  summary: "show a message template and its components",
  usage: "usage: tswa templates get <template-id> [--json] [Graph API options]",
  help: `Shows a message template: status (and why it was rejected), category, language, quality
and its components; or the whole template as JSON with --json.

usage: tswa templates get <template-id> [options]

options:
  --json            the template as one JSON object

${GRAPH_OPTIONS_HELP}

example:
  tswa templates get 594425479261596`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, getOptions, ["<template-id>"]);
    const templateId = positionals[0]!;
    const { wa } = connect(values, context, this);
    context.output.progress(`fetching template ${templateId}…`);
    const template = await wa.getTemplate(templateId);
    context.output.result(...(values.json ? [templateJson(template)] : templateDetails(template)));
    return ExitCode.OK;
  },
};

const createOptions = { ...businessAccountOption, ...graphOptions } as const;

/** `tswa templates create <file>`: submits a template kept as Graph's JSON. */
export const templatesCreate: CliCommand = {
  name: "templates create",
  summary: "submit a message template from a JSON file for review",
  usage: "usage: tswa templates create <file.json> [--waba-id <id>] [Graph API options]",
  help: `Submits a message template for review from a JSON file in Graph's format (name, language,
category, components). tswa checks it first (name, lengths, placeholders and their
examples, buttons, carousel cards) and says what to fix; media header examples must be
upload handles ("4::…").

usage: tswa templates create <file.json> [options]

options:
  --waba-id <id>    the WhatsApp Business Account id (default: $WHATSAPP_BUSINESS_ACCOUNT_ID)

${GRAPH_OPTIONS_HELP}

example:
  tswa templates create ./templates/order_update.json`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, createOptions, ["<file.json>"]);
    const file = resolve(context.cwd, positionals[0]!);
    const { wa, businessAccountId } = connect(values, context, this, ["businessAccountId"]);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch (cause) {
      throw new UsageError(
        `cannot read ${positionals[0]} as JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
        this.usage,
      );
    }
    const template = templates.Template.fromJSON(json);
    context.output.progress(
      `creating template ${template.name} in business account ${businessAccountId}…`,
    );
    const created = await wa.createTemplate(template);
    context.output.result(
      `created template ${template.name}: id ${created.id}, ${created.status}, ${created.category}`,
    );
    return ExitCode.OK;
  },
};

const deleteOptions = {
  ...businessAccountOption,
  id: { type: "string" },
  ...graphOptions,
} as const;

/** `tswa templates delete <name>`: deletes a template (every language, or one by id). */
export const templatesDelete: CliCommand = {
  name: "templates delete",
  summary: "delete a message template",
  usage:
    "usage: tswa templates delete <name> [--id <template-id>] [--waba-id <id>] [Graph API options]",
  help: `Deletes a message template: every language of the name, or only the one with --id.

usage: tswa templates delete <name> [options]

options:
  --id <template-id>  delete only this template (one language)
  --waba-id <id>      the WhatsApp Business Account id (default: $WHATSAPP_BUSINESS_ACCOUNT_ID)

${GRAPH_OPTIONS_HELP}

example:
  tswa templates delete seasonal_promotion --id 594425479261596`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, deleteOptions, ["<name>"]);
    const name = positionals[0]!;
    const { wa } = connect(values, context, this, ["businessAccountId"]);
    context.output.progress(`deleting template ${name}${values.id ? ` (${values.id})` : ""}…`);
    await wa.deleteTemplate(name, { templateId: values.id });
    context.output.result(`deleted template ${name}${values.id ? ` (${values.id})` : ""}`);
    return ExitCode.OK;
  },
};
