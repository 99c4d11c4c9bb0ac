import {
  AppDeepLink,
  CallPermissionRequestButton,
  ContactInfoRequestButton,
  PhoneNumberButton,
  QuickReplyButton,
  URLButton,
  VoiceCallButton,
} from "./action-buttons.js";
import { AuthenticationBody, AuthenticationFooter } from "./authentication.js";
import { Buttons } from "./buttons.js";
import { Carousel, CarouselCard } from "./carousel.js";
import { CatalogButton, CopyCodeButton, MPMButton, SPMButton } from "./commerce-buttons.js";
import type { TemplateComponent } from "./component.js";
import { FlowButton } from "./flow-button.js";
import { LimitedTimeOffer } from "./limited-time-offer.js";
import { HeaderDocument, HeaderGIF, HeaderImage, HeaderVideo } from "./media-headers.js";
import { HeaderLocation, HeaderProduct } from "./other-headers.js";
import {
  CopyCodeOTPButton,
  OneTapOTPButton,
  OTPSupportedApp,
  ZeroTapOTPButton,
} from "./otp-buttons.js";
import type { TemplateComponentInput } from "./template.js";
import { BodyText, FooterText, HeaderText } from "./text-components.js";

type Json = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: Graph's JSON is read field by field below.
type Loose = Record<string, any>;

const MEDIA = {
  IMAGE: HeaderImage,
  VIDEO: HeaderVideo,
  GIF: HeaderGIF,
  DOCUMENT: HeaderDocument,
} as const;

const apps = (list: unknown) =>
  ((list as Loose[] | undefined) ?? []).map(
    (a) => new OTPSupportedApp({ packageName: a.package_name, signatureHash: a.signature_hash }),
  );

function header(c: Loose): TemplateComponent | undefined {
  if (c.format === "TEXT") return textComponent(HeaderText, c, "header");
  if (c.format === "LOCATION") return new HeaderLocation();
  if (c.format === "PRODUCT") return new HeaderProduct();
  const Media = MEDIA[c.format as keyof typeof MEDIA];
  const handle = c.example?.header_handle?.[0];
  return Media && typeof handle === "string" ? new Media({ example: handle }) : undefined;
}

function textComponent<C>(
  Text: new (text: string, ...examples: never[]) => C,
  c: Loose,
  prefix: "header" | "body",
): C {
  const example = c.example ?? {};
  const positional = example[`${prefix}_text`];
  const named = example[`${prefix}_text_named_params`] as Loose[] | undefined;
  const Ctor = Text as unknown as new (text: string, ...examples: unknown[]) => C;
  if (Array.isArray(named)) {
    return new Ctor(c.text, Object.fromEntries(named.map((n) => [n.param_name, n.example])));
  }
  if (Array.isArray(positional)) {
    return new Ctor(c.text, ...(Array.isArray(positional[0]) ? positional[0] : positional));
  }
  return new Ctor(c.text);
}

function button(b: Loose): TemplateComponent | undefined {
  switch (b.type) {
    case "QUICK_REPLY":
      return new QuickReplyButton({ text: b.text });
    case "URL":
      return new URLButton({
        text: b.text,
        url: b.url,
        example: Array.isArray(b.example) ? b.example[0] : b.example,
        appDeepLink: b.app_deep_link
          ? new AppDeepLink({
              metaAppId: b.app_deep_link.meta_app_id,
              androidDeepLink: b.app_deep_link.android_deep_link,
              androidFallbackPlaystoreUrl: b.app_deep_link.android_fallback_playstore_url,
            })
          : undefined,
      });
    case "PHONE_NUMBER":
      return new PhoneNumberButton({ text: b.text, phoneNumber: b.phone_number });
    case "VOICE_CALL":
      return new VoiceCallButton({ text: b.text });
    case "COPY_CODE":
      return new CopyCodeButton({ example: Array.isArray(b.example) ? b.example[0] : b.example });
    case "CATALOG":
      return new CatalogButton({ text: b.text });
    case "MPM":
      return new MPMButton({ text: b.text });
    case "SPM":
      return new SPMButton({ text: b.text });
    case "CALL_PERMISSION_REQUEST":
      return new CallPermissionRequestButton();
    case "REQUEST_CONTACT_INFO":
      return new ContactInfoRequestButton({ text: b.text });
    case "FLOW":
      return new FlowButton({
        text: b.text,
        flowId: b.flow_id,
        flowName: b.flow_id === undefined ? b.flow_name : undefined,
        flowAction: b.flow_action?.toLowerCase(),
        navigateScreen: b.navigate_screen,
        icon: b.icon,
      });
    case "OTP":
      if (b.otp_type === "COPY_CODE") return new CopyCodeOTPButton({ text: b.text });
      if (b.otp_type === "ONE_TAP") {
        return new OneTapOTPButton({
          text: b.text,
          autofillText: b.autofill_text,
          supportedApps: apps(b.supported_apps),
        });
      }
      if (b.otp_type === "ZERO_TAP") {
        return new ZeroTapOTPButton({
          text: b.text,
          autofillText: b.autofill_text,
          zeroTapTermsAccepted: b.zero_tap_terms_accepted === true,
          supportedApps: apps(b.supported_apps),
        });
      }
      return undefined;
    default:
      return undefined;
  }
}

function component(c: Loose): TemplateComponent | undefined {
  switch (c.type) {
    case "HEADER":
      return header(c);
    case "BODY":
      return "text" in c
        ? textComponent(BodyText, c, "body")
        : new AuthenticationBody({ addSecurityRecommendation: c.add_security_recommendation });
    case "FOOTER":
      return "text" in c
        ? new FooterText({ text: c.text })
        : new AuthenticationFooter({ codeExpirationMinutes: c.code_expiration_minutes });
    case "BUTTONS":
      return new Buttons({ buttons: (c.buttons as Loose[]).map((b) => readOne(b, button)) });
    case "LIMITED_TIME_OFFER":
      return new LimitedTimeOffer({
        text: c.limited_time_offer.text,
        hasExpiration: c.limited_time_offer.has_expiration,
      });
    case "CAROUSEL":
      return new Carousel({
        cards: (c.cards as Loose[]).map(
          (card) =>
            new CarouselCard({ components: parseTemplateComponents(card.components, strict) }),
        ),
      });
    default:
      return undefined;
  }
}

// A component tswa cannot read (a newer type, or one Graph shapes differently) stays JSON: the
// template still lists it, and sending is checked against what could be read. With `strict` (a
// template you give tswa), a known component that breaks a rule throws instead.
let strict = false;
function readOne(
  c: Loose,
  read: (c: Loose) => TemplateComponent | undefined,
): TemplateComponentInput {
  try {
    return read(c) ?? (c as Json);
  } catch (error) {
    if (strict) throw error;
    return c as Json;
  }
}

/**
 * Reads Graph's `components` of a template into builder components (unknown ones stay JSON).
 * A known component that breaks a rule stays JSON too, unless `checked`: then it throws.
 */
export function parseTemplateComponents(
  components: unknown,
  checked = false,
): TemplateComponentInput[] {
  if (!Array.isArray(components)) return [];
  const before = strict;
  strict = checked;
  try {
    return components.map((c: Loose) => readOne(c, component));
  } finally {
    strict = before;
  }
}
