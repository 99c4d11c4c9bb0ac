import type { IncomingHttpHeaders } from "node:http";

/**
 * An answer read whole as text by {@link HttpTransport.sendText}: status, headers and body,
 * without a web `Response` around them.
 */
export interface TextResponse {
  /** The HTTP status code. */
  readonly status: number;
  /** Whether the status is 2xx. */
  readonly ok: boolean;
  /** The whole body, decoded as UTF-8. */
  readonly text: string;
  /** A header's value by name (case-insensitive), or `null` when absent. */
  header(name: string): string | null;
}

/** A {@link TextResponse} from undici's `request`: headers come as an object of lowercase names. */
export function textResponseOf(
  status: number,
  headers: IncomingHttpHeaders,
  text: string,
): TextResponse {
  return {
    status,
    ok: status >= 200 && status < 300,
    text,
    header(name) {
      const value = headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** A {@link TextResponse} from a fetch `Response` whose body has been read. */
export function textResponseFrom(response: Response, text: string): TextResponse {
  return {
    status: response.status,
    ok: response.ok,
    text,
    header: (name) => response.headers.get(name),
  };
}
