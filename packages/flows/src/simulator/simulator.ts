import type { KeyObject } from "node:crypto";
import { signPayload } from "../signature.js";
import {
  decryptFlowResponse,
  encryptFlowRequest,
  type FlowPublicKeyInput,
} from "./client-crypto.js";

/** Options of {@link FlowClientSimulator}. */
export interface FlowClientSimulatorOptions {
  /** The full URL of the flow endpoint. */
  url: string;
  /** The business public key the endpoint's private key pairs with (PEM or a `KeyObject`). */
  publicKey: FlowPublicKeyInput | KeyObject;
  /** The Meta app secret, to sign each request with `X-Hub-Signature-256` as WhatsApp does. */
  appSecret?: string | undefined;
  /** The Data API version to send. Default `"3.0"`. */
  version?: string | undefined;
  /** The flow token to send. Default `"unused"`, as WhatsApp sends when none was given. */
  flowToken?: string | undefined;
  /** A fetch-compatible function. Default: the global `fetch`. */
  fetch?: typeof fetch | undefined;
}

/** One request and its answer, as the simulated client saw them. */
export interface FlowExchange {
  /** The payload that was encrypted and posted. */
  request: Record<string, unknown>;
  /** The HTTP status code of the answer. */
  status: number;
  /** The decrypted answer, when the body decrypted (200 and 427 answers carry one). */
  response: unknown;
  /** The raw body as received (base64 when encrypted). */
  body: string;
}

/**
 * Plays the WhatsApp client against a flow endpoint over real HTTP: encrypts each payload as the
 * client does, signs it with the app secret, posts it and decrypts the answer.
 *
 * Use it to test an endpoint end to end, locally or in CI, without a phone.
 *
 * @example
 * ```ts
 * import { FlowClientSimulator } from "@tswa/flows/simulator";
 *
 * declare const publicKeyPem: string;
 * const client = new FlowClientSimulator({ url: "http://127.0.0.1:8080/flow", publicKey: publicKeyPem });
 * const { status, response } = await client.dataExchange("SIGN_UP", { name: "Ada" });
 * ```
 */
export class FlowClientSimulator {
  readonly #options: FlowClientSimulatorOptions;
  readonly #fetch: typeof fetch;

  constructor(options: FlowClientSimulatorOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? fetch;
  }

  /** The health check WhatsApp sends to published flows' endpoints. */
  ping(): Promise<FlowExchange> {
    return this.send({ version: this.#version, action: "ping" });
  }

  /** Opening a flow sent with `flow_action: "data_exchange"`. */
  init(data: Record<string, unknown> = {}): Promise<FlowExchange> {
    return this.send(this.#payload("INIT", "", data));
  }

  /** A `data_exchange` action on `screen`, with the screen's payload. */
  dataExchange(screen: string, data: Record<string, unknown> = {}): Promise<FlowExchange> {
    return this.send(this.#payload("data_exchange", screen, data));
  }

  /** A back press on `screen` (a screen with `refresh_on_back: true`). */
  back(screen: string): Promise<FlowExchange> {
    return this.send(this.#payload("BACK", screen, {}));
  }

  /**
   * An error notification: the client reports that the endpoint's last answer could not be used
   * (for example `INVALID_SCREEN_TRANSITION`).
   */
  errorNotification(options: {
    screen?: string | undefined;
    error: string;
    errorMessage: string;
    action?: "data_exchange" | "INIT" | undefined;
  }): Promise<FlowExchange> {
    return this.send(
      this.#payload(options.action ?? "data_exchange", options.screen ?? "", {
        error: options.error,
        error_message: options.errorMessage,
      }),
    );
  }

  /** Encrypts, signs and posts any payload, and decrypts the answer. */
  async send(payload: Record<string, unknown>): Promise<FlowExchange> {
    const { envelope, aesKey, iv } = encryptFlowRequest(payload, this.#options.publicKey);
    const body = JSON.stringify(envelope);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.#options.appSecret)
      headers["x-hub-signature-256"] = signPayload(body, this.#options.appSecret);
    const answer = await this.#fetch(this.#options.url, { method: "POST", headers, body });
    const text = await answer.text();
    let response: unknown;
    if (text !== "" && (answer.status === 200 || answer.status === 427)) {
      try {
        response = decryptFlowResponse(text, aesKey, iv);
      } catch {
        response = undefined;
      }
    }
    return { request: payload, status: answer.status, response, body: text };
  }

  get #version(): string {
    return this.#options.version ?? "3.0";
  }

  #payload(action: string, screen: string, data: Record<string, unknown>): Record<string, unknown> {
    return {
      version: this.#version,
      action,
      screen,
      data,
      flow_token: this.#options.flowToken ?? "unused",
    };
  }
}
