import type { Readable } from "node:stream";
import {
  decryptFlowMediaStream,
  decryptFlowMediaToFile,
  FlowMediaNotFound,
  type FlowMediaOptions,
  type FlowRequestDecryptedMedia,
  type FlowRequestDecryptedMediaFile,
  type FlowRequestDecryptedMediaStream,
  flowRequestMediaDecryptor,
} from "@tswa/media";
import type { FlowRequestAction } from "./action.js";
import type { EncryptedFlowRequest } from "./envelope.js";
import { FlowRequestMalformed, FlowTokenNoLongerValid } from "./errors.js";
import { FlowResponse, type FlowResponseOptions } from "./response.js";

/** The `data` of a flow request: the payload of the screen's action. */
export type FlowRequestData = Record<string, unknown>;

/** Keys that mark an error notification; the docs and the client disagree on the name (spec 1.5). */
const ERROR_KEYS = ["error", "error_message", "error_key"] as const;

/**
 * A decrypted request to a flow endpoint: a screen's data exchange, the opening of a flow (INIT),
 * a back press (BACK), or an error notification from the client.
 *
 * The type parameters narrow `action` and `screen` for handlers registered on one action or
 * screen, so `onDataExchange("SURVEY", (req) => …)` sees `req.screen` as `"SURVEY"`.
 *
 * @example
 * ```ts
 * import { createFlowEndpoint } from "@tswa/flows";
 *
 * const endpoint = createFlowEndpoint({ path: "/flow", privateKey: process.env.PRIVATE_KEY ?? "" });
 * endpoint.onDataExchange("SIGN_UP", (req) =>
 *   req.respond({ screen: "WELCOME", data: { name: String(req.data.name) } }),
 * );
 * ```
 */
export class FlowRequest<
  A extends FlowRequestAction = FlowRequestAction,
  S extends string | undefined = string | undefined,
