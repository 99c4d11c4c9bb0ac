import { checkTemplateRange, checkTemplateText } from "./checks.js";
import { type ExpectedParams, TemplateParams } from "./component.js";
import { TemplateValidationError } from "./validation-error.js";

/** The code of an authentication body at send time. */
export class AuthenticationBodyParams extends TemplateParams {
  /** The body these parameters fill. */
  readonly component = "AuthenticationBody" as const;
  /** The one-time code. */
  readonly otp: string;

  constructor(options: { otp: string }) {
    super();
    this.otp = checkTemplateText(this.component, "otp", options.otp);
  }

  /** The body parameters as Graph expects them. */
  toJSON(): Record<string, unknown> {
    return { type: "body", parameters: [{ type: "text", text: this.otp }] };
  }
}

/** Inputs of a Template Library template's body (`BodyText.libraryInput`, `AuthenticationBody.libraryInput`). */
export interface LibraryBodyInputs {
  /** Adds a link to track the package. */
  addTrackPackageLink?: boolean | undefined;
  /** Adds a "learn more" link. */
  addLearnMoreLink?: boolean | undefined;
  /** Adds your contact number. */
  addContactNumber?: boolean | undefined;
  /** Adds "For your security, do not share this code." */
  addSecurityRecommendation?: boolean | undefined;
  /** Adds "This code expires in N minutes." */
  codeExpirationMinutes?: number | undefined;
}

/**
 * The fixed body of an authentication template ("{code} is your verification code."), with
 * the optional security recommendation. The code is given at send time.
 */
export class AuthenticationBody {
  /** The builder's name. */
  readonly kind = "AuthenticationBody" as const;
  /** Whether "For your security, do not share this code." is added. */
  readonly addSecurityRecommendation: boolean | undefined;

  constructor(options: { addSecurityRecommendation?: boolean | undefined } = {}) {
    this.addSecurityRecommendation = options.addSecurityRecommendation;
  }

  /** The code at send time. */
  static params(options: { otp: string }): AuthenticationBodyParams {
    return new AuthenticationBodyParams(options);
  }

  /** The body inputs of a Template Library authentication template. */
  static libraryInput(inputs: LibraryBodyInputs): LibraryBodyInputs {
    return { ...inputs };
  }

  /** The code is always given at send time. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: true };
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      type: "BODY",
      ...(this.addSecurityRecommendation === undefined
        ? {}
        : { add_security_recommendation: this.addSecurityRecommendation }),
    };
  }
}

/** The footer of an authentication template: "This code expires in N minutes." (1 to 90). */
export class AuthenticationFooter {
  /** The builder's name. */
  readonly kind = "AuthenticationFooter" as const;
  /** The minutes the code is valid. */
  readonly codeExpirationMinutes: number | undefined;

  constructor(options: { codeExpirationMinutes?: number | undefined } = {}) {
    const minutes = options.codeExpirationMinutes;
    if (minutes !== undefined) {
      if (typeof minutes !== "number") {
        throw new TemplateValidationError(this.kind, "codeExpirationMinutes", "must be a number");
      }
      checkTemplateRange(
        this.kind,
        "codeExpirationMinutes",
        minutes,
        "codeExpirationMinutes",
        "minutes",
      );
    }
    this.codeExpirationMinutes = minutes;
  }

  /** The component as Graph expects it. */
  toJSON(): Record<string, unknown> {
    return {
      type: "FOOTER",
      ...(this.codeExpirationMinutes === undefined
        ? {}
        : { code_expiration_minutes: this.codeExpirationMinutes }),
    };
  }
}
