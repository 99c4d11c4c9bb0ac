import type { CallDeadline } from "./call-deadline.js";
import { WhatsAppNetworkError, WhatsAppTimeoutError } from "./network-errors.js";

/** The `RequestInit` of one fetch attempt; a stream body is sent half-duplex. */
export function fetchInit(
  method: string,
  headers: Record<string, string>,
  body: BodyInit | undefined,
  signal: AbortSignal,
  redirect: RequestRedirect | undefined,
): RequestInit {
  return {
    method,
    headers,
    body,
    signal,
    ...(redirect ? { redirect } : {}),
    ...(isStream(body) ? { duplex: "half" } : {}),
  } as RequestInit;
}

/**
 * Runs one attempt: `target` is aborted (with the reason) when the attempt's timeout fires,
 * the caller aborts or the deadline passes; a failure becomes the error the caller sees.
 */
export async function runAttempt<R>(
  call: CallDeadline,
  timeout: number,
  method: string,
  url: string,
  target: { abort(reason: unknown): void },
  run: () => Promise<R>,
): Promise<R> {
  const { timedOut } = call.attempt(timeout, (reason) => target.abort(reason));
  try {
    return await run();
  } catch (error) {
    throw attemptError(error, method, url, call, timeout, timedOut());
  }
}

/**
 * What an attempt that threw becomes: the caller's abort reason or the deadline's timeout when
 * either ended the call, a timeout when the attempt's own timer fired, else a network error.
 */
function attemptError(
  error: unknown,
  method: string,
  url: string,
  call: CallDeadline,
  timeout: number,
  timedOut: boolean,
): unknown {
  try {
    call.throwIfOver(error);
  } catch (over) {
    return over;
  }
  if (timedOut) return new WhatsAppTimeoutError(method, url, timeout, error);
  return new WhatsAppNetworkError(method, url, error);
}

function isStream(body: unknown): boolean {
  return (
    typeof body === "object" &&
    body !== null &&
    typeof (body as ReadableStream).getReader === "function"
  );
}