> {
  /** The Data API version of the flow (`"3.0"` or `"4.0"`). */
  readonly version: string;
  /** The flow token you sent with the flow; some iOS clients omit it. */
  readonly flowToken: string | undefined;
  /** Data API 4.0: a JWT (HS256, signed with the app secret) over the flow token. */
  readonly flowTokenSignature: string | undefined;
  /** What triggered the request. */
  readonly action: A;
  /** The screen the request came from; `undefined` for INIT and when the client sent none. */
  readonly screen: S;
  /** The data the screen sent; `{}` when the client sent none. */
  readonly data: FlowRequestData;
  /** The decrypted payload as received. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The encrypted envelope as received. */
  readonly rawEncrypted: EncryptedFlowRequest;

  /** The id the endpoint logs this request under (see the endpoint's `logger`). */
  readonly requestId: string | undefined;

  readonly #mediaOptions: FlowMediaOptions | undefined;

  /**
   * Builds a request from a decrypted payload. `options.media` sets the defaults of
   * {@link decryptMedia} and its file and stream forms (the endpoint passes its `mediaOptions`);
   * `options.requestId` is the id the endpoint logs it under.
   *
   * @throws {@link FlowRequestMalformed} (HTTP 400) when `action` or `version` is not a string,
   *   or `data` is not an object.
   */
  static fromPayload(
    payload: Record<string, unknown>,
    rawEncrypted: EncryptedFlowRequest,
    options: { media?: FlowMediaOptions | undefined; requestId?: string | undefined } = {},
  ): FlowRequest {
    return new FlowRequest(payload, rawEncrypted, options);
  }

  private constructor(
    payload: Record<string, unknown>,
    rawEncrypted: EncryptedFlowRequest,
    options: { media?: FlowMediaOptions | undefined; requestId?: string | undefined },
  ) {
    const { action, version, screen, data, flow_token, flow_token_signature } = payload;
    if (typeof action !== "string") throw new FlowRequestMalformed("the payload has no action");
    if (typeof version !== "string") throw new FlowRequestMalformed("the payload has no version");
    if (data != null && (typeof data !== "object" || Array.isArray(data))) {
      throw new FlowRequestMalformed("the payload's data is not an object");
    }
    this.version = version;
    this.action = action as A;
    // INIT arrives with `"screen": ""`: no screen.
    this.screen = (typeof screen === "string" && screen !== "" ? screen : undefined) as S;
    this.data = (data ?? {}) as FlowRequestData;
    this.flowToken = typeof flow_token === "string" ? flow_token : undefined;
    this.flowTokenSignature =
      typeof flow_token_signature === "string" ? flow_token_signature : undefined;
    this.raw = payload;
    this.rawEncrypted = rawEncrypted;
    this.#mediaOptions = options.media;
    this.requestId = options.requestId;
  }

  /**
   * Whether this is an error notification from the client (its data carries `error`,
   * `error_message` or `error_key`). With `acknowledgeErrors` on, the endpoint answers it with
   * `{"data":{"acknowledged":true}}` and ignores what the handler returns; the handler still runs.
   */
  get hasError(): boolean {
    return ERROR_KEYS.some((key) => key in this.data);
  }

  /**
   * Creates the response to this request, with its version and flow token filled in.
   *
   * @example
   * ```ts
   * import type { FlowRequest } from "@tswa/flows";
   *
   * const handler = (req: FlowRequest) => req.respond({ screen: "SCREEN_ID", data: { key: "value" } });
   * // Close the flow; `data` goes to the completion webhook with the request's flow token:
   * const done = (req: FlowRequest) => req.respond({ closeFlow: true, data: { order: 42 } });
   * ```
   */
  respond(options: FlowResponseOptions = {}): FlowResponse {
    return new FlowResponse({
      ...options,
      version: options.version ?? this.version,
      flowToken: options.flowToken ?? this.flowToken,
    });
  }

  /**
   * Throws {@link FlowTokenNoLongerValid}: WhatsApp closes the flow, disables its button and
   * shows `errorMessage` (HTTP 427).
   *
   * @example
   * ```ts
   * import type { FlowRequest } from "@tswa/flows";
   *
   * const handler = (req: FlowRequest) => {
   *   if (req.flowToken === "v1.0") req.tokenNoLongerValid("Open the flow again to continue.");
   *   return req.respond({ screen: "START" });
   * };
   * ```
   */
  tokenNoLongerValid(errorMessage: string): never {
    throw new FlowTokenNoLongerValid(errorMessage);
  }

  /**
   * Downloads, checks and decrypts a file uploaded with a PhotoPicker or DocumentPicker: item
   * `index` of `data[key]`. Nothing is returned unless the file passed all four checks (file
   * hash, HMAC, padding, plaintext hash). pywa's `decrypt_media`.
   *
   * @param key The data key the picker's value was sent under (e.g. `"driver_license"`).
   * @param index Which file of the list; negative counts from the end. Default 0.
   * @param options Override the endpoint's `mediaOptions` for this call.
   * @throws {@link FlowMediaNotFound} when there is no such item (no data, no key, not a list,
   *   index out of range), and whatever `flowRequestMediaDecryptor` throws.
   *
   * @example
   * ```ts
   * import type { FlowRequest } from "@tswa/flows";
   *
   * const handler = async (req: FlowRequest) => {
   *   const { mediaId, filename, data } = await req.decryptMedia("driver_license", 0);
   *   return req.respond({ screen: "THANKS", data: { received: data.length } });
   * };
   * ```
   */
  decryptMedia(
    key: string,
    index = 0,
    options?: FlowMediaOptions,
  ): Promise<FlowRequestDecryptedMedia> {
    return this.#withMedia(key, index, (media) =>
      flowRequestMediaDecryptor(media, { ...this.#mediaOptions, ...options }),
    );
  }

  /**
   * {@link decryptMedia} into the file at `path`, written under a temporary name in the same
   * folder and renamed only after every check passed; memory does not grow with the file.
   * `filename` is the user's: never build `path` from it unchecked.
   *
   * @example
   * ```ts
   * import type { FlowRequest } from "@tswa/flows";
   *
   * const handler = async (req: FlowRequest) => {
   *   const file = await req.decryptMediaToFile("document", 0, "/srv/uploads/contract.pdf");
   *   return req.respond({ screen: "THANKS", data: { size: file.size } });
   * };
   * ```
   */
  decryptMediaToFile(
    key: string,
    index: number,
    path: string,
    options?: FlowMediaOptions,
  ): Promise<FlowRequestDecryptedMediaFile> {
    return this.#withMedia(key, index, (media) =>
      decryptFlowMediaToFile(media, path, { ...this.#mediaOptions, ...options }),
    );
  }

  /**
   * {@link decryptMedia} as a stream, returned only after every check passed, for piping on
   * (object storage, a hash); memory does not grow with the file.
   *
   * @example
   * ```ts
   * import { createWriteStream } from "node:fs";
   * import { pipeline } from "node:stream/promises";
   * import type { FlowRequest } from "@tswa/flows";
   *
   * const handler = async (req: FlowRequest) => {
   *   const { stream } = await req.decryptMediaStream("photos", 0);
   *   await pipeline(stream, createWriteStream("/srv/uploads/photo.jpg"));
   *   return req.respond({ screen: "THANKS" });
   * };
   * ```
   */
  decryptMediaStream(
    key: string,
    index = 0,
    options?: FlowMediaOptions,
  ): Promise<FlowRequestDecryptedMediaStream<Readable>> {
    return this.#withMedia(key, index, (media) =>
      decryptFlowMediaStream(media, { ...this.#mediaOptions, ...options }),
    );
  }

  /** Finds item `index` of `data[key]` (as pywa: ValueError, KeyError, IndexError → reasons). */
  async #withMedia<T>(key: string, index: number, run: (media: unknown) => Promise<T>): Promise<T> {
    if (Object.keys(this.data).length === 0) throw new FlowMediaNotFound(key, index, "no-data");
    if (!Object.hasOwn(this.data, key)) throw new FlowMediaNotFound(key, index, "missing-key");
    const list = this.data[key];
    if (!Array.isArray(list)) throw new FlowMediaNotFound(key, index, "not-a-list");
    if (!Number.isInteger(index) || index >= list.length || index < -list.length) {
      throw new FlowMediaNotFound(key, index, "index-out-of-range");
    }
    return run(list.at(index));
  }
}
