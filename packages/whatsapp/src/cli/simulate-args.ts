import { type CliCommand, usageOf } from "./command.js";
import { CommandFailure, UsageError } from "./errors.js";

/** WhatsApp waits 10 s for an answer (flow endpoints and webhooks); the simulators do the same. */
export const ANSWER_TIMEOUT_MS = 10_000;

/** A fetch that gives up after {@link ANSWER_TIMEOUT_MS}, as WhatsApp does. */
export const fetchWithTimeout: typeof fetch = (input, init) =>
  fetch(input, { ...init, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });

/** The target URL of a simulator: an http or https URL, or a usage error saying what is wrong. */
export function checkUrl(value: string, command: CliCommand): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`"${value}" is not a URL`, usageOf(command));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`the URL must be http or https, got ${url.protocol}`, usageOf(command));
  }
  return url.toString();
}

/** The value of a JSON-object option such as `--data`, or a usage error naming the option. */
export function parseJsonObject(
  text: string | undefined,
  flag: string,
  command: CliCommand,
): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${flag} is not valid JSON: ${(error as Error).message}`,
      usageOf(command),
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UsageError(`${flag} must be a JSON object, such as {"name":"Ada"}`, usageOf(command));
  }
  return data as Record<string, unknown>;
}

/**
 * The failure for a request that got no answer at all (nothing listening, DNS) or none in time,
 * or `undefined` for any other error.
 */
export function noAnswer(url: string, what: string, error: unknown): CommandFailure | undefined {
  const fetchFailed = error instanceof TypeError && error.message === "fetch failed";
  const timedOut = error instanceof Error && error.name === "TimeoutError";
  if (!fetchFailed && !timedOut) return undefined;
  let root = error;
  while (root instanceof Error && root.cause instanceof Error) root = root.cause;
  if (timedOut) {
    return new CommandFailure(
      `${url} did not answer the ${what} within ${ANSWER_TIMEOUT_MS / 1000} s`,
      ["WhatsApp gives up after 10 s too: make the handler faster"],
    );
  }
  const reason = root instanceof Error ? root.message : String(root);
  return new CommandFailure(`no answer from ${url} to the ${what}: ${reason}`, [
    "is the server running and listening on that address?",
  ]);
}
