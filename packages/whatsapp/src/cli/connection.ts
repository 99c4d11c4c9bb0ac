import { defaultFetch, type FetchLike, WhatsAppConfigurationError } from "@tswa/core";
import { WhatsApp } from "../whatsapp.js";
import { type CliCommand, type CliContext, usageOf } from "./command.js";
import { UsageError } from "./errors.js";
import type { CliOutput } from "./output.js";

/** The options of every command that calls the Graph API. */
export const graphOptions = {
  token: { type: "string" },
  "api-version": { type: "string" },
  "base-url": { type: "string" },
} as const;

/** The option of commands that act on a phone number. */
export const phoneOption = { "phone-id": { type: "string" } } as const;

/** The option of commands that act on a WhatsApp Business Account. */
export const businessAccountOption = { "waba-id": { type: "string" } } as const;

/** The help lines of {@link graphOptions}. */
export const GRAPH_OPTIONS_HELP = `Graph API options (flags win over the environment):
  --token <token>        access token (default: $WHATSAPP_TOKEN); never printed
  --api-version <v>      Graph API version, such as v26.0 (default: tswa's)
  --base-url <url>       Graph API origin (default: $GRAPH_BASE_URL, else https://graph.facebook.com)`;

/** Each option of `new WhatsApp()` the CLI fills, with its flag and environment variable. */
const SOURCES = {
  token: { flag: "--token", env: "WHATSAPP_TOKEN" },
  phoneId: { flag: "--phone-id", env: "WHATSAPP_PHONE_ID" },
  businessAccountId: { flag: "--waba-id", env: "WHATSAPP_BUSINESS_ACCOUNT_ID" },
  apiVersion: { flag: "--api-version", env: undefined },
  baseUrl: { flag: "--base-url", env: "GRAPH_BASE_URL" },
} as const;

type Option = keyof typeof SOURCES;

interface ConnectionValues {
  token?: string | undefined;
  "phone-id"?: string | undefined;
  "waba-id"?: string | undefined;
  "api-version"?: string | undefined;
  "base-url"?: string | undefined;
}

/** A client for a command, and the ids it resolved. */
export interface Connection {
  wa: WhatsApp;
  phoneId: string | undefined;
  businessAccountId: string | undefined;
}

/**
 * Makes the `WhatsApp` client a command calls Graph with, from its flags and, for what they
 * leave out, the environment.
 *
 * @throws {@link UsageError} when the token (or an id the command `needs`) is missing or
 *   invalid, naming the flag and the environment variable.
 */
export function connect(
  values: ConnectionValues,
  context: CliContext,
  command: Pick<CliCommand, "name" | "usage">,
  needs: readonly ("phoneId" | "businessAccountId")[] = [],
): Connection {
  const pick = (option: Option, flagValue: string | undefined) => {
    const env = SOURCES[option].env;
    const value = flagValue ?? (env === undefined ? undefined : context.env[env]);
    return value === "" ? undefined : value;
  };
  const token = pick("token", values.token);
  context.output.addSecret(token);
  const ids = {
    phoneId: pick("phoneId", values["phone-id"]),
    businessAccountId: pick("businessAccountId", values["waba-id"]),
  };
  if (token === undefined) throw missing("token", "the access token", command);
  for (const option of needs) {
    if (ids[option] === undefined) {
      throw missing(
        option,
        option === "phoneId" ? "the phone number id" : "the WhatsApp Business Account id",
        command,
      );
    }
  }
  try {
    const wa = new WhatsApp({
      token,
      ...ids,
      apiVersion: values["api-version"],
      baseUrl: pick("baseUrl", values["base-url"]),
      fetch: context.verbose ? loggedFetch(context.output) : undefined,
    });
    return { wa, ...ids };
  } catch (error) {
    if (error instanceof WhatsAppConfigurationError && error.option in SOURCES) {
      const source = describe(error.option as Option);
      // "new WhatsApp(): option `phoneId` must be digits" -> "must be digits"
      const reason = error.message.replace(/^.*option `\w+` /, "");
      throw new UsageError(`invalid ${source}: ${reason}`, usageOf(command));
    }
    throw error;
  }
}

function missing(option: Option, what: string, command: Pick<CliCommand, "name" | "usage">) {
  return new UsageError(`missing ${what}: pass ${describe(option, "or set")}`, usageOf(command));
}

function describe(option: Option, joiner = "or"): string {
  const { flag, env } = SOURCES[option];
  return env === undefined ? flag : `${flag} ${joiner} ${env}`;
}

/** `--verbose`: one stderr line per Graph call. Only method, URL and status: never headers. */
function loggedFetch(output: CliOutput): FetchLike {
  return async (input, init) => {
    const started = performance.now();
    const method = init.method ?? "GET";
    try {
      const response = await defaultFetch(input, init);
      const ms = Math.round(performance.now() - started);
      output.progress(`graph: ${method} ${input} -> HTTP ${response.status} (${ms} ms)`);
      return response;
    } catch (error) {
      output.progress(`graph: ${method} ${input} -> no answer`);
      throw error;
    }
  };
}
