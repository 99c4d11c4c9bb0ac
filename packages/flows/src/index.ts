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
  FlowPrivateKeyError,
  FlowRequestCannotBeDecrypted,
  FlowRequestMalformed,
  FlowRequestSignatureAuthenticationFailed,
  FlowRequestTooLarge,
  FlowResponseError,
  FlowTokenNoLongerValid,
} from "./errors.js";
export {
  type RawHttpHandler,
  type RawHttpHeaders,
  type RawHttpRequest,
  type RawHttpResponse,
  toFetchHandler,
} from "./http.js";
export { type FlowPrivateKeyInput, loadFlowPrivateKey } from "./keys.js";
export { FlowRequest, type FlowRequestData } from "./request.js";
export { FlowResponse, type FlowResponseData, type FlowResponseOptions } from "./response.js";
export {
  type FlowHandlerOptions,
  type FlowHandlerResult,
  type FlowRequestFilter,
  type FlowRequestFilters,
  type FlowRequestHandler,
  FlowRouter,
} from "./router.js";
export { signPayload, verifySignature } from "./signature.js";
