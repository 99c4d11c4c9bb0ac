// Encrypted flow media, for `req.decryptMedia()` users who do not depend on @tswa/media.
export {
  DEFAULT_MAX_MEDIA_SIZE,
  decryptFlowMediaBytes,
  decryptFlowMediaStream,
  decryptFlowMediaToFile,
  decryptFlowMediaWebStream,
  type EncryptedFlowMedia,
  type FlowMediaCheck,
  FlowMediaDownloadError,
  FlowMediaDownloadTimeout,
  FlowMediaEncryptedHashMismatch,
  FlowMediaError,
  FlowMediaHmacMismatch,
  FlowMediaMetadataError,
  FlowMediaNotFound,
  type FlowMediaNotFoundReason,
  type FlowMediaOptions,
  FlowMediaPaddingError,
  FlowMediaPlaintextHashMismatch,
  FlowMediaTooLarge,
  FlowMediaUrlNotAllowed,
  FlowMediaVerificationError,
  type FlowRequestDecryptedMedia,
  type FlowRequestDecryptedMediaFile,
  type FlowRequestDecryptedMediaStream,
  flowRequestMediaDecryptor,
  isMetaCdnUrl,
} from "@tswa/media";
export {
  type FlowRequestAction,
  FlowRequestActionType,
  type KnownFlowRequestAction,
} from "./action.js";
export {
  type DecryptedFlowRequest,
  defaultFlowRequestDecryptor,
  defaultFlowResponseEncryptor,
  type FlowRequestDecryptor,
  type FlowResponseEncryptor,
} from "./crypto.js";
export { createFlowEndpoint, FlowEndpoint, type FlowEndpointOptions } from "./endpoint.js";
export {
  type EncryptedFlowRequest,
  encryptedFlowRequestSchema,
  parseEncryptedFlowRequest,
} from "./envelope.js";
export {
  FlowHandlerError,
  FlowHandlerTimeout,
  FlowPrivateKeyError,
  FlowRequestCannotBeDecrypted,
  FlowRequestMalformed,
  FlowRequestReplayed,
  FlowRequestSignatureAuthenticationFailed,
  FlowRequestTooLarge,
  FlowResponseError,
  FlowTokenNoLongerValid,
} from "./errors.js";
export {
  headerValue,
  normalizePath,
  type RawHttpHandler,
  type RawHttpHeaders,
  type RawHttpRequest,
  type RawHttpResponse,
  textResponse,
  toFetchHandler,
} from "./http.js";
export { type FlowPrivateKeyInput, loadFlowPrivateKey } from "./keys.js";
export {
  type FlowReplayStore,
  MemoryReplayStore,
  type MemoryReplayStoreOptions,
} from "./replay-store.js";
export { FlowRequest, type FlowRequestData } from "./request.js";
export { FlowResponse, type FlowResponseData, type FlowResponseOptions } from "./response.js";
export {
  type FlowHandlerOptions,
  type FlowHandlerResult,
  type FlowRequestFilter,
  type FlowRequestFilters,
  type FlowRequestHandler,
  FlowRouter,
  type ScreenSelector,
} from "./router.js";
export { signPayload, verifySignature } from "./signature.js";
