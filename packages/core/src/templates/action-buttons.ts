import { type CallbackDataValue, callbackDataString } from "../messages/callback-data.js";
import { checkHttpUrl } from "../messages/validate.js";
import { ButtonParams, type LibraryButtonInput, libraryInput } from "./button-params.js";
import { buttonText } from "./buttons.js";
import { asTemplateCheck, checkTemplateText } from "./checks.js";
import type { ExpectedParams } from "./component.js";
import { placeholdersOf } from "./placeholders.js";
import { TemplateValidationError } from "./validation-error.js";

/**
 * A quick reply button: the user's tap comes back as a message with the payload you give at
 * send time (`QuickReplyButton.params`).
 */
export class QuickReplyButton {
  /** The builder's name. */
  readonly kind = "QuickReplyButton" as const;
  /** The label (at most 25 characters). */
  readonly text: string;

  constructor(options: { text: string }) {
    this.text = buttonText(this.kind, options.text);
  }

  /**
   * The payload of the button at `index` at send time (optional): a string, or a
   * `CallbackData` object (sent as its string).
   */
  static params(options: { callbackData: CallbackDataValue; index: number }): ButtonParams {
    const payload = checkTemplateText(
      "QuickReplyButton",
      "callbackData",
      callbackDataString(options.callbackData),
    );
    return new ButtonParams("QuickReplyButton", "quick_reply", options.index, [
      { type: "payload", payload },
    ]);
  }

  /** Takes an optional payload at send time. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: false };
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "QUICK_REPLY", text: this.text };
  }
}

/** Options of {@link AppDeepLink}. */
export interface AppDeepLinkOptions {
  /** Your Meta app id. */
  metaAppId: number;
  /** The Android deep link the button opens. */
  androidDeepLink: string;
  /** Where users without the app go. */
  androidFallbackPlaystoreUrl?: string | undefined;
}

/** A URL button's deep link into your Android app. */
export class AppDeepLink {
  /** The options as given. */
  readonly options: Readonly<AppDeepLinkOptions>;

  constructor(options: AppDeepLinkOptions) {
    this.options = { ...options };
  }

  /** The deep link as Graph expects it. */
  toJSON(): Record<string, unknown> {
    const { metaAppId, androidDeepLink, androidFallbackPlaystoreUrl } = this.options;
    return {
      meta_app_id: metaAppId,
      android_deep_link: androidDeepLink,
      ...(androidFallbackPlaystoreUrl === undefined
        ? {}
        : { android_fallback_playstore_url: androidFallbackPlaystoreUrl }),
    };
  }
}

/** Options of {@link URLButton}. */
export interface URLButtonOptions {
  /** The label (at most 25 characters). */
  text: string;
  /** The URL; it may end with one `{{1}}` placeholder, filled at send time. */
  url: string;
  /** A full URL as an example of the placeholder's value (required with a placeholder). */
  example?: string | undefined;
  /** Opens your Android app instead. */
  appDeepLink?: AppDeepLink | undefined;
}

/**
 * A button that opens a URL, static or ending with one placeholder filled at send time.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * const shop = new templates.URLButton({
 *   text: "Shop",
 *   url: "https://www.luckyshrub.com/rare-succulents/{{1}}",
 *   example: "BLUE_ELF",
 * });
 * const atSendTime = templates.URLButton.params({ urlVariable: "BUDDHA", index: 1 });
 * ```
 */
export class URLButton {
  /** The builder's name. */
  readonly kind = "URLButton" as const;
  /** The label. */
  readonly text: string;
  /** The URL. */
  readonly url: string;
  /** The example of the placeholder's value. */
  readonly example: string | undefined;
  /** The Android deep link. */
  readonly appDeepLink: AppDeepLink | undefined;

