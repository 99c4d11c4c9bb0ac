// From the simulator subpath: the main entry would bring the whole endpoint into tswa/simulator.
import { signPayload } from "@tswa/flows/simulator";
import {
  type ResolvedParties,
  resolveParties,
  type SimulatedParties,
  type SimulatedWebhookBody,
  simulatedMessageId,
  statusWebhook,
  userMessageWebhook,
} from "./webhook-payloads.js";

/** Options of {@link WebhookSimulator}: where to post, how to sign, and who is talking. */
export interface WebhookSimulatorOptions extends SimulatedParties {
  /** The full URL of the webhook, such as `http://127.0.0.1:8080/` (tswa's default path is `/`). */
  url: string;
  /** The Meta app secret, to sign each body with `X-Hub-Signature-256` as WhatsApp does. */
  appSecret?: string | undefined;
  /** A fetch-compatible function. Default: the global `fetch`. */
  fetch?: typeof fetch | undefined;
}

/** One posted webhook and its answer. */
export interface WebhookDelivery {
  /** The body that was posted (parsed back, for a body given as text). */
  body: unknown;
  /** The HTTP status code of the answer (WhatsApp expects 200). */
  status: number;
  /** The answer's body. */
  answer: string;
}

/** The reply button a simulated user pressed. */
export interface SimulatedButtonPress {
  /** The button's id, as sent in the interactive message. Default `"simulated-button"`. */
  id?: string | undefined;
  /** The button's title. Default `"Yes"`. */
  title?: string | undefined;
  /**
   * The id (wamid) of the message whose button was pressed, so `sent.waitForClick()` takes the
   * press. Default: a made-up id.
   */
  messageId?: string | undefined;
}

/**
 * Plays WhatsApp's side of webhooks: builds the body WhatsApp posts for a user's text, image,
 * reply-button press or finished flow, or for a message status, signs it with the app secret
 * and posts it to your webhook URL. Use it to try handlers locally and in tests, without a
 * phone; `send()` posts any body, such as one saved from a real webhook.
 *
 * @example
 * ```ts
 * import { WebhookSimulator } from "tswa/simulator";
 *
 * const whatsapp = new WebhookSimulator({ url: "http://127.0.0.1:8080/", appSecret: "…" });
 * const { status } = await whatsapp.text("Hello", { from: "16505551234" });
 * ```
 */
export class WebhookSimulator {
  readonly #options: WebhookSimulatorOptions;
  readonly #fetch: typeof fetch;

  constructor(options: WebhookSimulatorOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? fetch;
  }

  /** A user sends a text message. */
  text(body = "Hello", parties: SimulatedParties = {}): Promise<WebhookDelivery> {
    return this.send(userMessageWebhook(this.#parties(parties), "text", { text: { body } }));
  }

  /** A user sends a photo (a JPEG with its media id; the media cannot be downloaded). */
  image(caption?: string, parties: SimulatedParties = {}): Promise<WebhookDelivery> {
    const image = {
      ...(caption === undefined ? {} : { caption }),
      mime_type: "image/jpeg",
      sha256: "m7kiWbCOsNW5kFo2xKdoLZ0tASTlgTS4dh5MpjUMqnE=",
      id: "1003383421387256",
    };
    return this.send(userMessageWebhook(this.#parties(parties), "image", { image }));
  }

  /** A user presses a reply button of an interactive message the business sent. */
  buttonPress(
    button: SimulatedButtonPress = {},
    parties: SimulatedParties = {},
  ): Promise<WebhookDelivery> {
    const all = this.#parties(parties);
    return this.send(
      userMessageWebhook(all, "interactive", {
        context: { from: all.displayPhoneNumber, id: button.messageId ?? simulatedMessageId() },
        interactive: {
          type: "button_reply",
          button_reply: { id: button.id ?? "simulated-button", title: button.title ?? "Yes" },
        },
      }),
    );
  }

  /**
   * A user finishes a flow: the `nfm_reply` WhatsApp sends with what the flow's last screen
   * completed with (`flow_token` included, as WhatsApp sends it).
   */
  flowCompletion(
    response: Record<string, unknown> = {},
    options: SimulatedParties & { flowToken?: string | undefined } = {},
  ): Promise<WebhookDelivery> {
    const all = this.#parties(options);
    const responseJson = JSON.stringify({ flow_token: options.flowToken ?? "unused", ...response });
    return this.send(
      userMessageWebhook(all, "interactive", {
        context: { from: all.displayPhoneNumber, id: simulatedMessageId() },
        interactive: {
          type: "nfm_reply",
          nfm_reply: { response_json: responseJson, body: "Sent", name: "flow" },
        },
      }),
    );
  }

  /** A message the business sent changes status (default `"delivered"`). */
  status(
    status: "sent" | "delivered" | "read" | "failed" | (string & {}) = "delivered",
    options: SimulatedParties & { messageId?: string | undefined } = {},
  ): Promise<WebhookDelivery> {
    const messageId = options.messageId ?? simulatedMessageId();
    return this.send(statusWebhook(this.#parties(options), status, messageId));
  }

  /** Signs and posts any body: an object is sent as JSON, text as it is. */
  async send(body: SimulatedWebhookBody | object | string): Promise<WebhookDelivery> {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.#options.appSecret) {
      headers["x-hub-signature-256"] = signPayload(text, this.#options.appSecret);
    }
    const response = await this.#fetch(this.#options.url, { method: "POST", headers, body: text });
    return {
      body: typeof body === "string" ? parseOrKeep(body) : body,
      status: response.status,
      answer: await response.text(),
    };
  }

  #parties(parties: SimulatedParties): ResolvedParties {
    return resolveParties(this.#options, parties);
  }
}

function parseOrKeep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
