// The template builder, exported from @tswa/core as the `templates` namespace (pywa's
// `pywa.types.templates`): `templates.URLButton` is a template's button, apart from the
// interactive message's `URLButton`.
export {
  AppDeepLink,
  type AppDeepLinkOptions,
  CallPermissionRequestButton,
  ContactInfoRequestButton,
  PhoneNumberButton,
  QuickReplyButton,
  URLButton,
  type URLButtonOptions,
  VoiceCallButton,
} from "./action-buttons.js";
export {
  AuthenticationBody,
  AuthenticationBodyParams,
  AuthenticationFooter,
  type LibraryBodyInputs,
} from "./authentication.js";
export { ButtonParams, type LibraryButtonInput } from "./button-params.js";
export { Buttons, type TemplateButton } from "./buttons.js";
export {
  Carousel,
  CarouselCard,
  type CarouselCardComponent,
  CarouselCardParams,
  CarouselParams,
} from "./carousel.js";
export { CatalogButton, CopyCodeButton, MPMButton, SPMButton } from "./commerce-buttons.js";
export type { ExpectedParams, ParameterizedComponent, TemplateComponent } from "./component.js";
export { TemplateParams } from "./component.js";
export {
  CreativeFeaturesSpec,
  type CreativeFeaturesSpecOptions,
  DegreesOfFreedomSpec,
} from "./creative-features.js";
export {
  FlowButtonIcon,
  OtpType,
  ParamFormat,
  QualityScoreType,
  TemplateCategory,
  TemplateRejectionReason,
  TemplateStatus,
  TopBlockReasonType,
} from "./enums.js";
export { FlowButton, type TemplateFlowButtonDefinition } from "./flow-button.js";
export { TemplateLanguage } from "./languages.js";
export { LimitedTimeOffer, LimitedTimeOfferParams } from "./limited-time-offer.js";
export {
  HeaderDocument,
  HeaderGIF,
  HeaderImage,
  type HeaderMediaObject,
  HeaderVideo,
  type MediaHeaderFileOptions,
  type MediaHeaderOptions,
  MediaHeaderParams,
  type MediaKind,
  type UploadedHeaderMedia,
} from "./media-headers.js";
export {
  HeaderLocation,
  HeaderLocationParams,
  type HeaderLocationParamsOptions,
  HeaderProduct,
  HeaderProductParams,
} from "./other-headers.js";
export {
  type AnyOTPButton,
  CopyCodeOTPButton,
  OneTapOTPButton,
  type OneTapOTPButtonOptions,
  OTPSupportedApp,
  ZeroTapOTPButton,
  type ZeroTapOTPButtonOptions,
} from "./otp-buttons.js";
export type { TextExample, TextExamples } from "./placeholders.js";
export { TapTargetConfiguration } from "./tap-target.js";
export {
  LibraryTemplate,
  type LibraryTemplateOptions,
  Template,
  type TemplateComponentInput,
  type TemplateOptions,
} from "./template.js";
export { BodyText, FooterText, HeaderText } from "./text-components.js";
export {
  Currency,
  type CurrencyOptions,
  DateTime,
  type NamedTextParams,
  TextParams,
  type TextParamValue,
} from "./text-params.js";
