export {
  AppSettingsApi,
  type BusinessAccountCallOptions,
  type GetAppAccessTokenOptions,
  type SetAppCallbackUrlOptions,
} from "./app-settings/app-settings-api.js";
export type {
  BusinessAccount,
  BusinessInfo,
} from "./business-accounts/business-account.js";
export {
  BusinessAccountsApi,
  type GetBusinessAccountOptions,
  type GetBusinessAccountsOptions,
  type UpdateBusinessAccountSettingsOptions,
} from "./business-accounts/business-accounts-api.js";
export {
  BusinessVerificationStatus,
  MarketingMessagesLiteApiStatus,
  MarketingMessagesOnboardingStatus,
} from "./business-accounts/enums.js";
export type {
  BusinessProfile,
  BusinessProfileInput,
  UpdateBusinessProfileOptions,
} from "./business-profile/business-profile.js";
export { BusinessProfileApi } from "./business-profile/business-profile-api.js";
export { Industry } from "./business-profile/industry.js";
export {
  CommerceApi,
  type CommerceSettings,
  type UpdateCommerceSettingsOptions,
} from "./commerce/commerce-api.js";
export { WhatsAppConfigurationError, WhatsAppError } from "./errors.js";
export { FlowDetails } from "./flows/details.js";
export {
  BusinessPublicKeySignatureStatus,
  FlowCategory,
  FlowHealthAvailability,
  FlowHealthEntityType,
  FlowMetricGranularity,
  FlowMetricName,
  FlowStatus,
} from "./flows/enums.js";
export {
  FLOW_DETAILS_FIELDS,
  type FlowDetailsField,
  type FlowFieldsOptions,
} from "./flows/fields.js";
export {
  FLOW_JSON_MAX_BYTES,
  type FlowJsonInput,
  FlowJsonInputError,
  readFlowJson,
} from "./flows/flow-json-input.js";
export { FlowsApi } from "./flows/flows-api.js";
export { type FlowMetricQuery, flowMetricField } from "./flows/metrics.js";
export type {
  CreateFlowOptions,
  FlowsApiDefaults,
  GetFlowMetricsOptions,
  GetFlowOptions,
  GetFlowPreviewOptions,
  GetFlowsOptions,
  MigrateFlowsOptions,
  PhoneOptions,
  UpdateFlowMetadataOptions,
} from "./flows/options.js";
export { FlowPreview, type FlowPreviewParams } from "./flows/preview.js";
export type { RawFlow } from "./flows/schemas.js";
export type {
  BusinessPublicKey,
  CreatedFlow,
  FacebookApplication,
  FailedFlowMigration,
  FlowAsset,
  FlowHealthEntity,
  FlowHealthError,
  FlowHealthStatus,
  FlowJsonUpdateResult,
  FlowMetric,
  FlowMetricDataPoint,
  FlowMetricValue,
  FlowValidationError,
  FlowValidationErrorPointer,
  MigratedFlow,
  MigrateFlowsResult,
  PageOptions,
  RequestOptions,
  WhatsAppBusinessAccount,
} from "./flows/types.js";
export { AccountArea, type SuccessRequest } from "./graph/account-area.js";
export type { AccountDefaults, CallOptions } from "./graph/account-scope.js";
export {
  GraphClient,
  type GraphClientOptions,
  type GraphQueryValue,
  type GraphRequest,
} from "./graph/client.js";
export {
  AccountLocked,
  AccountRestrictedFromCountry,
  ApiMethodError,
  ApiPermissionError,
  AuthException,
  AuthorizationError,
  createGraphApiError,
  ExpiredAccessToken,
  FlowBlockedByIntegrity,
  FlowDeletingError,
  FlowDeprecatingError,
  FlowError,
  FlowMetricsThresholdNotReached,
  FlowPublishingError,
  FlowUpdatingError,
  IntegrityError,
  MessageFailedToReachMessagingLimit,
  PermissionDenied,
  RateLimitHit,
  RateLimitIssues,
  RegistrationOrDeregistrationFailed,
  SpamRateLimitHit,
  TemporarilyBlocked,
  ThrottlingError,
  TooManyApiCalls,
  TooManyMessages,
} from "./graph/error-classes.js";
export {
  GraphApiError,
  type GraphErrorBody,
  type GraphErrorInit,
  GraphResponseError,
} from "./graph/graph-error.js";
export { type GraphListRequest, listGraph } from "./graph/list.js";
export {
  AccountNotEligibleToRequestUsername,
  BlockListConcurrentUpdate,
  BlockListLimitReached,
  BlockUserError,
  BlockUserInternalError,
  BulkBlockingFailed,
  CannotMigratePhoneNumber,
  FBAccountNotLinked,
  IGAccountNotLinked,
  IncompleteDeregistration,
  PhoneMigrationError,
  PhoneNumberAccountInMaintenanceMode,
  PhoneNumberAlreadyExists,
  PhoneNumberNotEligibleForRegistrationCode,
  PhoneNumberNotRegistered,
  PhoneNumberReverificationNeeded,
  RegistrationError,
  RegistrationServerUnavailable,
  RegistrationTooSoon,
  SignupAPIUnavailable,
  SignupError,
  SignupMissingPlaceholderValueError,
  SignupNotFoundError,
  SignupTOSAlreadyAccepted,
  SignupTOSNotAccepted,
  SignupTOSURLNotAllowed,
  SignupUnknownPlaceholderError,
  SignupWebsiteURLSchemeNotAllowed,
  TooManyTwoStepVerificationPinGuesses,
  TwoStepVerificationPinGuessedTooFast,
  TwoStepVerificationPinMismatch,
  UsernameError,
  UsernameNotAvailable,
  UsernameTransferRequired,
} from "./graph/management-errors.js";
export { type GraphCursors, type GraphPage, GraphPagePromise } from "./graph/pagination.js";
export { readGraphErrorBody, readGraphResponse } from "./graph/response.js";
export {
  AccessDenied,
  AccountInMaintenanceMode,
  BSUIDRecipientNotSupported,
  BusinessPaymentIssue,
  FlowBlocked,
  FlowThrottled,
  GenericError,
  IncorrectCertificate,
  InvalidParameter,
  MarketingTemplatesDisabledForCloudAPI,
  MediaDownloadError,
  MediaUploadError,
  MessageUndeliverable,
  MessageUndeliverableDueToHealthyEcosystemEngagement,
  MissingRequiredParameter,
  PhoneNumberDisplayNameNotApproved,
  RecipientCannotBeSender,
  RecipientIdentityKeyMismatch,
  RecipientNotInAllowedList,
  ReEngagementMessage,
  SendMessageError,
  ServiceUnavailable,
  TemplateContentPolicyViolation,
  TemplateDisabled,
  TemplateNotExists,
  TemplateParamCountMismatch,
  TemplateParamFormatMismatch,
  TemplateParamValueInvalid,
  TemplatePaused,
  TemplateTextTooLong,
  UnknownError,
  UnsupportedMessageType,
  UserIsInExperimentGroup,
  UserStoppedMarketingMessages,
} from "./graph/send-message-errors.js";
export {
  TEMPLATE_CREATION_ERRORS,
  TemplateCharacterLimitExceeded,
  TemplateCreationError,
  TemplateFooterFormatIncorrect,
  TemplateFormatIncorrect,
  TemplateLeadingOrTrailingParametersNotAllowed,
  TemplateLimitExceeded,
  TemplateParametersWordsRatioExceedsLimit,
} from "./graph/template-errors.js";
export {
  consoleLogger,
  type LogFields,
  type LoggedLine,
  type Logger,
  type LogLevel,
  type MemoryLogger,
  memoryLogger,
  silentLogger,
} from "./logging.js";
export { MediaFetchError, MediaTooLarge } from "./media/errors.js";
export { Media, UPLOADED_MEDIA_TTL_MS } from "./media/media.js";
export { MediaApi, type UploadMediaOptions } from "./media/media-api.js";
export { MediaType } from "./media/media-types.js";
export { MEDIA_URL_TTL_MS, type MediaURL } from "./media/media-url.js";
export {
  MEDIA_SIZE_LIMITS,
  type MediaSizeLimit,
  type MediaSizeLimitName,
} from "./media/size-limits.js";
export { sniffMimeType } from "./media/sniff.js";
export type { UploadableMedia, UrlFetchOptions } from "./media/upload-source.js";
export {
  Button,
  type ButtonOptions,
  CallPermissionRequestButton,
  ContactInfoRequestButton,
  type InteractiveAction,
  URLButton,
  type URLButtonOptions,
  VoiceCallButton,
  type VoiceCallButtonOptions,
} from "./messages/buttons.js";
export type { CallbackDataLike, CallbackDataValue } from "./messages/callback-data.js";
export {
  BaseCarouselCard,
  type CarouselCard,
  type CarouselCardOptions,
  ImageCarouselCard,
  type ImageCarouselCardOptions,
  VideoCarouselCard,
  type VideoCarouselCardOptions,
} from "./messages/carousel.js";
export {
  Contact,
  type ContactAddress,
  type ContactEmail,
  type ContactName,
  type ContactOptions,
  type ContactOrg,
  type ContactPhone,
  type ContactUrl,
} from "./messages/contact.js";
export {
  FlowButton,
  type FlowButtonActionType,
  type FlowButtonOptions,
} from "./messages/flow-button.js";
export type { InteractiveHeader, MessageButtons } from "./messages/interactive.js";
export { MESSAGE_LIMITS, type MessageLimit, type MessageLimitName } from "./messages/limits.js";
export type { MediaInput, SendableMedia } from "./messages/media.js";
export { MessagesApi, type MessagesApiDefaults } from "./messages/messages-api.js";
export type {
  MediaMessageButtons,
  MediaSendOptions,
  MediaWithButtonsOptions,
  MessageCallOptions,
  PinMessageOptions,
  RemoveReactionOptions,
  ReplyableOptions,
  RequestWithTextOptions,
  SendAudioOptions,
  SendCarouselOptions,
  SendCatalogOptions,
  SendContactOptions,
  SendDocumentOptions,
  SendImageOptions,
  SendLocationOptions,
  SendMessageOptions,
  SendOptionsBase,
  SendProductOptions,
  SendProductsOptions,
  SendReactionOptions,
  SendStickerOptions,
  SendVideoOptions,
  SendVoiceOptions,
  UnpinMessageOptions,
} from "./messages/options.js";
export { ProductsSection, type ProductsSectionOptions } from "./messages/products-section.js";
export type { Recipient } from "./messages/recipient.js";
export type { RawSentMessage } from "./messages/schemas.js";
export {
  Section,
  SectionList,
  type SectionListOptions,
  type SectionOptions,
  SectionRow,
  type SectionRowOptions,
} from "./messages/section-list.js";
export { type ReplyOptions, SentMessage } from "./messages/sent-message.js";
export { MessageValidationError } from "./messages/validate.js";
export type {
  CreatePhoneNumberOptions,
  GetBusinessPhoneNumbersOptions,
  GetPhoneNumberSettingsOptions,
  PhoneCallOptions,
  RegisterPhoneNumberOptions,
  RequestVerificationCodeOptions,
  UpdateConversationalAutomationOptions,
  UpdatePhoneNumberSettingsOptions,
  VerificationCodeMethod,
} from "./phone-numbers/options.js";
export type {
  BusinessPhoneNumber,
  Command,
  ConversationalAutomation,
} from "./phone-numbers/phone-number.js";
export { PhoneNumbersApi } from "./phone-numbers/phone-numbers-api.js";
export {
  type BusinessPhoneNumberSettings,
  type PhoneNumberSettingsInput,
  type StorageConfiguration,
  StorageStatus,
  type UserIdentityChangeSettings,
} from "./phone-numbers/settings.js";
export { type QRCode, QRCodeImageType } from "./qr-codes/qr-code.js";
export {
  type GetQrCodesOptions,
  type QrCodeImageOptions,
  QrCodesApi,
} from "./qr-codes/qr-codes-api.js";
export { type SignupDetails, SignupStatus, signupDeepLink } from "./signups/signup.js";
export type {
  CreateSignupFields,
  SignupFields,
  SignupPolicy,
  UpdateSignupFields,
} from "./signups/signup-input.js";
export {
  type CreateSignupOptions,
  type GetSignupsOptions,
  SignupsApi,
  type UpdateSignupOptions,
} from "./signups/signups-api.js";
export * as templates from "./templates/builder.js";
export { TemplateDetails } from "./templates/details.js";
export { TemplateFlowButton, type TemplateFlowButtonOptions } from "./templates/flow-button.js";
export { TEMPLATE_LIMITS, type TemplateLimit, type TemplateLimitName } from "./templates/limits.js";
export type {
  BusinessAccountOptions,
  CompareTemplatesOptions,
  CreateTemplateOptions,
  DeleteTemplateOptions,
  ExampleUploadOptions,
  GetTemplatesOptions,
  MigrateTemplatesOptions,
  TemplateCallOptions,
  UpdateTemplateOptions,
  UpsertAuthenticationTemplateOptions,
} from "./templates/options.js";
export type { RawTemplate } from "./templates/schemas.js";
export type {
  SendTemplateOptions,
  TemplateParamInput,
  TemplateShape,
} from "./templates/send-template.js";
export { TemplatesApi, type TemplatesApiDefaults } from "./templates/templates-api.js";
export type {
  CreatedTemplate,
  FailedTemplate,
  MigrateTemplatesResult,
  QualityScore,
  TemplatesArchiveResult,
  TemplatesCompareResult,
  TemplateUnpauseResult,
  UpdatedTemplate,
} from "./templates/types.js";
export { TemplateValidationError } from "./templates/validation-error.js";
export type { ChunkBody } from "./transport/chunk-body.js";
export { defaultFetch, type FetchLike } from "./transport/default-fetch.js";
export { WhatsAppNetworkError, WhatsAppTimeoutError } from "./transport/network-errors.js";
export {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  type RetryPolicy,
} from "./transport/retry.js";
export type { BodyReader, StreamedResponse } from "./transport/stream-exchange.js";
export type { TextResponse } from "./transport/text-response.js";
export {
  HttpTransport,
  type StreamedTransportRequest,
  type TextTransportRequest,
  type TransportOptions,
  type TransportRequest,
} from "./transport/transport.js";
export {
  ResumableUploadApi,
  type ResumableUploadApiDefaults,
  type UploadOptions,
  type UploadResult,
  type UploadSession,
} from "./uploads/resumable-upload-api.js";
export { UploadFileError } from "./uploads/upload-error.js";
export type { UploadFile, UploadFileInfo } from "./uploads/upload-file.js";
export {
  type SetUsernameOptions,
  type UsernameStatus,
  UsernameStatusType,
  UsernamesApi,
} from "./usernames/usernames-api.js";
export type {
  BlockedUser,
  BlockUserFailure,
  BlockUserFailureError,
  BlockUsersResult,
  UnblockUsersResult,
} from "./users/block-result.js";
export {
  type BlockUserInput,
  type GetBlockedUsersOptions,
  UsersApi,
} from "./users/users-api.js";
export { DEFAULT_GRAPH_API_VERSION, VERSION } from "./version.js";
