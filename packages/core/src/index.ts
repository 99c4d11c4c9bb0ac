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
export {
  GraphClient,
  type GraphClientOptions,
  type GraphQueryValue,
  type GraphRequest,
} from "./graph/client.js";
export {
  AccountLocked,
  ApiMethodError,
  ApiPermissionError,
  AuthException,
  AuthorizationError,
  createGraphApiError,
  ExpiredAccessToken,
  FlowBlocked,
  FlowBlockedByIntegrity,
  FlowDeletingError,
  FlowDeprecatingError,
  FlowError,
  FlowMetricsThresholdNotReached,
  FlowPublishingError,
  FlowThrottled,
  FlowUpdatingError,
  IntegrityError,
  InvalidParameter,
  MessageUndeliverable,
  MissingRequiredParameter,
  PermissionDenied,
  RateLimitHit,
  RateLimitIssues,
  RecipientNotInAllowedList,
  ReEngagementMessage,
  SendMessageError,
  SpamRateLimitHit,
  TemplateNotExists,
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
export { type GraphCursors, type GraphPage, GraphPagePromise } from "./graph/pagination.js";
export { readGraphErrorBody, readGraphResponse } from "./graph/response.js";
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
export { defaultFetch, type FetchLike } from "./transport/default-fetch.js";
export { WhatsAppNetworkError, WhatsAppTimeoutError } from "./transport/network-errors.js";
export {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  type RetryPolicy,
} from "./transport/retry.js";
export {
  HttpTransport,
  type TransportOptions,
  type TransportRequest,
} from "./transport/transport.js";
export { DEFAULT_GRAPH_API_VERSION, VERSION } from "./version.js";
