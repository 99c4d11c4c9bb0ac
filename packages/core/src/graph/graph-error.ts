import { WhatsAppError } from "../errors.js";

/** The `error` object of a Graph API error body (spec 3.4); every field but `message` is optional. */
export interface GraphErrorBody {
  /** Graph's message, meant for developers. */
  message: string;
  /** The exception type, such as `OAuthException`. */
  type?: string | undefined;
  /** The error code, such as `100` or `139002`. */
  code?: number | undefined;
  /** A finer code, for some errors. */
  error_subcode?: number | undefined;
  /** A title meant for end users, for some errors. */
  error_user_title?: string | undefined;
  /** A message meant for end users, for some errors. */
  error_user_msg?: string | undefined;
  /** More data: WhatsApp errors put what to fix in `details`. */
  error_data?:
    | {
        /** `whatsapp`. */
        messaging_product?: string;
        /** What went wrong and usually how to fix it. */
        details?: string;
      }
    | string
    | undefined;
  /** Whether trying again later may succeed. */
  is_transient?: boolean | undefined;
  /** The id Meta support asks for. */
  fbtrace_id?: string | undefined;
}

/** What a {@link GraphApiError} is made from. */
export interface GraphErrorInit {
  /** The HTTP status of the response. */
  status: number;
  /** The parsed `error` object. */
  error: GraphErrorBody;
  /** The whole response body as received (text), for logging. */
  rawBody: string;
  /** The method and path of the call, such as `POST /123/publish` (no token, no host). */
  request: string;
}

/**
 * An error answered by the Graph API. Subclasses name the codes a caller acts on
 * (`FlowPublishingError` for 139002, `ThrottlingError` for 4, 80007, 130429…); `code` is there
 * for the rest. Meta advises keying error handling on `code` and `details`.
 *
 * @example
 * ```ts
 * import { FlowPublishingError, GraphApiError } from "@tswa/core";
 *
 * try {
 *   await publish();
 * } catch (error) {
 *   if (error instanceof FlowPublishingError) console.error("fix the flow first:", error.details);
 *   else if (error instanceof GraphApiError) console.error(error.code, error.fbtraceId);
 *   else throw error;
 * }
 * declare function publish(): Promise<void>;
 * ```
 */
export class GraphApiError extends WhatsAppError {
  /** The Graph error code (`error.code`), `0` when Graph sent none. */
  readonly code: number;
  /** The Graph error subcode (`error.error_subcode`). */
  readonly subcode: number | undefined;
  /** Graph's error type, such as `OAuthException`. */
  readonly type: string | undefined;
  /** A title meant for end users (`error.error_user_title`). */
  readonly userTitle: string | undefined;
  /** A message meant for end users (`error.error_user_msg`). */
  readonly userMessage: string | undefined;
  /** The details Graph adds (`error.error_data.details`): usually what to fix. */
  readonly details: string | undefined;
  /** Meta's trace id, for support requests. */
  readonly fbtraceId: string | undefined;
  /** Whether Graph said a retry may succeed (`error.is_transient`). */
  readonly isTransient: boolean;
  /** The HTTP status of the response. */
  readonly status: number;
  /** The response body as received. */
  readonly rawBody: string;
  /** The method and path of the failed call. */
  readonly request: string;
  /** Graph's own message (`error.message`), without tswa's prefix. */
  readonly graphMessage: string;

  constructor(init: GraphErrorInit) {
    const { error } = init;
    const details =
      typeof error.error_data === "string" ? error.error_data : error.error_data?.details;
    const code = error.code ?? 0;
    super(
      `${init.request} failed with Graph error ${code}${error.error_subcode ? `/${error.error_subcode}` : ""}: ${error.message}${details ? ` (${details})` : ""}`,
    );
    this.code = code;
    this.subcode = error.error_subcode;
    this.type = error.type;
    this.userTitle = error.error_user_title;
    this.userMessage = error.error_user_msg;
    this.details = details;
    this.fbtraceId = error.fbtrace_id;
    this.isTransient = error.is_transient ?? false;
    this.status = init.status;
    this.rawBody = init.rawBody;
    this.request = init.request;
    this.graphMessage = error.message;
  }
}

/**
 * The Graph API answered with something other than its error shape (an HTML error page from a
 * proxy, an empty 502), or a success body tswa cannot read.
 */
export class GraphResponseError extends WhatsAppError {
  /** The HTTP status of the response. */
  readonly status: number;
  /** The response body as received (cut to 2,000 characters). */
  readonly rawBody: string;
  /** The method and path of the call. */
  readonly request: string;

  constructor(request: string, status: number, rawBody: string, reason: string) {
    super(`${request}: ${reason} (HTTP ${status})`);
    this.status = status;
    this.rawBody = rawBody.slice(0, 2000);
    this.request = request;
  }
}
