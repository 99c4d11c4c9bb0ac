import { type CallbackDataValue, callbackDataString } from "./callback-data.js";
import { checkHttpUrl, checkOptionalText, checkRange, checkText } from "./validate.js";

/**
 * What a keyboard-like building block (every button kind but the reply {@link Button}) gives an
 * interactive message: its `interactive.type` and its `action` object.
 */
export interface InteractiveAction {
  /** The interactive message type, such as `cta_url` or `list`. */
  readonly interactiveType: string;
  /** The `interactive.action` object, with Graph's keys. */
  toAction(): Record<string, unknown>;
}

/** Options of {@link Button}. */
export interface ButtonOptions {
  /** The button label, at most 20 characters, unique within the message. */
  title: string;
  /**
   * What you get back when the user taps it (the reply's id), at most 256 characters: a
   * string, or a `CallbackData` object (sent as its string).
   */
  callbackData: CallbackDataValue;
}

/**
 * A reply button: up to three of them under a message; tapping one sends its `callbackData`
 * back as an interactive `button_reply` message.
 *
 * @example
 * ```ts
 * import { Button, type MessagesApi } from "@tswa/core";
 *
 * declare const messages: MessagesApi;
 * await messages.sendMessage({
 *   to: "972987654321",
 *   text: "Your workshop is tomorrow at 9am.",
 *   buttons: [
 *     new Button({ title: "Change", callbackData: "change-button" }),
 *     new Button({ title: "Cancel", callbackData: "cancel-button" }),
 *   ],
 * });
 * ```
 */
export class Button {
  /** The label. */
  readonly title: string;
  /** The data sent back on a tap (a `CallbackData` object's string). */
  readonly callbackData: string;

  /** @throws {@link MessageValidationError} when the title or data breaks Meta's limits. */
  constructor(options: ButtonOptions) {
    this.title = checkText("Button", "title", options.title, "replyButtonTitle");
    this.callbackData = checkText(
      "Button",
      "callbackData",
      callbackDataString(options.callbackData),
      "replyButtonId",
    );
  }

  /** The button as Graph expects it in `action.buttons`. */
  toJSON(): Record<string, unknown> {
    return { type: "reply", reply: { id: this.callbackData, title: this.title } };
  }
}

/** Options of {@link URLButton}. */
export interface URLButtonOptions {
  /** The button label, at most 20 characters. */
  title: string;
  /** The http(s) URL the button opens. */
  url: string;
}

/**
 * A call-to-action button that opens a URL, so the message need not show the raw link
 * (`interactive.type: "cta_url"`).
 *
 * @example
 * ```ts
 * import { URLButton } from "@tswa/core";
 *
 * const button = new URLButton({ title: "See Dates", url: "https://example.com/dates" });
 * ```
 */
export class URLButton implements InteractiveAction {
  /** Always `cta_url`. */
  readonly interactiveType = "cta_url";
  /** The label. */
  readonly title: string;
  /** The URL opened. */
  readonly url: string;

  /** @throws {@link MessageValidationError} for a long title or a URL that is not http(s). */
  constructor(options: URLButtonOptions) {
    this.title = checkText("URLButton", "title", options.title, "ctaDisplayText");
    this.url = checkHttpUrl("URLButton", "url", options.url);
  }

  /** The `action` object. */
  toAction(): Record<string, unknown> {
    return { name: "cta_url", parameters: { display_text: this.title, url: this.url } };
  }
}

/** Options of {@link VoiceCallButton}. */
export interface VoiceCallButtonOptions {
  /** The button label, at most 20 characters; WhatsApp shows its own when left out. */
  title?: string | undefined;
  /** How long the button works, in minutes (1 to 43,200; WhatsApp's default is 7 days). */
  ttlMinutes?: number | undefined;
}

/**
 * A button that starts a WhatsApp voice call to your business number
 * (`interactive.type: "voice_call"`, Cloud API Calling).
 *
 * @example
 * ```ts
 * import { VoiceCallButton } from "@tswa/core";
 *
 * const button = new VoiceCallButton({ title: "Call on WhatsApp", ttlMinutes: 100 });
 * ```
 */
export class VoiceCallButton implements InteractiveAction {
  /** Always `voice_call`. */
  readonly interactiveType = "voice_call";
  /** The label, if set. */
  readonly title: string | undefined;
  /** The lifetime in minutes, if set. */
  readonly ttlMinutes: number | undefined;

  /** @throws {@link MessageValidationError} for a long title or a lifetime out of range. */
  constructor(options: VoiceCallButtonOptions = {}) {
    this.title = checkOptionalText(
      "VoiceCallButton",
      "title",
      options.title,
      "voiceCallDisplayText",
    );
    this.ttlMinutes =
      options.ttlMinutes === undefined
        ? undefined
        : checkRange("VoiceCallButton", "ttlMinutes", options.ttlMinutes, "voiceCallTtlMinutes", {
            integer: true,
          });
  }

  /** The `action` object. */
  toAction(): Record<string, unknown> {
    const parameters: Record<string, unknown> = {};
    if (this.title !== undefined) parameters.display_text = this.title;
    if (this.ttlMinutes !== undefined) parameters.ttl_minutes = this.ttlMinutes;
    return { name: "voice_call", parameters };
  }
}

/**
 * A button asking the user's permission to call them (`call_permission_request`); the answer
 * arrives as an interactive `call_permission_reply` message. Only the body text is yours.
 */
export class CallPermissionRequestButton implements InteractiveAction {
  /** Always `call_permission_request`. */
  readonly interactiveType = "call_permission_request";

  /** The `action` object. */
  toAction(): Record<string, unknown> {
    return { name: "call_permission_request" };
  }
}

/**
 * A button asking for the user's phone number (`request_contact_info`), for users who chat
 * under a username; the number arrives as a contacts message.
 */
export class ContactInfoRequestButton implements InteractiveAction {
  /** Always `request_contact_info`. */
  readonly interactiveType = "request_contact_info";

  /** The `action` object. */
  toAction(): Record<string, unknown> {
    return { name: "request_contact_info" };
  }
}
