import { ButtonParams, type LibraryButtonInput, libraryInput } from "./button-params.js";
import { buttonText } from "./buttons.js";
import { checkTemplateRange, checkTemplateText } from "./checks.js";
import type { ExpectedParams } from "./component.js";
import { TemplateValidationError } from "./validation-error.js";

/** An Android app a one-tap or zero-tap code is handed to. */
export class OTPSupportedApp {
  /** The app's package name, such as `com.example.luckyshrub`. */
  readonly packageName: string;
  /** The app's signing key hash. */
  readonly signatureHash: string;

  constructor(options: { packageName: string; signatureHash: string }) {
    this.packageName = checkTemplateText("OTPSupportedApp", "packageName", options.packageName);
    this.signatureHash = checkTemplateText(
      "OTPSupportedApp",
      "signatureHash",
      options.signatureHash,
    );
  }

  /** The app as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return { package_name: this.packageName, signature_hash: this.signatureHash };
  }
}

const apps = (component: string, value: unknown): readonly OTPSupportedApp[] => {
  if (!Array.isArray(value) || !value.every((a) => a instanceof OTPSupportedApp)) {
    throw new TemplateValidationError(
      component,
      "supportedApps",
      "must be an array of OTPSupportedApp",
    );
  }
  checkTemplateRange(component, "supportedApps", value.length, "supportedApps", "apps");
  return value;
};

/** What the three OTP buttons share: the code is given at send time. */
abstract class OTPButton {
  abstract readonly kind: "CopyCodeOTPButton" | "OneTapOTPButton" | "ZeroTapOTPButton";
  /** The copy button's label. */
  readonly text: string | undefined;

  constructor(kind: string, text: string | undefined) {
    this.text = text === undefined ? undefined : buttonText(kind, text);
  }

  /** The one-time code at send time (it also fills the body's placeholder). */
  static params(options: { otp: string }): ButtonParams {
    const otp = checkTemplateText("OTPButton", "otp", options.otp, "copyCodeExample");
    return new ButtonParams("OTPButton", "url", 0, [{ type: "text", text: otp }]);
  }

  /** An OTP button always takes the code at send time. */
  expectedParams(): ExpectedParams {
    return { kind: "OTPButton", required: true };
  }
}

/** The OTP button that copies the code. */
export class CopyCodeOTPButton extends OTPButton {
  /** The builder's name. */
  readonly kind = "CopyCodeOTPButton" as const;

  constructor(options: { text?: string | undefined } = {}) {
    super("CopyCodeOTPButton", options.text);
  }

  /** A copy code OTP button input of a Template Library template. */
  static libraryInput(): LibraryButtonInput {
    return libraryInput({ type: "OTP", otp_type: "COPY_CODE" });
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      type: "OTP",
      otp_type: "COPY_CODE",
      ...(this.text === undefined ? {} : { text: this.text }),
    };
  }
}

/** Options of {@link OneTapOTPButton}. */
export interface OneTapOTPButtonOptions {
  /** The copy button's label (when the app is not installed). */
  text?: string | undefined;
  /** The autofill button's label. */
  autofillText?: string | undefined;
  /** The apps the code is handed to (1 to 5). */
  supportedApps: readonly OTPSupportedApp[];
}

/** The OTP button that fills the code into your Android app in one tap. */
export class OneTapOTPButton extends OTPButton {
  /** The builder's name. */
  readonly kind = "OneTapOTPButton" as const;
  /** The autofill button's label. */
  readonly autofillText: string | undefined;
  /** The apps the code is handed to. */
  readonly supportedApps: readonly OTPSupportedApp[];

  constructor(options: OneTapOTPButtonOptions) {
    super("OneTapOTPButton", options.text);
    this.autofillText =
      options.autofillText === undefined ? undefined : buttonText(this.kind, options.autofillText);
    this.supportedApps = apps(this.kind, options.supportedApps);
  }

  /** A one-tap OTP button input of a Template Library template. */
  static libraryInput(options: { supportedApps: readonly OTPSupportedApp[] }): LibraryButtonInput {
    return libraryInput({
      type: "OTP",
      otp_type: "ONE_TAP",
      supported_apps: apps("OneTapOTPButton", options.supportedApps).map((a) => a.toJSON()),
    });
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      type: "OTP",
      otp_type: "ONE_TAP",
      ...(this.text === undefined ? {} : { text: this.text }),
      ...(this.autofillText === undefined ? {} : { autofill_text: this.autofillText }),
      supported_apps: this.supportedApps.map((a) => a.toJSON()),
    };
  }
}

/** Options of {@link ZeroTapOTPButton}. */
export interface ZeroTapOTPButtonOptions extends OneTapOTPButtonOptions {
  /** That you accept Meta's zero-tap terms (required by Meta: `true`). */
  zeroTapTermsAccepted: boolean;
}

/** The OTP button whose code reaches your Android app with no tap. */
export class ZeroTapOTPButton extends OTPButton {
  /** The builder's name. */
  readonly kind = "ZeroTapOTPButton" as const;
  /** The autofill button's label. */
  readonly autofillText: string | undefined;
  /** That you accept the zero-tap terms. */
  readonly zeroTapTermsAccepted: boolean;
  /** The apps the code is handed to. */
  readonly supportedApps: readonly OTPSupportedApp[];

  constructor(options: ZeroTapOTPButtonOptions) {
    super("ZeroTapOTPButton", options.text);
    this.autofillText =
      options.autofillText === undefined ? undefined : buttonText(this.kind, options.autofillText);
    if (typeof options.zeroTapTermsAccepted !== "boolean") {
      throw new TemplateValidationError(this.kind, "zeroTapTermsAccepted", "must be true or false");
    }
    this.zeroTapTermsAccepted = options.zeroTapTermsAccepted;
    this.supportedApps = apps(this.kind, options.supportedApps);
  }

  /** A zero-tap OTP button input of a Template Library template. */
  static libraryInput(options: {
    supportedApps: readonly OTPSupportedApp[];
    zeroTapTermsAccepted: boolean;
  }): LibraryButtonInput {
    return libraryInput({
      type: "OTP",
      otp_type: "ZERO_TAP",
      supported_apps: apps("ZeroTapOTPButton", options.supportedApps).map((a) => a.toJSON()),
      zero_tap_terms_accepted: options.zeroTapTermsAccepted,
    });
  }

  /** The button as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      type: "OTP",
      otp_type: "ZERO_TAP",
      ...(this.text === undefined ? {} : { text: this.text }),
      ...(this.autofillText === undefined ? {} : { autofill_text: this.autofillText }),
      zero_tap_terms_accepted: this.zeroTapTermsAccepted,
      supported_apps: this.supportedApps.map((a) => a.toJSON()),
    };
  }
}

/** Any of the three OTP buttons. */
export type AnyOTPButton = CopyCodeOTPButton | OneTapOTPButton | ZeroTapOTPButton;
