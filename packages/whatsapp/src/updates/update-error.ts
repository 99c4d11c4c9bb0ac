import { type JsonRecord, num, optObject, optStr } from "./read.js";

/**
 * An error WhatsApp attached to a message, a status, a call or a whole change (for example
 * 131051 for an unsupported message type, or 130429 when a rate limit was hit).
 */
export interface UpdateError {
  /** The error code, such as `131047`. */
  code: number;
  /** A short title of the error. */
  title: string | undefined;
  /** What went wrong. */
  message: string | undefined;
  /** More details, often what to do (`error_data.details`, or a top-level `details` in older payloads). */
  details: string | undefined;
  /** A link to the error code's documentation. */
  href: string | undefined;
}

/** Reads one item of an `errors` array. */
export function readUpdateError(error: JsonRecord, path: string): UpdateError {
  const data = optObject(error, "error_data", path);
  return {
    code: num(error, "code", path),
    title: optStr(error, "title", path),
    message: optStr(error, "message", path),
    details:
      (data && optStr(data, "details", `${path}.error_data`)) ?? optStr(error, "details", path),
    href: optStr(error, "href", path),
  };
}
