import { WhatsAppError } from "../errors.js";

/** Error codes of failures that happen before a request reaches the server. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * A request did not get an HTTP response: the connection was refused or reset, DNS failed, the
 * TLS handshake failed. undici's bare "fetch failed" is unwrapped: `code` and the message come
 * from its cause.
 */
export class WhatsAppNetworkError extends WhatsAppError {
  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The URL of the failed request (tswa never puts tokens in URLs). */
  readonly url: string;
  /** The system or undici error code, such as `ECONNREFUSED` or `UND_ERR_SOCKET`. */
  readonly code: string | undefined;

  constructor(method: string, url: string, cause: unknown, message?: string) {
    const root = rootCause(cause);
    super(message ?? `${method} ${url} failed: ${root.message}`, { cause });
    this.method = method;
    this.url = url;
    this.code = root.code;
  }

  /** Whether the request certainly never reached the server, so repeating it is always safe. */
  get neverSent(): boolean {
    return this.code !== undefined && NOT_SENT_CODES.has(this.code);
  }
}

/** A request got no complete answer within its timeout (per attempt). */
export class WhatsAppTimeoutError extends WhatsAppNetworkError {
  /** The timeout that expired, in milliseconds. */
  readonly timeout: number;

  constructor(method: string, url: string, timeout: number, cause?: unknown) {
    super(method, url, cause, `${method} ${url} timed out after ${timeout} ms`);
    this.timeout = timeout;
  }
}

function rootCause(error: unknown): { message: string; code: string | undefined } {
  let current = error;
  // fetch wraps the socket error: TypeError("fetch failed") with the real one in `cause`.
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  if (current instanceof Error) {
    const code = (current as { code?: unknown }).code;
    return { message: current.message, code: typeof code === "string" ? code : undefined };
  }
  return { message: String(current), code: undefined };
}