  constructor(options: URLButtonOptions) {
    this.text = buttonText(this.kind, options.text);
    this.url = checkTemplateText(this.kind, "url", options.url, "url");
    const variables = placeholdersOf(this.url);
    if (variables.length > 1) {
      throw new TemplateValidationError(
        this.kind,
        "url",
        `has ${variables.length} placeholders; it takes at most one`,
      );
    }
    if (variables.length === 1 && !/\{\{\s*1\s*\}\}$/.test(this.url)) {
      throw new TemplateValidationError(this.kind, "url", "must end with its placeholder, {{1}}");
    }
    asTemplateCheck(this.kind, () =>
      checkHttpUrl(this.kind, "url", this.url.replace(/\{\{\s*1\s*\}\}$/, "")),
    );
    if (variables.length === 1 && (options.example === undefined || options.example === "")) {
      throw new TemplateValidationError(
        this.kind,
        "example",
        "is required: the URL has a placeholder",
      );
    }
    if (variables.length === 0 && options.example !== undefined) {
      throw new TemplateValidationError(
        this.kind,
        "example",
        "is given but the URL has no placeholder",
      );
    }
    this.example = options.example;
    this.appDeepLink = options.appDeepLink;
  }

  /** The value of the URL's placeholder for the button at `index`, at send time. */
  static params(options: { urlVariable: string; index: number }): ButtonParams {
    const text = checkTemplateText("URLButton", "urlVariable", options.urlVariable);
    return new ButtonParams("URLButton", "url", options.index, [{ type: "text", text }]);
  }

  /** A URL button input of a Template Library template. */
  static libraryInput(options: {
    baseUrl: string;
    urlSuffixExample?: string | undefined;
  }): LibraryButtonInput {
    return libraryInput({
      type: "URL",
      url: {
        base_url: options.baseUrl,
        ...(options.urlSuffixExample === undefined
          ? {}
          : { url_suffix_example: options.urlSuffixExample }),
      },
    });
  }

  /** A URL with a placeholder takes its value at send time. */
  expectedParams(): ExpectedParams | undefined {
    return this.example === undefined ? undefined : { kind: this.kind, required: true };
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      type: "URL",
      text: this.text,
      url: this.url,
      ...(this.example === undefined ? {} : { example: [this.example] }),
      ...(this.appDeepLink === undefined ? {} : { app_deep_link: this.appDeepLink.toJSON() }),
    };
  }
}

/** A button that calls a phone number (at most 20 characters, with its country code). */
export class PhoneNumberButton {
  /** The builder's name. */
  readonly kind = "PhoneNumberButton" as const;
  /** The label. */
  readonly text: string;
  /** The number called. */
  readonly phoneNumber: string;

  constructor(options: { text: string; phoneNumber: string }) {
    this.text = buttonText(this.kind, options.text);
    this.phoneNumber = checkTemplateText(
      this.kind,
      "phoneNumber",
      options.phoneNumber,
      "phoneNumber",
    );
  }

  /** A phone number button input of a Template Library template. */
  static libraryInput(options: { phoneNumber: string }): LibraryButtonInput {
    return libraryInput({ type: "PHONE_NUMBER", phone_number: options.phoneNumber });
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "PHONE_NUMBER", text: this.text, phone_number: this.phoneNumber };
  }
}

/** A button that starts a WhatsApp voice call to your business. */
export class VoiceCallButton {
  /** The builder's name. */
  readonly kind = "VoiceCallButton" as const;
  /** The label. */
  readonly text: string;

  constructor(options: { text: string }) {
    this.text = buttonText(this.kind, options.text);
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "VOICE_CALL", text: this.text };
  }
}

/** A button that asks the user for permission to call them. */
export class CallPermissionRequestButton {
  /** The builder's name. */
  readonly kind = "CallPermissionRequestButton" as const;

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "CALL_PERMISSION_REQUEST" };
  }
}

/** A button that asks the user to share their contact details. */
export class ContactInfoRequestButton {
  /** The builder's name. */
  readonly kind = "ContactInfoRequestButton" as const;
  /** The label (Meta shows "Share Contact Info"). */
  readonly text: string;

  constructor(options: { text?: string | undefined } = {}) {
    this.text = buttonText(this.kind, options.text ?? "Share Contact Info");
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { type: "REQUEST_CONTACT_INFO", text: this.text };
  }
}
