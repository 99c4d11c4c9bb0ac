import { WhatsAppError } from "@tswa/core/errors";
import type { FlowReplayStore } from "./replay-store.js";

/**
 * An error that becomes an HTTP answer of the flow endpoint.
 *
 * Throw a subclass from a flow handler (or return one) to answer WhatsApp with that status code.
 * When `body` is set, it is encrypted with the request's key like a normal response; otherwise the
 * answer has an empty body. The SDK throws its own subclasses for requests it rejects before any
 * handler runs (400, 413, 421, 432).
 *
 * @example
 * ```ts
 * import { FlowResponseError } from "@tswa/flows";
 *
 * class OrderLocked extends FlowResponseError {
 *   constructor() {
 *     super("the order is being processed", { status: 427, body: { error_msg: "Try again later." } });
 *   }
 * }
 * ```
 */
export class FlowResponseError extends WhatsAppError {
  /** The HTTP status code the endpoint answers with. */
  readonly status: number;
  /** The JSON body to encrypt and send, or `undefined` for an empty body. */
  readonly body: Record<string, unknown> | undefined;

  constructor(
    message: string,
    options: { status: number; body?: Record<string, unknown> | undefined; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.body = options.body;
  }
}

/**
 * The flow token is no longer valid: answers HTTP 427 with the encrypted body `{"error_msg": …}`.
 *
 * WhatsApp closes the flow, disables its button and shows `errorMessage` to the user. Throw it
 * yourself, or call {@link FlowRequest.tokenNoLongerValid}.
 *
 * @example
 * ```ts
 * import { FlowTokenNoLongerValid } from "@tswa/flows";
 *
 * throw new FlowTokenNoLongerValid("The order has already been placed.");
 * ```
 */
export class FlowTokenNoLongerValid extends FlowResponseError {
  /** The text WhatsApp shows to the user. */
  readonly errorMessage: string;

  constructor(errorMessage: string) {
    super(`flow token no longer valid: ${errorMessage}`, {
      status: 427,
      body: { error_msg: errorMessage },
    });
    this.errorMessage = errorMessage;
  }
}

/**
 * The request signature (`X-Hub-Signature-256`) is missing, malformed or wrong: answers HTTP 432.
 *
 * The endpoint throws it itself when an app secret is configured; throw it from a handler when
 * your own check fails (for example of a Data API 4.0 `flow_token_signature`). WhatsApp shows a
 * generic error.
 */
export class FlowRequestSignatureAuthenticationFailed extends FlowResponseError {
  constructor(message = "the request signature does not match the app secret") {
    super(message, { status: 432 });
  }
}

/**
 * The request cannot be decrypted (bad base64, a wrong key, a tampered tag, wrong sizes): HTTP 421.
 *
 * WhatsApp answers 421 by fetching the business public key again and re-sending once, which is
 * what a key rotation needs. `reason` says which step failed; it never contains key material.
 */
export class FlowRequestCannotBeDecrypted extends FlowResponseError {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`the flow request cannot be decrypted: ${reason}`, {
      status: 421,
      cause: options?.cause,
    });
  }
}

/**
 * The request was answered before: its encrypted AES key was already seen within the replay
 * store's window (see {@link FlowReplayStore}). HTTP 421, before any handler runs; WhatsApp
 * itself draws a fresh key for every request, so only a captured request posted again gets it.
 */
export class FlowRequestReplayed extends FlowResponseError {
  constructor() {
    super("the flow request was already answered (its AES key was used before): a replay", {
      status: 421,
    });
  }
}

/** The body is not a flow request envelope, or the decrypted payload is not a flow request: HTTP 400. */
export class FlowRequestMalformed extends FlowResponseError {
  constructor(reason: string) {
    super(`malformed flow request: ${reason}`, { status: 400 });
  }
}

/** The body is larger than the endpoint's `maxBodySize`: HTTP 413. */
export class FlowRequestTooLarge extends FlowResponseError {
  /** The configured limit, in bytes. */
  readonly limit: number;

  constructor(limit: number) {
    super(`the request body exceeds ${limit} bytes`, { status: 413 });
    this.limit = limit;
  }
}

/**
 * A flow handler threw something other than a {@link FlowResponseError}, or returned nothing
 * usable. The endpoint answers HTTP 500 with an empty body and reports this error (with the
 * original in `cause`) to its `onError` hook.
 *
 * `request` is the decrypted request; it is not enumerable, so logging the error does not print
 * the user's data.
 */
export class FlowHandlerError extends WhatsAppError {
  /** The decrypted request that was being handled. */
  declare readonly request: unknown;

  constructor(message: string, options: { request: unknown; cause?: unknown }) {
    super(message, { cause: options.cause });
    Object.defineProperty(this, "request", { value: options.request, enumerable: false });
  }
}

/**
 * A flow handler did not settle within the endpoint's `handlerTimeout`: the endpoint answered
 * HTTP 500 at the deadline, before WhatsApp (which waits 10 s) gave up on its own. The handler
 * is not stopped; whatever it returns later is dropped.
 */
export class FlowHandlerTimeout extends FlowHandlerError {
  /** The deadline that passed, in ms. */
  readonly timeout: number;

  constructor(action: string, timeout: number, options: { request: unknown }) {
    super(`the flow handler for ${action} did not answer within ${timeout} ms`, options);
    this.timeout = timeout;
  }
}

/**
 * The business private key cannot be used: not a PEM/DER key, a damaged file, a missing or wrong
 * passphrase, not RSA, not 2048 bits, or a key that fails its self-test (encrypting a probe with
 * its public half and decrypting it). Thrown when the key is loaded, never per request.
 */
export class FlowPrivateKeyError extends WhatsAppError {
  /** What is wrong with the key. */
  readonly reason:
    | "invalid-key"
    | "passphrase-required"
    | "wrong-passphrase"
    | "not-rsa"
    | "wrong-size"
    | "not-private"
    | "damaged"
    | "failed-self-test";

  constructor(
    reason: FlowPrivateKeyError["reason"],
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.reason = reason;
  }
}
