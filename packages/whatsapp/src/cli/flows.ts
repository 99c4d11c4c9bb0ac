import { type FlowDetailsField, FlowPublishingError } from "@tswa/core";
import type { WhatsApp } from "../whatsapp.js";
import { type CliCommand, parseCommandArgs } from "./command.js";
import {
  businessAccountOption,
  connect,
  GRAPH_OPTIONS_HELP,
  graphOptions,
  phoneOption,
} from "./connection.js";
import { CommandFailure, ExitCode, explain } from "./errors.js";
import { flowDetails, flowJson, flowTable, validationErrorLines } from "./flow-format.js";

/** The fields `flows list` asks for: cheap ones (a preview link or health check costs Graph work). */
const LIST_FIELDS: readonly FlowDetailsField[] = [
  "jsonVersion",
  "dataApiVersion",
  "endpointUri",
  "updatedAt",
];

const listOptions = {
  ...businessAccountOption,
  json: { type: "boolean" },
  ...graphOptions,
} as const;

/** `tswa flows list`: every flow of a WhatsApp Business Account. */
export const flowsList: CliCommand = {
  name: "flows list",
  summary: "list the flows of a WhatsApp Business Account",
  usage: "usage: tswa flows list [--waba-id <id>] [--json] [Graph API options]",
  help: `Lists every flow of a WhatsApp Business Account, page after page: id, status, number of
validation errors, last update and name; or one JSON object per line with --json.

usage: tswa flows list [options]

options:
  --waba-id <id>    the WhatsApp Business Account id (default: $WHATSAPP_BUSINESS_ACCOUNT_ID)
  --json            one JSON object per flow and line (JSON Lines), for jq and scripts

${GRAPH_OPTIONS_HELP}

example:
  tswa flows list --json | jq -r 'select(.status == "DRAFT") | .id'`,
  async run(argv, context) {
    const { values } = parseCommandArgs(argv, this, listOptions);
    const { wa, businessAccountId } = connect(values, context, this, ["businessAccountId"]);
    context.output.progress(`listing the flows of business account ${businessAccountId}…`);
    const table = [];
    let count = 0;
    for await (const flow of wa.getFlows({ fields: LIST_FIELDS })) {
      count++;
      // JSON lines go out as each page arrives; the table needs every row for its widths.
      if (values.json) context.output.result(flowJson(flow));
      else table.push(flow);
    }
    if (!values.json) context.output.result(...(count === 0 ? ["(no flows)"] : flowTable(table)));
    context.output.progress(`${count} ${count === 1 ? "flow" : "flows"}`);
    return ExitCode.OK;
  },
};

const getOptions = { ...phoneOption, json: { type: "boolean" }, ...graphOptions } as const;

/** `tswa flows get <id>`: one flow's details and validation errors. */
export const flowsGet: CliCommand = {
  name: "flows get",
  summary: "show a flow, with its validation errors",
  usage: "usage: tswa flows get <flow-id> [--json] [Graph API options]",
  help: `Shows a flow: status, categories, versions, endpoint, preview link, health, and every
validation error with its position and JSON path; or the whole flow as JSON with --json.

usage: tswa flows get <flow-id> [options]

options:
  --json            the flow as one JSON object
  --phone-id <id>   check the flow's health for sending from this phone number
                    (default: $WHATSAPP_PHONE_ID, when set)

${GRAPH_OPTIONS_HELP}

example:
  tswa flows get 1187440182476201`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, getOptions, ["<flow-id>"]);
    const flowId = positionals[0]!;
    const { wa, phoneId } = connect(values, context, this);
    context.output.progress(`fetching flow ${flowId}…`);
    const flow = await wa.getFlow(flowId, { phoneNumberId: phoneId });
    context.output.result(...(values.json ? [flowJson(flow)] : flowDetails(flow)));
    return ExitCode.OK;
  },
};

/** `tswa flows publish <id>`: publishes a draft, or says what stops it. */
export const flowsPublish: CliCommand = {
  name: "flows publish",
  summary: "publish a draft flow",
  usage: "usage: tswa flows publish <flow-id> [Graph API options]",
  help: `Publishes a DRAFT flow so that it can be sent to anyone. When WhatsApp refuses, prints its
reason and the flow's validation errors, and exits 1.

usage: tswa flows publish <flow-id> [options]

${GRAPH_OPTIONS_HELP}

example:
  tswa flows publish 1187440182476201`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, this, graphOptions, ["<flow-id>"]);
    const flowId = positionals[0]!;
    const { wa } = connect(values, context, this);
    context.output.progress(`publishing flow ${flowId}…`);
    try {
      await wa.publishFlow(flowId);
    } catch (error) {
      if (!(error instanceof FlowPublishingError)) throw error;
      context.output.progress(`fetching the validation errors of flow ${flowId}…`);
      throw new CommandFailure(
        `WhatsApp refused to publish flow ${flowId}: ${explain(error).why}`,
        ["fix the flow (tswa flows get shows it), upload its JSON again, then publish"],
        { details: await validationErrorsOf(wa, flowId), cause: error },
      );
    }
    context.output.result(`published flow ${flowId}`);
    return ExitCode.OK;
  },
};

/** The validation errors behind a refused publish; a failure to fetch them is said, not thrown. */
async function validationErrorsOf(wa: WhatsApp, flowId: string): Promise<string[]> {
  try {
    const flow = await wa.getFlow(flowId, { fields: [] });
    return flow.validationErrors.length === 0 ? [] : validationErrorLines(flow.validationErrors);
  } catch (error) {
    return [`(the flow's validation errors could not be fetched: ${explain(error).why})`];
  }
}
