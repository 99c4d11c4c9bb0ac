import {
  AuthorizationError,
  ExpiredAccessToken,
  GraphApiError,
  GraphResponseError,
  WhatsAppNetworkError,
  WhatsAppTimeoutError,
} from "@tswa/core";
import type { CliOutput } from "./output.js";

/** The exit codes of `tswa`. */
export const ExitCode = { OK: 0, FAILED: 1, USAGE: 2 } as const;

/** The command line was wrong (a missing argument, an unknown option): exit code 2. */
export class UsageError extends Error {
  /** The usage line of the command, printed under the message. */
  readonly usage: string | undefined;

  constructor(message: string, usage?: string) {
    super(message);
    this.name = "UsageError";
    this.usage = usage;
  }
}

/** The operation failed for a reason the message explains in full: exit code 1. */
export class CommandFailure extends Error {
  /** What the user can do about it, one line each. */
  readonly hints: readonly string[];
  /** Lines printed under the message, such as a flow's validation errors. */
  readonly details: readonly string[];

  constructor(
    message: string,
    hints: readonly string[] = [],
    options: { details?: readonly string[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "CommandFailure";
    this.hints = hints;
    this.details = options.details ?? [];
  }
}

/**
 * Prints an error as `tswa: <what failed>: <why>`, with hints under it and, with `--verbose`,
 * the stack trace. Returns the exit code: 2 for a {@link UsageError}, else 1.
 */
export function reportError(
  output: CliOutput,
  what: string,
  error: unknown,
  verbose: boolean,
): number {
  const { why, hints } = explain(error);
  output.error(what === "" ? `tswa: ${why}` : `tswa: ${what}: ${why}`);
  if (error instanceof UsageError && error.usage) output.error(error.usage);
  if (error instanceof CommandFailure) output.error(...error.details);
  for (const hint of hints) output.error(`hint: ${hint}`);
  if (verbose) output.error(...stackOf(error));
  return error instanceof UsageError ? ExitCode.USAGE : ExitCode.FAILED;
}

/** One line of reason, and hints, for anything a command may throw. */
export function explain(error: unknown): { why: string; hints: readonly string[] } {
  if (error instanceof CommandFailure) return { why: error.message, hints: error.hints };
  if (error instanceof GraphApiError) return { why: graphReason(error), hints: graphHints(error) };
  if (error instanceof WhatsAppTimeoutError) {
    return {
      why: `no answer from ${originOf(error.url)} within ${error.timeout} ms`,
      hints: ["try again; check --base-url (GRAPH_BASE_URL) if you changed it"],
    };
  }
  if (error instanceof WhatsAppNetworkError) {
    const reason = error.cause instanceof Error ? rootMessage(error.cause) : error.message;
    return {
      why: `cannot reach ${originOf(error.url)}: ${reason}`,
      hints: ["check your network, and --base-url (GRAPH_BASE_URL) if you changed it"],
    };
  }
  if (error instanceof GraphResponseError) {
    return {
      why: error.message,
      hints: ["the answer did not come from the Graph API: check --base-url (GRAPH_BASE_URL)"],
    };
  }
  if (error instanceof Error) return { why: error.message, hints: [] };
  return { why: String(error), hints: [] };
}

/** Graph's code, message, details and trace id: what Meta support asks for. */
function graphReason(error: GraphApiError): string {
  const code = error.subcode ? `${error.code}/${error.subcode}` : String(error.code);
  const extra = [error.userMessage, error.details].filter(
    (text): text is string => text !== undefined && text !== "" && text !== error.graphMessage,
  );
  const trace = error.fbtraceId ? ` (fbtrace_id ${error.fbtraceId})` : "";
  const sentences = [error.graphMessage, ...new Set(extra)].map((text) =>
    /[.!?)]$/.test(text) ? text : `${text}.`,
  );
  return `Graph error ${code}: ${sentences.join(" ")}${trace}`;
}

function graphHints(error: GraphApiError): string[] {
  if (error instanceof ExpiredAccessToken) {
    return ["the access token expired: make a new one (a system-user token does not expire)"];
  }
  if (error instanceof AuthorizationError) {
    return [
      "check the access token (--token or WHATSAPP_TOKEN) and that it has the whatsapp_business_management permission",
    ];
  }
  if (error.code === 100 && error.subcode === 33) {
    return ["the id does not exist or the token cannot see it: check the id and the token's app"];
  }
  return [];
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function rootMessage(error: Error): string {
  let current: Error = error;
  while (current.cause instanceof Error) current = current.cause;
  return current.message;
}

function stackOf(error: unknown): string[] {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    lines.push(
      depth === 0 ? "" : "caused by:",
      current instanceof Error ? (current.stack ?? String(current)) : String(current),
    );
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines;
}
